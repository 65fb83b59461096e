"""A year after a preposition of time is a time, though spaCy's tagger calls most years of
the 2030s a number: a plan "by 2035" or "in 2035" gets its timeline entry (invented text)."""

from __future__ import annotations

from typing import Any

import pytest

from tests.analyze._from_wednesday import times_of


@pytest.mark.parametrize(
    ("text", "year"),
    [
        ("The Velmora yard will close in 2035, the harbour board said.", "2035"),
        ("Orlen aims to halve the ferry fleet's fuel use by 2036.", "2036"),
        ("The quay stays shut until 2033 under the board's plan.", "2033"),
        ("The board wants the bridge built before 2037.", "2037"),
        ("The old quay was built in 2034 and rebuilt in 2038.", "2038"),
    ],
)
def test_a_year_after_a_preposition_of_time_is_a_time(nlp: Any, text: str, year: str) -> None:
    found = times_of(nlp, text)
    assert found[year].value == year
    assert found[year].type == "DATE"


@pytest.mark.parametrize(
    ("text", "number"),
    [
        # a count of the noun after it
        ("Ann Lee won the harbour seat by 2035 votes.", "2035"),
        ("The storm hit the quay in 2036 places.", "2036"),
        # the ends of a range of counts, and a total
        ("Ferry fares rose from 1500 to 2035 crowns.", "1500"),
        ("The board counted a total of 2035 crossings.", "2035"),
    ],
)
def test_a_number_that_counts_is_no_year(nlp: Any, text: str, number: str) -> None:
    assert not any(number in found for found in times_of(nlp, text))
