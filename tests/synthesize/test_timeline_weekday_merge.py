"""A weekday entry of an undated article joins another outlet's dated entry of the same event
when that date falls on the weekday (session 14; invented text): one entry with the date,
citing both; a weekday that disagrees with the date, or another event, stays apart."""

from __future__ import annotations

from crossbrief.synthesize.dates import infer_dates
from crossbrief.synthesize.story import Story
from crossbrief.synthesize.timeline import build_timeline
from tests.synthesize.test_dates import make

# Thursday 2040-06-14: its Tuesday gone is 2040-06-12.
VOTED = "The harbour board of Velmora voted on Tuesday to close the north quay to trawlers."
# Too unlike to date the undated article (``infer_dates``), alike enough to be one event.
TOLD = "Members of the harbour board voted on {day} in a closed session, officials in Orlen said."


def _entries(undated_day: str, undated_text: str = TOLD) -> list[tuple[str, str, list[str]]]:
    dated = make("a", [VOTED], [("Tuesday", "DATE", None, "W:1:-1")], "2040-06-14")
    number = {"Tuesday": 1, "Wednesday": 2}[undated_day]
    text = undated_text.format(day=undated_day)
    undated = make("c", [text], [(undated_day, "DATE", None, f"W:{number}:-1")])
    story = Story([dated, undated])
    return [
        (e.date, e.article, [r.article for r in e.also_in])
        for e in build_timeline(story, infer_dates(story))
    ]


def test_a_weekday_entry_joins_the_dated_entry_of_its_event() -> None:
    assert _entries("Tuesday") == [("2040-06-12", "a", ["c"])]


def test_a_weekday_alike_with_two_dated_entries_stays_apart() -> None:
    # Negative: the board votes on two Tuesdays; which one the undated outlet tells is not
    # known.
    first = "The harbour board of Velmora voted on June 12, 2040 to close the north quay."
    again = "The harbour board of Velmora will vote on June 19, 2040 in a session to reopen the north quay."
    times = [
        ("June 12, 2040", "DATE", "2040-06-12", None),
        ("June 19, 2040", "DATE", "2040-06-19", None),
    ]
    dated = make("a", [first, again], times, "2040-06-16")
    undated = make("c", [TOLD.format(day="Tuesday")], [("Tuesday", "DATE", None, "W:1:-1")])
    story = Story([dated, undated])
    got = [(e.date, e.article, e.also_in) for e in build_timeline(story, infer_dates(story))]
    assert ("XXXX-WXX-2", "c", ()) in got
    assert [g[:2] for g in got if g[0] != "XXXX-WXX-2"] == [
        ("2040-06-12", "a"),
        ("2040-06-19", "a"),
    ]


def test_a_weekday_entry_does_not_join_a_date_weeks_from_its_outlets_day() -> None:
    # Negative: a weekday alone names a day of its writer's week; a dated outlet's day a
    # month from the day it wrote on is not the news the undated outlet tells.
    later = "The harbour board of Velmora voted on June 12, 2040 to close the north quay."
    dated = make("a", [later], [("June 12, 2040", "DATE", "2040-06-12", None)], "2040-07-20")
    undated = make("c", [TOLD.format(day="Tuesday")], [("Tuesday", "DATE", None, "W:1:-1")])
    story = Story([dated, undated])
    got = [(e.date, e.article, e.also_in) for e in build_timeline(story, infer_dates(story))]
    assert ("XXXX-WXX-2", "c", ()) in got
    # within a week of its outlet's day, the same report joins
    dated = make("a", [later], [("June 12, 2040", "DATE", "2040-06-12", None)], "2040-06-15")
    story = Story([dated, undated])
    got = [(e.date, e.article, e.also_in) for e in build_timeline(story, infer_dates(story))]
    assert [g[0] for g in got] == ["2040-06-12"]


def test_a_weekday_that_disagrees_with_the_date_stays_apart() -> None:
    got = _entries("Wednesday")
    assert ("2040-06-12", "a", []) in got
    assert ("XXXX-WXX-3", "c", []) in got


def test_a_weekday_entry_of_another_event_stays_apart() -> None:
    other = "Fishermen in Orlen sold their last catch of herring on {day} at the market."
    got = _entries("Tuesday", other)
    assert ("2040-06-12", "a", []) in got
    assert ("XXXX-WXX-2", "c", []) in got
