"""The timeline after session 11's review: a count past the calendar or in hyphenated
words, the window of an undated article with several past weekdays, a day in another
zone's bracket, and weekday entries listed apart (session 11; invented text)."""

from __future__ import annotations

from crossbrief.synthesize.dates import infer_dates
from crossbrief.synthesize.story import Story
from crossbrief.synthesize.timeline import build_timeline
from tests.synthesize.test_dates import make


def _dates(text: str, expr: str, value: str) -> list[tuple[str, str]]:
    story = Story([make("a", [text], [(expr, "DATE", value, None)], "2040-11-20")])
    return [(e.date, e.expression) for e in build_timeline(story, infer_dates(story))]


def test_a_count_before_a_day_in_hyphenated_words_moves_it_by_the_whole_number() -> None:
    text = "The Orlen pier reopened twenty-one days after Nov. 14, 2040, the council said."
    got = _dates(text, "Nov. 14, 2040", "2040-11-14")
    assert got == [("2040-12-05", "twenty-one days after Nov. 14, 2040")]
    text = "The Orlen pier reopened one day after Nov. 14, 2040, the council said."
    assert _dates(text, "Nov. 14, 2040", "2040-11-14") == [
        ("2040-11-15", "one day after Nov. 14, 2040")
    ]


def test_a_count_before_a_day_past_the_calendar_places_nothing() -> None:
    text = "The Orlen statue was carved 3000 years before Nov. 14, 2040, experts said."
    assert _dates(text, "Nov. 14, 2040", "2040-11-14") == []
    text = "The Orlen statue was carved 300 years before Nov. 14, 2040, experts said."
    assert _dates(text, "Nov. 14, 2040", "2040-11-14") == [
        ("1740-11-14", "300 years before Nov. 14, 2040")
    ]
