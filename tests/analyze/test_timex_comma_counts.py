"""A count of units after a date and a comma ("Nov. 30, only hours after") is no part of the
date; a count after a count ("2 days, 14 hours") is one duration, and a count with its own
"before" counts from the date and stays with it."""

from __future__ import annotations

from typing import Any

from tests.analyze.times_found import times_in


def _texts(nlp: Any, text: str) -> list[str]:
    return [t.text for t in times_in(nlp, text, "2031-04-23")]


def test_a_count_after_a_date_and_a_comma_is_its_own_expression(nlp: Any) -> None:
    text = (
        "Tom Reyes was detained at the Orlen docks on Nov. 30, some hours before the bridge shut."
    )
    assert "Nov. 30" in _texts(nlp, text)


def test_a_count_after_a_count_stays_one_duration(nlp: Any) -> None:
    text = "The yacht of Ann Lee reached Orlen in 3 days, 9 hours, 41 minutes, 5 seconds."
    assert _texts(nlp, text) == ["3 days, 9 hours, 41 minutes, 5 seconds"]
