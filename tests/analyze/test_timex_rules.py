"""Rules for time expressions added from the TempEval-3 dev errors (issue 6): ranges and
vague counts, a day beside another, quarters told in the past, appositions. Invented
sentences."""

from __future__ import annotations

from typing import Any

import pytest

from crossbrief.analyze.times import normalise, resolve_relative
from crossbrief.model import TimeExpr
from tests.analyze.times_found import times_in


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("centuries", ("DURATION", "PXC", None)),  # no count of years says "centuries"
        ("two to three weeks", ("DURATION", "PXW", None)),  # a range: no one count
        ("the next 12 to 18 months", ("DURATION", "PXM", None)),
        ("three weeks", ("DURATION", "P3W", None)),
        ("the day before last Tuesday", ("DATE", None, "DS:-1:W:1:-2")),
        ("the day before yesterday", ("DATE", None, "D:-2")),
        ("the first two quarters of 2030", ("DATE", "2030-H1", None)),
        ("the 2030 second quarter", ("DATE", "2030-Q2", None)),
        ("the comparable year-ago quarter", ("DATE", None, "~Q-1|Y:-1")),
    ],
)
def test_normalise_rules(text: str, expected: tuple[str, str | None, str | None]) -> None:
    assert normalise(text) == expected


@pytest.mark.parametrize(
    ("relative", "anchor", "value"),
    [
        ("DS:-1:W:1:-2", "2031-05-15", "2031-05-12"),  # the day before last Tuesday
        ("DS:1:MD:12:25:-1", "2031-05-15", "2030-12-26"),  # the day after Christmas
        # Told in the past in January, the fourth quarter is last year's.
        ("Q:4:0:-1", "2031-01-20", "2030-Q4"),
        ("Q:4:0", "2031-01-20", "2031-Q4"),
        ("Q:2:0:-1", "2031-08-01", "2031-Q2"),
        ("Q:4:-1:-1", "2031-01-20", "2029-Q4"),  # a year before that quarter
    ],
)
def test_resolve_rules(relative: str, anchor: str, value: str) -> None:
    assert resolve_relative(relative, anchor) == value


def _found(times: list[TimeExpr]) -> dict[str, str | None]:
    return {t.text: t.value for t in times}


def test_apposition_names_the_quarter(nlp: Any) -> None:
    text = (
        "The mill lost money in the third quarter. In the matching year-ago quarter, the "
        "second quarter ended Oct. 31, it had a profit. In that quarter sales rose."
    )
    found = _found(times_in(nlp, text, "2031-11-02"))
    assert found["the third quarter"] == "2031-Q3"
    assert found["the matching year-ago quarter"] == "2030-Q2"
    assert found["the second quarter"] == "2030-Q2"
    assert found["that quarter"] == "2030-Q2"


def test_past_quarter_not_begun_is_last_years(nlp: Any) -> None:
    text = "The mill reported a loss for the fourth quarter."
    assert _found(times_in(nlp, text, "2031-01-20"))["the fourth quarter"] == "2030-Q4"


def test_day_in_apposition_is_the_day_named(nlp: Any) -> None:
    text = "Shares had fallen 4% by Oct. 17, the day before the vote."
    found = _found(times_in(nlp, text, "2031-11-02"))
    assert found["Oct. 17"] == "2031-10-17"
    assert found["the day"] == "2031-10-17"


def test_year_after_of_joins_the_period(nlp: Any) -> None:
    text = "Sales will fall in the first two quarters of 2032."
    assert _found(times_in(nlp, text, "2031-11-02")) == {
        "the first two quarters of 2032": "2032-H1"
    }


def test_last_minute_is_no_time(nlp: Any) -> None:
    assert times_in(nlp, "A last-minute deal was struck.", "2031-11-02") == []


def test_effective_date_is_the_nearest(nlp: Any) -> None:
    # Announced in the past tense, the day something takes effect is still the nearest one.
    text = "The bank created a new office, effective Feb. 1."
    assert _found(times_in(nlp, text, "2031-10-26"))["Feb. 1"] == "2032-02-01"
    assert _found(times_in(nlp, "The bank created a new office on Feb. 1.", "2031-10-26")) == {
        "Feb. 1": "2031-02-01"
    }


@pytest.mark.parametrize(
    ("sentence", "expression", "value"),
    [
        ("The island after post-1990 reforms changed.", "post-1990", "1990"),
        ("The old 11th century chapel stood.", "11th century", "10"),
        ("It booked a profit in the fiscal second-quarter of $4.1 million.",
         "the fiscal second-quarter", "2031-Q2"),
        ("Net rose from the 2029 fiscal third quarter.", "the 2029 fiscal third quarter",
         "2029-Q3"),
    ],
)  # fmt: skip
def test_forms_the_tagger_misses(nlp: Any, sentence: str, expression: str, value: str) -> None:
    assert _found(times_in(nlp, sentence, "2031-11-02"))[expression] == value


def test_one_day_after_a_modal_is_the_future(nlp: Any) -> None:
    assert _found(times_in(nlp, "The faith will one day be the largest.", "2031-11-02")) == {
        "one day": "FUTURE_REF"
    }
    assert _found(times_in(nlp, "He stayed one day.", "2031-11-02")) == {"one day": "P1D"}


@pytest.mark.parametrize(
    ("sentence", "expression", "value"),
    [
        ("In the port, today is the fifth day of the walkout.", "the fifth day", "2031-11-02"),
        ("Wages rose in the last half of the '70s.", "the last half of the '70s", "197"),
    ],
)
def test_more_forms_the_tagger_misses(nlp: Any, sentence: str, expression: str, value: str) -> None:
    assert _found(times_in(nlp, sentence, "2031-11-02"))[expression] == value


def test_half_of_a_decade_is_the_decade() -> None:
    assert normalise("the last half of the '70s") == ("DATE", "197", None)
    assert normalise("the first half of 2030") == ("DATE", "2030-H1", None)
