"""Times from session 16's timeline leftovers: a year after "since" with more of its clause
after it, a dash between a date and a holiday, and a weekday of a present progressive (a
plan, so the coming day)."""

from __future__ import annotations

from typing import Any

from tests.analyze._from_wednesday import (
    MONDAY_AHEAD,
    SUNDAY_AHEAD,
    SUNDAY_GONE,
)
from tests.analyze._from_wednesday import (
    times_of as _times,
)


def test_a_year_after_since_is_a_time_whatever_follows_it(nlp: Any) -> None:
    found = _times(nlp, "The Velmora quay has been shut since 2027 by a dock strike.")
    assert found["2027"].value == "2027"
    found = _times(nlp, "Ann Lee has run the harbour board since 2019 with her brother.")
    assert found["2019"].value == "2019"


def test_a_number_after_since_that_counts_a_noun_is_no_year(nlp: Any) -> None:
    # "since 1500 workers left": a count of the workers, not the year 1500.
    found = _times(nlp, "The yard has slowed since 1500 workers left for Orlen.")
    assert "1500" not in found
    found = _times(nlp, "Prices have risen 1500 percent since the quay closed.")
    assert not any("1500" in text for text in found)


def test_a_dash_between_a_date_and_a_holiday_gives_two_times(nlp: Any) -> None:
    found = _times(nlp, "The Velmora fair runs from June 12 - Christmas Day at the quay.")
    assert set(found) >= {"June 12", "Christmas Day"}
    assert found["Christmas Day"].value is not None
    assert found["Christmas Day"].value.endswith("-12-25")
    assert found["June 12"].value is not None
    assert found["June 12"].value.endswith("-06-12")
    assert not any("-" in text for text in found)
    # A range inside one month stays one time (the dash joins two days of June).
    assert "June 12 - 14" in _times(nlp, "The Velmora fair runs June 12 - 14 at the quay.")


def test_a_weekday_of_a_present_progressive_is_still_to_come(nlp: Any) -> None:
    found = _times(nlp, "Ann Lee is flying to Velmora on Sunday.")
    assert found["Sunday"].value == SUNDAY_AHEAD
    found = _times(nlp, "The harbour board is meeting the dockers Monday.")
    assert found["Monday"].value == MONDAY_AHEAD
    found = _times(nlp, "The final vote is being held on Sunday.")
    assert found["Sunday"].value == SUNDAY_AHEAD


def test_a_past_progressive_or_a_noun_s_weekday_is_not_made_future(nlp: Any) -> None:
    found = _times(nlp, "Ann Lee was flying to Velmora on Sunday.")
    assert found["Sunday"].value == SUNDAY_GONE
    # A present perfect progressive tells what went on, not a plan.
    found = _times(nlp, "Fans in Velmora have been marking the club's jubilee on Sunday.")
    assert found["Sunday"].value != SUNDAY_AHEAD
    # The weekday of a noun the progressive governs names the noun's day, not a plan.
    found = _times(nlp, "Fans are still celebrating Sunday's win over Orlen.")
    assert found["Sunday"].value != SUNDAY_AHEAD
    found = _times(nlp, "Police are investigating a shooting on Sunday in Velmora.")
    assert found["Sunday"].value != SUNDAY_AHEAD


def test_a_weekday_after_an_event_noun_of_no_derivation_is_not_made_future(nlp: Any) -> None:
    # A crash or a death is over when police look into it: the day is the event's, gone.
    found = _times(nlp, "Police are investigating the crash on Sunday that killed two in Orlen.")
    assert found["Sunday"].value == SUNDAY_GONE
    found = _times(nlp, "Police are investigating the death of Tom Varga on Sunday.")
    assert found["Sunday"].value == SUNDAY_GONE
    # An object naming people, not an event, leaves the plan ahead.
    found = _times(nlp, "The harbour board is meeting the fishermen on Sunday.")
    assert found["Sunday"].value == SUNDAY_AHEAD
