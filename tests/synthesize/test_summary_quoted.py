"""A summary tells the story in the outlets' own words: a sentence much of which is someone's
quoted words is no candidate, unless the story has no other."""

from __future__ import annotations

import pytest

import crossbrief.synthesize.summary as summary_module
from crossbrief.synthesize.facts import group_sentences
from crossbrief.synthesize.story import Story
from crossbrief.synthesize.summary import summarize
from crossbrief.synthesize.summary_quotes import in_own_words, quoted_share
from tests.synthesize.builders import tagged_article

QUOTED_LINE = (
    'The harbour master said "the ferry crews of Varrow will stay in port until the '
    'storm passes" on Monday.'
)
PLAIN_LINE = "The ferry crews of Varrow stayed in port on Monday as the storm reached the coast."


def test_quoted_share_counts_the_words_inside_double_marks() -> None:
    assert quoted_share("The ferry crews stayed in port on Monday.") == 0.0
    assert quoted_share(QUOTED_LINE) == pytest.approx(13 / 19)
    assert quoted_share("The harbour master called it ``a wise choice'' for the crews.") == (
        pytest.approx(3 / 11)
    )
    # a scare quote is a word or two of a sentence the writer tells
    assert quoted_share('The council passed its "green" budget for the harbour.') < 0.2
    assert quoted_share("") == 0.0


def _story(*lines: str) -> Story:
    return Story([tagged_article(f"a{n}", [line]) for n, line in enumerate(lines)])


def test_a_mostly_quoted_sentence_is_left_out_of_the_pool() -> None:
    story = _story(QUOTED_LINE, PLAIN_LINE)
    assert in_own_words(story, [0, 1], 0.2) == [1]
    assert in_own_words(story, [0, 1], 1.0) == [0, 1]


def test_a_story_told_only_in_quotations_keeps_its_pool() -> None:
    story = _story(QUOTED_LINE, QUOTED_LINE.replace("Monday", "Tuesday"))
    assert in_own_words(story, [0, 1], 0.2) == [0, 1]


def _chosen(story: Story, words: int) -> list[str]:
    return [s.text for s in summarize(story, group_sentences(story), words, {})]


def test_the_summary_tells_the_story_in_the_outlets_words(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    story = _story(QUOTED_LINE, QUOTED_LINE, PLAIN_LINE)
    # room for one sentence: without the rule, the quotation two outlets carry is chosen
    monkeypatch.setattr(summary_module, "MAX_QUOTED_SHARE", 1.01)
    assert _chosen(story, 20) == [QUOTED_LINE]
    monkeypatch.setattr(summary_module, "MAX_QUOTED_SHARE", 0.2)
    assert _chosen(story, 20) == [PLAIN_LINE]


def test_a_story_told_only_in_quotations_still_has_a_summary() -> None:
    story = _story(QUOTED_LINE, QUOTED_LINE.replace("Monday", "Tuesday"))
    assert _chosen(story, 40)


# Review fixes (session 12): a quoted title or name is not someone's words, and a quotation
# in single marks (the British style) is.


def test_a_quoted_title_or_name_is_no_one_s_words() -> None:
    bill = 'Lawmakers passed the "Harbour Renewal and Ferry Safety Act" on Thursday after a debate.'
    assert quoted_share(bill) == 0.0
    assert quoted_share('The man known as "the Velmora Prowler" was caught on Monday.') == 0.0
    # a quotation of someone's words still counts, whatever its length
    assert quoted_share('He called the harbour plan "dead on arrival."') == pytest.approx(3 / 8)


def test_single_marks_count_as_quotation_marks() -> None:
    text = "Lee said the plan was 'dead on arrival and a waste' and walked out of the hall."
    assert quoted_share(text) == pytest.approx(6 / 17)
    assert quoted_share("Lee called it \u2018a waste of money\u2019 on Monday.") == (
        pytest.approx(4 / 9)
    )
    # apostrophes are no marks
    assert quoted_share("The dockers' union can't wait for the '90s revival.") == 0.0


def test_a_sentence_with_a_quoted_title_stays_in_the_pool() -> None:
    bill = 'Lawmakers passed the "Harbour Renewal and Ferry Safety Act" on Thursday after a debate.'
    story = _story(bill, PLAIN_LINE)
    assert in_own_words(story, [0, 1], 0.2) == [0, 1]
