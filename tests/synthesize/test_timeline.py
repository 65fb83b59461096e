"""The merged timeline on invented, hand-built articles (times given, no model needed)."""

from __future__ import annotations

import pytest

from crossbrief.model import SentenceRef
from crossbrief.synthesize.dates import infer_dates
from crossbrief.synthesize.story import Story
from crossbrief.synthesize.timeline import build_timeline, precision, start_of
from tests.synthesize.test_dates import make

# Dated Sunday 2040-06-10 and Monday 2040-06-11; one undated article of the Monday.
A = make(
    "a",
    [
        "The dam at Orlen burst on Saturday, flooding the lower town of Orlen.",
        "The mayor of Orlen resigned last week.",
        "Officials have been inspecting dams for three days and say the town is now safe.",
    ],
    [
        ("Saturday", "DATE", None, "W:5:-1"),
        ("last week", "DATE", None, "WK:-1"),
        ("three days", "DURATION", "P3D", None),
        ("now", "DATE", "PRESENT_REF", None),
    ],
    "2040-06-10",
    "Valley Post",
)
B = make(
    "b",
    [
        "Rescuers searched the lower town of Orlen on Sunday.",
        "The dam at Orlen burst on Saturday and flooded the lower town.",
        "A football match in the capital was postponed on Saturday.",
    ],
    [
        ("Sunday", "DATE", None, "W:6:-1"),
        ("Saturday", "DATE", None, "W:5:-1"),
        ("Saturday", "DATE", None, "W:5:-1"),
    ],
    "2040-06-11",
    "River News",
)
C = make(
    "c",
    ["The governor on Monday promised to rebuild the dam at Orlen."],
    [("Monday", "DATE", None, "W:0:-1")],
    None,
    "Evening Star",
)


@pytest.fixture(scope="module")
def timeline() -> list:  # type: ignore[type-arg]
    story = Story([A, B, C])
    return build_timeline(story, infer_dates(story))


def test_in_date_order_with_precision(timeline: list) -> None:  # type: ignore[type-arg]
    starts = [start_of(e.date) for e in timeline]
    assert starts == sorted(starts)
    assert {e.precision for e in timeline} == {"day", "week"}
    week = next(e for e in timeline if e.precision == "week")
    assert week.date == "2040-W22" and week.expression == "last week"


def test_same_event_from_two_outlets_is_one_entry(timeline: list) -> None:  # type: ignore[type-arg]
    burst = [e for e in timeline if "dam at Orlen burst" in e.text]
    assert len(burst) == 1
    entry = burst[0]
    assert entry.date == "2040-06-09" and entry.anchor in {"2040-06-10", "2040-06-11"}
    cited = {(entry.article, entry.sentence), *((r.article, r.sentence) for r in entry.also_in)}
    assert cited == {("a", 0), ("b", 1)}


def test_another_event_on_the_same_day_stays_apart(timeline: list) -> None:  # type: ignore[type-arg]
    match = [e for e in timeline if "football" in e.text]
    assert len(match) == 1 and match[0].date == "2040-06-09" and not match[0].also_in


def test_undated_article_resolved_from_its_inferred_date(timeline: list) -> None:  # type: ignore[type-arg]
    promise = next(e for e in timeline if e.article == "c")
    # dated by a Monday it tells in the past, it was written that Monday or in the six days
    # after: its Monday is that one whichever day it was (session 11)
    assert promise.date == "2040-06-11" and promise.anchor == "2040-06-11/2040-06-17"


def test_durations_and_references_are_not_events(timeline: list) -> None:  # type: ignore[type-arg]
    assert all(e.expression not in {"three days", "now"} for e in timeline)
    assert SentenceRef("a", 2) not in {SentenceRef(e.article, e.sentence) for e in timeline}


@pytest.mark.parametrize(
    ("value", "expected", "start"),
    [
        ("2040-06-09", "day", "2040-06-09"),
        ("2040-06-09TNI", "time", "2040-06-09"),
        ("2040-W22", "week", "2040-05-28"),
        ("2040-W23-WE", "week", "2040-06-04"),
        ("2040-06", "month", "2040-06-01"),
        ("2040", "year", "2040-01-01"),
        ("2040-Q3", "quarter", "2040-07-01"),
        ("2040-WI", "season", "2040-12-01"),
        ("2040-H2", "half", "2040-07-01"),
        ("PRESENT_REF", None, "PRESENT_REF"),
        ("197", None, "197"),
    ],
)
def test_precision_and_start(value: str, expected: str | None, start: str) -> None:
    assert precision(value) == expected
    assert start_of(value) == start
