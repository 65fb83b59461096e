"""Which way a weekday of a plan, a fixture or an earlier event is counted (session 16's third
read): a day planned for, a day of a present "plan" and one of an event "to be held" are
still to come; a simple present of a fixture ("Velmora play Orlen on Sunday") is a timetable,
so also ahead; an event told after "following"/"after" under a coming one may be over, so
neither way (the nearest day)."""

from __future__ import annotations

from typing import Any

from tests.analyze._from_wednesday import (
    MONDAY_AHEAD,
    MONDAY_GONE,
    SUNDAY_AHEAD,
    SUNDAY_GONE,
)
from tests.analyze._from_wednesday import (
    times_of as _times,
)


def test_a_day_of_a_present_plan_is_ahead(nlp: Any) -> None:
    text = "Ann Lee said that she and other critics plan a protest Monday at the harbour."
    assert _times(nlp, text)["Monday"].value == MONDAY_AHEAD
    assert _times(nlp, "Critics of the mayor plan a protest on Monday.")["Monday"].value == (
        MONDAY_AHEAD
    )


def test_a_day_a_present_plan_is_for_is_ahead(nlp: Any) -> None:
    text = "Ann Lee said the harbour board is planning a vote for Monday."
    assert _times(nlp, text)["Monday"].value == MONDAY_AHEAD


def test_a_day_a_past_plan_was_for_is_neither_way(nlp: Any) -> None:
    # told in the past, the plan may be over: the nearest Monday, which is gone
    text = "Ann Lee said the harbour board planned a vote for Monday."
    assert _times(nlp, text)["Monday"].value == MONDAY_GONE
    text = "A dinner planned at the Velmora quay for Monday was called off."
    assert _times(nlp, text)["Monday"].value == MONDAY_GONE


def test_a_day_of_an_event_to_be_held_is_ahead(nlp: Any) -> None:
    text = "The vote, to be held on Monday, will settle the future of the Velmora quay."
    assert _times(nlp, text)["Monday"].value == MONDAY_AHEAD


def test_a_past_plan_on_a_day_may_be_the_day_of_the_planning(nlp: Any) -> None:
    # "planned the budget on Monday": the planning's day, gone.
    text = "The harbour board planned the budget on Monday."
    assert _times(nlp, text)["Monday"].value == MONDAY_GONE


def test_a_fixture_in_the_simple_present_is_ahead(nlp: Any) -> None:
    assert _times(nlp, "Velmora play Orlen on Sunday.")["Sunday"].value == SUNDAY_AHEAD
    # told in the past, the match is over
    assert _times(nlp, "Velmora played Orlen on Sunday.")["Sunday"].value == SUNDAY_GONE


def test_an_event_after_following_under_a_coming_one_is_not_ahead(nlp: Any) -> None:
    text = (
        "The news that Tom Reyes would quit the board, following his disclosure on Monday "
        "of large debts, deepened the gloom in Velmora."
    )
    assert _times(nlp, text)["Monday"].value == MONDAY_GONE
    # without "following", the coming event's own day is ahead
    text = "Tom Reyes said he would quit the board on Monday."
    assert _times(nlp, text)["Monday"].value == MONDAY_AHEAD
