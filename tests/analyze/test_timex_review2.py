"""Weekday tenses a reviewer found wrong in session 16's merges (invented text): a day after
an event noun in a progressive's prepositional phrase is the event's, and a day after
"after" under "will" is still to come."""

from __future__ import annotations

from typing import Any

from crossbrief.model import TimeExpr
from tests.analyze.times_found import times_in

# From a Wednesday the nearest Sunday is gone (three days back, four ahead).
WEDNESDAY = "2031-04-23"
SUNDAY_GONE, SUNDAY_AHEAD = "2031-04-20", "2031-04-27"
# From a Thursday the nearest Monday is gone (three days back, four ahead).
THURSDAY = "2031-05-01"
MONDAY_GONE, MONDAY_AHEAD = "2031-04-28", "2031-05-05"


def _times(nlp: Any, text: str, published: str = WEDNESDAY) -> dict[str, TimeExpr]:
    return {t.text: t for t in times_in(nlp, text, published)}


def test_a_day_after_an_event_noun_in_a_progressives_phrase_is_not_a_plan(nlp: Any) -> None:
    found = _times(nlp, "Police are questioning two men about the fire on Sunday at the quay.")
    assert found["Sunday"].value != SUNDAY_AHEAD
    found = _times(nlp, "Crews are still dealing with hot spots from the blaze on Sunday.")
    assert found["Sunday"].value != SUNDAY_AHEAD
    # Negative: a progressive's own day after a place is still a plan.
    found = _times(nlp, "Ann Lee is flying to Velmora on Sunday.")
    assert found["Sunday"].value == SUNDAY_AHEAD


def test_a_day_after_after_under_will_is_still_to_come(nlp: Any) -> None:
    found = _times(
        nlp, "Ann Lee will fly to Orsk after the summit on Monday, her office said.", THURSDAY
    )
    assert found["Monday"].value == MONDAY_AHEAD
    # Negative: under a reported "would" the event after "following" may be over: neither
    # way, the nearest Monday (gone from a Thursday).
    text = (
        "The news that Tom Varga would leave the council, following his admission on Monday "
        "of heavy losses, shook the town of Orsk."
    )
    assert _times(nlp, text, THURSDAY)["Monday"].value == MONDAY_GONE
