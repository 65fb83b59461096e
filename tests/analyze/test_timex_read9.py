"""Tense and clock rules from session 9's read of real briefs: "since" a weekday is past, a
plan told in the past is neither way, a past temporal clause under "will" stays past, and
four digits before a time zone are a clock time, not a year."""

from __future__ import annotations

from typing import Any

from tests.analyze.times_found import times_in

# A Wednesday.
ANCHOR = "2031-11-12"


def _found(nlp: Any, text: str, anchor: str = ANCHOR) -> dict[str, str | None]:
    return {t.text: t.value for t in times_in(nlp, text, anchor)}


def test_since_a_weekday_is_the_one_before(nlp: Any) -> None:
    text = "And since Thursday, the mayor has campaigned across the state."
    assert _found(nlp, text)["Thursday"] == "2031-11-06"


def test_a_weekday_in_the_present_is_still_the_nearest(nlp: Any) -> None:
    text = "The mayor campaigns across the state on Thursday."
    assert _found(nlp, text)["Thursday"] == "2031-11-13"


def test_a_plan_told_in_the_past_is_the_nearest_day(nlp: Any) -> None:
    text = "He was scheduled to leave the city late Tuesday."
    assert _found(nlp, text)["late Tuesday"] == "2031-11-11"


def test_a_plan_told_in_the_present_is_to_come(nlp: Any) -> None:
    text = "He is scheduled to leave the city late Tuesday."
    assert _found(nlp, text)["late Tuesday"] == "2031-11-18"


def test_a_past_temporal_clause_under_will_is_past(nlp: Any) -> None:
    text = "Donations will rise again, as they did soon after the result was declared Tuesday."
    assert _found(nlp, text)["Tuesday"] == "2031-11-11"


def test_a_present_temporal_clause_under_will_is_to_come(nlp: Any) -> None:
    text = "Donations will rise after the race is called Tuesday."
    assert _found(nlp, text)["Tuesday"] == "2031-11-18"


def test_a_past_temporal_clause_under_would_is_to_come(nlp: Any) -> None:
    text = "Traders said they would sell as soon as the market opened Monday."
    assert _found(nlp, text)["Monday"] == "2031-11-17"


def test_four_digits_before_a_time_zone_are_a_clock_time(nlp: Any) -> None:
    found = _found(nlp, "The vigil started at 6:41 p.m. (1841 GMT), when the lights went out.")
    assert "1841" not in found
    assert found["1841 GMT"] == "2031-11-12T18:41"


def test_four_digits_alone_are_still_a_year(nlp: Any) -> None:
    assert _found(nlp, "The club was founded in 1903.")["1903"] == "1903"


def test_a_past_temporal_clause_under_a_future_told_from_the_past_is_to_come(nlp: Any) -> None:
    text = "The chairman said funds were likely to sell bonds as soon as the market opened Monday."
    assert _found(nlp, text)["Monday"] == "2031-11-17"
