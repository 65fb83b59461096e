"""Times misread in the session-19 read (invented text): a 24-hour clock time after "from"
or "at" beside a day is no year, "the day" opening a relative clause is not the day last
named, a month-day the tagger leaves out before its tagged year is one date with it, and
a date does not run on into a sentence's "to <count> years"."""

from __future__ import annotations

from typing import Any

from crossbrief.model import TimeExpr
from tests.analyze.times_found import times_in

ANCHOR = "2031-01-14"


def _found(nlp: Any, text: str, anchor: str | None = ANCHOR) -> dict[str, TimeExpr]:
    return {t.text: t for t in times_in(nlp, text, anchor)}


def test_a_clock_time_after_from_beside_a_date_is_no_year(nlp: Any) -> None:
    found = _found(
        nlp,
        "Velmora One will screen the harbour race on Saturday 10 May, from 1915 on its sports "
        "channel.",
    )
    assert found["1915"].type == "TIME"
    assert found["1915"].value == "2031-05-10T19:15"


def test_a_year_after_from_with_no_day_beside_it_stays_a_year(nlp: Any) -> None:
    # Negative: no day in the clause, and a year range: "from 1930" is the year.
    found = _found(nlp, "Ann Lee ran the harbour board from 1930 until 1945.")
    assert found["1930"].value == "1930"
    found = _found(nlp, "Ann Lee lived in Orlen from 1930 until her death on Monday.")
    assert found["1930"].value == "1930"
    # A day named earlier in the sentence is not the number's day.
    found = _found(nlp, "The yard said on Monday it would stay shut until 2017.")
    assert found["2017"].value == "2017"


def test_the_day_opening_a_relative_clause_is_not_the_day_last_named(nlp: Any) -> None:
    found = _found(
        nlp,
        "The harbour board said on Tuesday that it had fired two guards. They drove Ann Lee "
        "in the van on the day she fled.",
    )
    assert found["the day"].value is None
    # Negative: the day before it is still read.
    assert found["Tuesday"].value == "2031-01-14"


def test_the_day_in_apposition_to_a_date_is_that_date(nlp: Any) -> None:
    # Negative: named beside its date, "the day" is that day.
    found = _found(nlp, "Ann Lee fled on Jan. 3, the day of the harbour vote.")
    assert any(t.value == "2031-01-03" for t in found.values())


def test_a_month_day_left_untagged_before_its_year_is_one_date(nlp: Any) -> None:
    found = _found(nlp, "Velmora man fined\n7: 15 a. m. Dec. 7, 2009\nThe board met Monday.", None)
    assert found["Dec. 7, 2009"].value == "2009-12-07"
    assert "2009" not in found


def test_a_year_after_a_number_with_no_month_stays_a_year(nlp: Any) -> None:
    # Negative: "7, 2009" with no month before the number is no month-day.
    found = _found(nlp, "The board fined 7, 2009 saw the case reopened.", None)
    assert all(t.value != "2009-12-07" for t in found.values())


def test_a_date_does_not_run_on_into_a_sentence_length(nlp: Any) -> None:
    found = _found(nlp, "Ann Lee was jailed in May 2019 to 12 years for fraud.")
    assert found["May 2019"].value == "2019-05"
    assert "May 2019 to 12 years" not in found


def test_a_range_between_two_dates_keeps_its_parts(nlp: Any) -> None:
    # Negative: "to" between a date and a count of units with no date of its own on the
    # left is one expression ("two to three years").
    found = _found(nlp, "The repairs will take two to three years.")
    assert "two to three years" in found
