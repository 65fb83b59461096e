"""The summary reads the newest main event first: a chosen lead of the newest reports."""

from __future__ import annotations

from typing import Any

from crossbrief.synthesize.story import Story
from crossbrief.synthesize.summary_order import newest, reading_order
from tests.synthesize.stories import lines_story

# Invented: an election told the day before the vote and the day after it.
BEFORE = [
    "Voters in Linden queued outside polling stations early on Sunday morning.",
    "Mayor Ruth Okafor campaigned in the market square until late on Saturday.",
]
AFTER = [
    "Ruth Okafor won the Linden mayoral election with 61 percent of the vote.",
    "Turnout was the highest in two decades, election officials said.",
]
OTHER = [
    "Linden re-elected its mayor on Sunday after a quiet campaign.",
    "The count finished shortly before midnight at the town hall.",
]


def _story(nlp: Any) -> Story:
    return lines_story(nlp, before=BEFORE, after=AFTER, other=OTHER)


def _at(story: Story, text: str) -> int:
    return next(i for i, s in enumerate(story.sentences) if s.text == text)


def _leads(story: Story) -> dict[str, int]:
    return {
        "before": _at(story, BEFORE[0]),
        "after": _at(story, AFTER[0]),
        "other": _at(story, OTHER[0]),
    }


DAYS = {"before": "2031-03-01", "after": "2031-03-02", "other": "2031-03-01"}


def test_newest_leads_are_those_of_the_latest_date(nlp: Any) -> None:
    story = _story(nlp)
    assert newest(story, _leads(story), DAYS) == {_at(story, AFTER[0])}


def test_every_lead_of_one_day_or_of_none_is_newest(nlp: Any) -> None:
    story = _story(nlp)
    assert newest(story, _leads(story), dict.fromkeys(DAYS, "2031-03-01")) == set(
        _leads(story).values()
    )
    assert newest(story, _leads(story), {}) == set(_leads(story).values())


def test_an_undated_article_counts_among_the_newest(nlp: Any) -> None:
    story = _story(nlp)
    days = {"before": "2031-03-01", "after": "2031-03-02", "other": None}
    assert newest(story, _leads(story), days) == {_at(story, AFTER[0]), _at(story, OTHER[0])}


def test_the_newest_lead_is_read_first(nlp: Any) -> None:
    story = _story(nlp)
    chosen = [_at(story, t) for t in (*BEFORE, *AFTER)]
    lead = _at(story, AFTER[0])
    texts = [story.sentences[i].text for i in reading_order(story, chosen, DAYS, {lead: 0})]
    assert texts == [AFTER[0], *BEFORE, AFTER[1]]
    # Without it, the order is chronological: the result comes after the day before.
    texts = [story.sentences[i].text for i in reading_order(story, chosen, DAYS)]
    assert texts == [*BEFORE, *AFTER]


def test_of_two_newest_leads_the_one_more_reports_lead_with_first(nlp: Any) -> None:
    story = _story(nlp)
    after, other = _at(story, AFTER[0]), _at(story, OTHER[0])
    assert reading_order(story, [after, other], {}, {after: 0, other: 2}) == [other, after]
    assert reading_order(story, [after, other], {}, {after: 1, other: 0}) == [after, other]


def test_an_undated_lead_is_not_read_after_a_dated_detail(nlp: Any) -> None:
    story = _story(nlp)
    detail, lead = _at(story, AFTER[1]), _at(story, OTHER[0])
    # "other" has no date: it counts as of the latest date, where its lead comes first.
    days = {"before": "2031-03-01", "after": "2031-03-02", "other": None}
    assert reading_order(story, [detail, lead], days) == [lead, detail]
    # A dated detail of an earlier day still comes before it.
    early = _at(story, BEFORE[1])
    assert reading_order(story, [early, lead], days) == [early, lead]
