"""What the timeline leaves out or merges, found reading real briefs: datelines, a year that
names a thing, and one background event told in different words (invented articles)."""

from __future__ import annotations

from crossbrief.model import TimelineEntry
from crossbrief.synthesize.dates import infer_dates
from crossbrief.synthesize.story import Story
from crossbrief.synthesize.timeline import build_timeline
from tests.synthesize.test_dates import make


def _timeline(*articles: object) -> list[TimelineEntry]:
    story = Story(list(articles))  # type: ignore[arg-type]
    return build_timeline(story, infer_dates(story))


def test_dateline_and_byline_are_not_events() -> None:
    a = make(
        "a",
        ["Updated: June 10, 2040 09", "Reuters, Sunday 10 Jun 2040", "Last updated at noon"],
        [("June 10, 2040 09", "DATE", "2040-06-10", None),
         ("Sunday 10 Jun 2040", "DATE", "2040-06-10", None)],
        "2040-06-10",
    )  # fmt: skip
    assert _timeline(a) == []


def test_short_sentence_with_a_verb_is_an_event() -> None:
    a = make(
        "a",
        ["Dam burst on June 10, 2040."],
        [("June 10, 2040", "DATE", "2040-06-10", None)],
        "2040-06-10",
    )
    assert [e.date for e in _timeline(a)] == ["2040-06-10"]


def test_year_naming_a_thing_is_not_an_event() -> None:
    a = make(
        "a",
        ["The council rejected the 2041 budget of Orlen.",
         "The council rejected his cost-cutting 2041 plan."],
        [("2041", "DATE", "2041", None), ("2041", "DATE", "2041", None)],
        "2040-06-10",
    )  # fmt: skip
    assert _timeline(a) == []


def test_year_dating_the_event_stays() -> None:
    a = make(
        "a",
        ["The dam was built in 1990 by the state.", "The flood in 2004 destroyed the bridge."],
        [("1990", "DATE", "1990", None), ("2004", "DATE", "2004", None)],
        "2040-06-10",
    )
    assert [e.date for e in _timeline(a)] == ["1990", "2004"]


def test_year_naming_the_event_the_sentence_is_about_is_an_event() -> None:
    a = make(
        "a",
        ["The 2031 landslide quake buried the village of Orlen.",
         "The 2032 vote went to Orlen."],
        [("2031", "DATE", "2031", None), ("2032", "DATE", "2032", None)],
        "2040-06-10",
    )  # fmt: skip
    assert [e.date for e in _timeline(a)] == ["2031", "2032"]


def test_year_naming_an_event_inside_the_sentence_names_it() -> None:
    a = make(
        "a",
        ["Orlen rebuilt the bridge the 2031 quake had taken."],
        [("2031", "DATE", "2031", None)],
        "2040-06-10",
    )
    assert _timeline(a) == []


def test_fronted_year_merges_with_the_same_event_told_otherwise() -> None:
    a = make(
        "a",
        ["In 2004, a flood at Orlen killed 2,000 people in the lower valley."],
        [("2004", "DATE", "2004", None)],
        "2040-06-10",
    )
    b = make(
        "b",
        ["A flood at Orlen killed 2,000 people in the lower valley in 2004."],
        [("2004", "DATE", "2004", None)],
        "2040-06-10",
    )
    c = make(
        "c",
        ["In 2004, the mayor of Dresk opened a new school."],
        [("2004", "DATE", "2004", None)],
        "2040-06-10",
    )
    timeline = _timeline(a, b, c)
    assert len(timeline) == 2
    flood = next(e for e in timeline if "flood" in e.text)
    assert {flood.article, *(r.article for r in flood.also_in)} == {"a", "b"}


def test_report_joins_the_most_alike_entry() -> None:
    a = make(
        "a",
        ["The river at Orlen rose on Saturday."],
        [("Saturday", "DATE", "2040-06-09", None)],
        "2040-06-10",
    )
    b = make(
        "b",
        ["Rescuers in boats reached the flooded farms of Dresk on Saturday."],
        [("Saturday", "DATE", "2040-06-09", None)],
        "2040-06-10",
    )
    c = make(
        "c",
        ["Rescuers in boats reached the flooded farms on the river at Orlen on Saturday."],
        [("Saturday", "DATE", "2040-06-09", None)],
        "2040-06-10",
    )
    timeline = _timeline(a, b, c)
    rescue = next(e for e in timeline if e.article == "b")
    assert [r.article for r in rescue.also_in] == ["c"]


def test_bracketed_time_merges_by_the_clause_before_it() -> None:
    a = make(
        "a",
        ["Witnesses at the dam heard two blasts at noon (1000 GMT)."],
        [("1000 GMT", "TIME", "2040-06-09T10:00", None)],
        "2040-06-10",
    )
    b = make(
        "b",
        ["Witnesses heard two further blasts at the dam at noon (1000 GMT)."],
        [("1000 GMT", "TIME", "2040-06-09T10:00", None)],
        "2040-06-10",
    )
    c = make(
        "c",
        ["The mayor of Dresk spoke on the radio (1000 GMT)."],
        [("1000 GMT", "TIME", "2040-06-09T10:00", None)],
        "2040-06-10",
    )
    timeline = _timeline(a, b, c)
    assert len(timeline) == 2
    blasts = next(e for e in timeline if "blasts" in e.text)
    assert {blasts.article, *(r.article for r in blasts.also_in)} == {"a", "b"}
