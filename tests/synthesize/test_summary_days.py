"""Two undated reports of one day's event, told in other words, are told once: their days
match as far as both give them."""

from __future__ import annotations

from typing import Any

import pytest

from crossbrief.synthesize import summary as summary_module
from crossbrief.synthesize.story import Story
from crossbrief.synthesize.summary import same_event
from crossbrief.synthesize.summary_days import event_days, share_a_day
from tests.synthesize.builders import reports_story
from tests.synthesize.stories import texts_story

# Invented: three undated reports; two tell one grounding on one day, one a later one.
REPORTS = [
    "The trawler Silver Wren ran aground near Keld Point on June 2 after losing power.",
    "A fishing boat with eleven men aboard ran aground near Keld Point on June 2.",
    "A second trawler ran aground near Keld Point on June 9 in thick fog.",
    "The Silver Wren ran aground near Keld Point on Sunday after losing power.",
    "A fishing boat with eleven men aboard ran aground near Keld Point on Sunday.",
    "A second trawler ran aground near Keld Point on Tuesday in thick fog.",
]


@pytest.fixture(scope="module")
def story(nlp: Any) -> Story:
    built = reports_story(nlp, REPORTS)
    assert [s.text for s in built.sentences] == REPORTS
    return built


def _one_event(story: Story, x: int, y: int) -> bool:
    concepts = [summary_module._concepts(s.text) for s in story.sentences]
    weights = {c: 1.0 for cs in concepts for c in cs}
    return bool(same_event(story, [x, y], concepts, weights)[0, 1])


def test_undated_reports_of_one_day_are_one_event(story: Story) -> None:
    assert event_days(story, 0) == {"XXXX-06-02"}
    # one month-day, or one weekday of no known week
    assert _one_event(story, 0, 1)
    assert _one_event(story, 3, 4)
    # another day is another event, however alike the words
    assert not _one_event(story, 0, 2)
    assert not _one_event(story, 1, 2)
    assert not _one_event(story, 3, 5)


def test_a_year_less_day_matches_a_full_date_s_month_and_day() -> None:
    assert share_a_day({"XXXX-06-02"}, {"2031-06-02"})
    assert share_a_day({"2031-06-02"}, {"2031-06-02"})
    # two full dates of other years, or a weekday against a date, are not one day
    assert not share_a_day({"2030-06-02"}, {"2031-06-02"})
    assert not share_a_day({"XXXX-WXX-7"}, {"2031-06-01"})
    assert not share_a_day({"XXXX-06-02"}, {"XXXX-06-09"})


def test_a_past_and_a_coming_weekday_of_one_name_are_two_days(nlp: Any) -> None:
    # Invented: one vote gone and one to come, both "on Tuesday" in undated articles.
    texts = [
        "The Velmora council voted on Tuesday to close the Orsk harbour road for repairs.",
        "The Velmora council will vote on Tuesday to reopen the Orsk harbour road after repairs.",
        "The Velmora council met on Tuesday to close the Orsk harbour road for repairs.",
    ]
    votes = texts_story(nlp, *texts, ids="v")
    assert not share_a_day(event_days(votes, 0), event_days(votes, 1))
    # Negative: two past Tuesdays of undated reports are still one day.
    assert share_a_day(event_days(votes, 0), event_days(votes, 2))
    # a weekday of no known direction matches either
    assert share_a_day({"XXXX-WXX-2"}, {"XXXX-WXX-2@past"})
    assert not share_a_day({"XXXX-WXX-2@past"}, {"XXXX-WXX-2@future"})


# Invented: undated reports of one day. Two tell one killing in words of their own, sharing
# the story's central words (a title) and the town where it happened; one shares only the
# town; one shares the title in another town; two share only a central title.
KILLING = [
    "A ferry captain was stabbed to death on Friday in Port Avel, a radio station said.",
    "Nils Brand died of his wounds on Friday evening after an attack in Port Avel.",
    "The ferry captain's union held a meeting on Friday in Lund to discuss pay.",
    "A ferry captain was stabbed to death on Monday in Port Avel, a radio station said.",
    "Harbour Master Ivo Sand said on Friday that he would retire next year.",
    "The union on Friday asked the harbour master of Lund for a meeting about pay.",
    "The ferry captain died of his wounds on Friday evening in Port Avel.",
]


def test_one_day_s_reports_sharing_the_story_s_central_words_are_one_event(nlp: Any) -> None:
    story = texts_story(nlp, *KILLING, ids="k")
    assert [s.text for s in story.sentences] == KILLING
    concepts = [summary_module._concepts(s.text) for s in story.sentences]
    title = next(c for c in concepts[0] if " " in c and c.endswith("captain"))
    town = next(c for c in concepts[0] if " " in c and c.endswith("avel"))
    weights = {c: 1.0 for cs in concepts for c in cs}
    weights.pop(town)  # the town is a place both name, not one of the shared words
    weights[title] = 3.0  # the bigram most reports carry: the story's central words
    weights["harbour master"] = 3.0  # as many carry the other title

    def one_event(x: int, y: int, w: dict[str, float] = weights) -> bool:
        return bool(same_event(story, [x, y], concepts, w)[0, 1])

    assert event_days(story, 0) == event_days(story, 1) == event_days(story, 6)
    assert one_event(0, 6)
    # Negative: the town alone, the central title in another town or on another day, and
    # one central title with no place in common are two events.
    assert not one_event(0, 1)
    assert not one_event(0, 2)
    assert not one_event(3, 6)
    assert not one_event(4, 5)
    # Negative: the town as the one shared central bigram is no event of its own: two
    # events of one day in one town are two ("a captain stabbed", "a captain died").
    by_town = {c: 1.0 for cs in concepts for c in cs} | {town: 3.0}
    assert not one_event(0, 1, by_town)
