"""Time words read wrongly in session 23's read of undated briefs: a day word that names a
broadcast ("Velmora Radio's Today programme") is no time, and a weekday with a possessive
naming an event a clause readies for ("for Saturday's trip") is that event's day, the
nearest, whatever the verb's tense (invented text)."""

from __future__ import annotations

from typing import Any

import pytest

from tests.analyze.times_found import times_in

WEDNESDAY = "2031-04-23"
SATURDAY_GONE, SATURDAY_NEAREST = "2031-04-19", "2031-04-26"


def _times(nlp: Any, text: str) -> dict[str, str | None]:
    return {t.text: t.value for t in times_in(nlp, text, WEDNESDAY)}


@pytest.mark.parametrize(
    "text",
    [
        "Ann Lee told Velmora FM's Today programme the pier would stay shut.",
        "Speaking on the Today programme, Ann Lee said the pier was safe.",
        "Ann Lee told Velmora Radio's Today the pier was safe.",
        "Ann Lee told Today that the pier was safe.",
        "Ann Lee appeared on the Tonight show with Ben Orr.",
        "Today programme presenter Ben Orr asked about the pier.",
    ],
)
def test_a_day_word_naming_a_broadcast_is_no_time(nlp: Any, text: str) -> None:
    assert not {k for k in _times(nlp, text) if k.lower() in {"today", "tonight"}}


@pytest.mark.parametrize(
    "text",
    [
        "Today the pier is safe, Ann Lee said.",
        'Ann Lee said: "Today the pier is safe."',
        "Ann Lee said today that the pier was safe.",
        "Ann Lee said Tonight's vote on the pier matters.",
    ],
)
def test_a_day_word_opening_a_clause_or_in_lower_case_stays_a_day(nlp: Any, text: str) -> None:
    # Negative: a capital opening a sentence or a quote, a lower-case word, a possessive.
    assert {k for k in _times(nlp, text) if k.lower() in {"today", "tonight"}}


def test_a_weekday_of_an_event_readied_for_is_the_nearest(nlp: Any) -> None:
    # The parser hangs "for" on the past "beat" of the relative clause; the trip's day is
    # the nearest Saturday, not the one gone.
    text = "Coach Ann Lee has brought in three new players from the side that beat Orsk 41-3 for Saturday's trip."
    assert _times(nlp, text)["Saturday"] == SATURDAY_NEAREST
    assert _times(nlp, "Coach Ann Lee picked three new players for Saturday's trip to Orsk.")[
        "Saturday"
    ] == (SATURDAY_NEAREST)
    text = "Ben Orr was named in the side for Saturday's Velmora Cup match against Orsk."
    assert _times(nlp, text)["Saturday"] == SATURDAY_NEAREST


@pytest.mark.parametrize(
    "text",
    [
        "Ben Orr scored twice in Saturday's match against Orsk.",
        "Ben Orr was fined for Saturday's incident at the pier.",
    ],
)
def test_a_weekday_of_the_verbs_own_event_stays_past(nlp: Any, text: str) -> None:
    # Negative: after "in" the event is the verb's; after "for" a noun of no planned event.
    assert _times(nlp, text)["Saturday"] == SATURDAY_GONE


@pytest.mark.parametrize(
    ("text", "expression", "value"),
    [
        (
            "Velmora played Orsk on Saturday, 26 February at the harbour ground.",
            "Saturday, 26 February",
            "2031-02-26",
        ),
        (
            "The fair opened on Tuesday 9 November, its owners said.",
            "Tuesday 9 November",
            "2030-11-09",
        ),
    ],
)
def test_a_weekday_with_its_day_and_month_is_one_date(
    nlp: Any, text: str, expression: str, value: str
) -> None:
    # The tagger may tag the weekday and the month apart, the day taken for a count.
    times = _times(nlp, text)
    assert times[expression] == value
    assert "February" not in times and "November" not in times


def test_a_clock_with_its_zone_after_a_date_is_no_year(nlp: Any) -> None:
    times = _times(nlp, "Orsk v Velmora, Saturday, 26 February, 1500 GMT.")
    assert times["Saturday, 26 February"] == "2031-02-26"
    assert "1500 GMT" in times
    # Negative: a year after the day and month is the date's.
    assert _times(nlp, "Orsk v Velmora, Saturday, 26 February, 2033.")[
        "Saturday, 26 February, 2033"
    ] == ("2033-02-26")
