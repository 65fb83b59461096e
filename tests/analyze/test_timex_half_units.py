"""Half of a smaller unit ("the first half-hour") is no half of the year; "the first
half year" and "the second half of the year" stay halves of it, a bare "the second half"
names no year (no value)."""

from __future__ import annotations

from typing import Any

from tests.analyze.times_found import times_in

MAY = "2031-05-14"


def _values(nlp: Any, text: str) -> list[str | None]:
    return [t.value for t in times_in(nlp, text, MAY)]


def test_the_first_half_hour_is_no_half_of_the_year(nlp: Any) -> None:
    values = _values(nlp, "The parade was slow in the first half-hour, the organisers said.")
    assert "2031-H1" not in values


def test_the_second_half_hour_is_no_half_of_the_year(nlp: Any) -> None:
    values = _values(nlp, "Crowds thinned over the second half hour of the mayor's speech.")
    assert "2031-H2" not in values


def test_the_first_half_year_stays_a_half_of_the_year(nlp: Any) -> None:
    values = _values(nlp, "The harbour board said tolls rose in the first half year.")
    assert "2031-H1" in values


def test_a_bare_second_half_names_no_half_of_the_year(nlp: Any) -> None:
    values = _values(nlp, "Ferry fares will rise in the second half, the minister said.")
    assert "2031-H2" not in values
    values = _values(nlp, "Ferry fares will rise in the second half of the year, he said.")
    assert "2031-H2" in values
