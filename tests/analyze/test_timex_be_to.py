""" "Were to" with an infinitive tells an arrangement made in the past ("the board was to sign
the deal on Friday"): its day may be over or still to come, so the nearest, as "was
scheduled to" is read; "is to" looks ahead, and a plain past stays past."""

from __future__ import annotations

from typing import Any

from tests.analyze.times_found import times_in

WEDNESDAY = "2031-04-23"
# From that Wednesday: the Friday gone (five days back) and the one to come (two days on,
# the nearest).
FRIDAY_GONE, FRIDAY_AHEAD = "2031-04-18", "2031-04-25"


def _value(nlp: Any, text: str, expression: str = "Friday") -> str | None:
    found = {t.text: t.value for t in times_in(nlp, text, WEDNESDAY)}
    return found[expression]


def test_an_arrangement_told_in_the_past_is_the_nearest_day(nlp: Any) -> None:
    for text in (
        "Officials of the Velmora harbour board were to sign a deal for the port on Friday.",
        "Ann Lee was to open the new quay in Orlen Friday.",
    ):
        assert _value(nlp, text) == FRIDAY_AHEAD, text


def test_an_arrangement_told_in_the_present_is_ahead_and_a_past_is_past(nlp: Any) -> None:
    # Negative: "are to" is ahead, as before; a plain past is not made the nearest day.
    assert (
        _value(nlp, "Officials of the Velmora board are to sign a deal on Friday.") == FRIDAY_AHEAD
    )
    assert _value(nlp, "Officials of the Velmora board signed a deal on Friday.") == FRIDAY_GONE
    assert _value(nlp, "Officials of the Velmora board were at the quay on Friday.") == FRIDAY_GONE


# From that Wednesday: the Monday gone (two days back, the nearest) and the one to come.
MONDAY_GONE, MONDAY_AHEAD = "2031-04-21", "2031-04-28"


def test_were_to_under_a_condition_looks_ahead(nlp: Any) -> None:
    # "If ... were to", "Were ... to": a condition on what may still happen, not an
    # arrangement told in the past.
    for text in (
        "If the harbour council were to close the quay on Monday, dockers would strike.",
        "Were the harbour council to close the quay on Monday, dockers would strike.",
    ):
        assert _value(nlp, text, "Monday") == MONDAY_AHEAD, text


def test_were_to_told_plainly_stays_the_nearest_day(nlp: Any) -> None:
    # Negative: with no condition "were to" is an arrangement told in the past.
    assert (
        _value(nlp, "The harbour council of Velmora were to close the quay on Monday.", "Monday")
        == MONDAY_GONE
    )
