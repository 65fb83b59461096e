"""Timex leftovers of session 23 (invented text): a half with no year named has no value; a
day put off to in the simple past lies ahead; one list of time zones; "be to" read from the
word as written."""

from __future__ import annotations

from typing import Any

import pytest

from crossbrief.analyze.timex import normalise
from crossbrief.analyze.timex.patterns import CLOCK24, ZONE
from crossbrief.analyze.timex.words import ZONES
from tests.analyze.times_found import times_in

THURSDAY = "2031-04-24"


def _found(nlp: Any, text: str, anchor: str | None = THURSDAY) -> dict[str, str | None]:
    return {t.text: t.value for t in times_in(nlp, text, anchor)}


@pytest.mark.parametrize(
    "text",
    [
        "the second half",
        "the first half",
        "the latter half",
        "the second half of the month",
        "the second half of the game",
    ],
)
def test_a_half_with_no_year_named_has_no_value(text: str) -> None:
    assert normalise(text) == ("DATE", None, None)


@pytest.mark.parametrize(
    ("text", "relative"),
    [
        ("the second half of the year", "H:2:0"),
        ("this year's first half", "H:1:0"),
        ("the first half year", "H:1:0"),
        ("the second half of next year", "H:2:1"),
        ("the first half of last year", "H:1:-1"),
    ],
)
def test_a_half_of_a_year_named_keeps_its_reading(text: str, relative: str) -> None:
    # Negative: "year" named, the half is the year's, placed from the article's.
    assert normalise(text) == ("DATE", None, relative)
    assert normalise("the latter half of 2030") == ("DATE", "2030-H2", None)


def test_a_bare_half_in_running_text_dates_nothing(nlp: Any) -> None:
    found = _found(nlp, "Ferry fares at Velmora will rise in the second half, the minister said.")
    assert not any(v and "-H" in v for v in found.values()), found
    found = _found(nlp, "Ferry fares at Velmora will rise in the second half of the year.")
    assert "2031-H2" in found.values(), found


@pytest.mark.parametrize(
    "text",
    [
        "The harbour vote was delayed until Monday.",
        "The board postponed the harbour vote till Monday.",
        "The harbour vote was pushed back to Monday, the chair said.",
    ],
)
def test_a_weekday_put_off_to_in_the_simple_past_lies_ahead(nlp: Any, text: str) -> None:
    # Told on a Thursday, the Monday a vote went to is the coming one, not the one gone.
    assert _found(nlp, text)["Monday"] == "2031-04-28"


def test_a_weekday_put_off_to_in_a_perfect_of_the_past_stays_past(nlp: Any) -> None:
    # Negative: a past or conditional perfect tells a putting off over before a past time.
    assert _found(nlp, "The vote had been delayed until Monday.")["Monday"] == "2031-04-21"
    found = _found(nlp, "Without the storm the vote would have been delayed until Monday.")
    assert found["Monday"] == "2031-04-21"
    # and a day a thing was done on is no day it was put off to
    assert _found(nlp, "The harbour vote was held on Monday.")["Monday"] == "2031-04-21"


def test_a_month_day_put_off_to_in_the_simple_past_is_the_nearest(nlp: Any) -> None:
    # The nearest: May 29 is ahead of the April report, April 2 behind it (a report may look
    # back on a putting off); neither jumps a year.
    assert _found(nlp, "The harbour vote was postponed until May 29.")["May 29"] == "2031-05-29"
    assert _found(nlp, "The harbour vote was postponed until July 29.")["July 29"] == "2031-07-29"
    assert _found(nlp, "The harbour vote was postponed until April 2.")["April 2"] == "2031-04-02"


def test_zone_patterns_come_from_the_one_list() -> None:
    for zone in ZONES:
        assert ZONE.search(f"at 9 a.m. {zone}"), zone
        assert CLOCK24.search(f"at 1530 {zone}"), zone
    assert ZONE.search("at noon local time")
    # Negative: a four-digit figure with no zone or "hours" after it is no clock.
    assert CLOCK24.search("sold 1530 tickets") is None


def test_a_mountain_time_clock_is_a_time(nlp: Any) -> None:
    found = _found(nlp, "The Velmora ferry sailed at 1530 MST on Tuesday.")
    assert any(k.startswith("1530") for k in found), found


@pytest.mark.parametrize(
    "text",
    [
        "She’s to fly to Velmora on Monday.",
        "They’re to meet in Velmora on Monday.",
        "She's to fly to Velmora on Monday.",
    ],
)
def test_be_to_with_either_apostrophe_is_an_arrangement_ahead(nlp: Any, text: str) -> None:
    # The attribute ruler gives no lemma to a curly "’s" or "’re": read by the word itself.
    assert _found(nlp, text)["Monday"] == "2031-04-28", text


def test_a_be_to_told_in_the_past_is_the_nearest(nlp: Any) -> None:
    # Negative: "was to fly" may be over or still ahead: neither way, the nearest Monday.
    assert _found(nlp, "She was to fly to Velmora on Monday.")["Monday"] == "2031-04-21"


def test_the_day_itself_after_a_stamp_is_the_stamps_day(nlp: Any) -> None:
    text = (
        "Posted April 19, 2031.\n\n"
        "The Velmora Owls beat the Hawks 3-1. Ann Lee scored the best goal of the day."
    )
    assert _found(nlp, text)["the day"] == "2031-04-19"


def test_other_days_after_a_stamp_stay_undated(nlp: Any) -> None:
    # Negative: "the next day" and "that day" count from an event told, and "the end of the
    # day" is an idiom: a stamp anchors none of them.
    text = (
        "Posted April 19, 2031.\n\n"
        "The storm hit the harbour. The pier fell the next day. Boats stayed in that day. "
        "At the end of the day, the board said, the pier was old."
    )
    found = _found(nlp, text)
    assert found["the next day"] is None
    assert found["that day"] is None
    assert all(v is None for k, v in found.items() if "end of the day" in k), found
    # and an event's day named before "the day" anchors it, as before
    text = (
        "Posted April 19, 2031.\n\n"
        "The Owls beat the Hawks on April 12. Ann Lee scored the best goal of the day."
    )
    assert _found(nlp, text)["the day"] == "2031-04-12"
