"""Review fixes (session 12) to the feast and year rules: a surname or a named event is no
feast, a feast told in the past was already kept, "the week after Easter" is counted from
Easter, a currency word does not hide a year, and a holiday name is matched in one place."""

from __future__ import annotations

from typing import Any

import pytest

from crossbrief.analyze.timex.feasts import feast_day
from crossbrief.analyze.timex.words import holiday_name
from tests.analyze.times_found import times_in

ANCHOR = "2031-04-22"  # Easter Sunday 2031 is April 13


def _found(nlp: Any, text: str, anchor: str = ANCHOR) -> dict[str, str | None]:
    return {t.text: t.value for t in times_in(nlp, text, anchor)}


@pytest.mark.parametrize(
    "text",
    [
        "Board chair Jane Easter said the council would vote.",
        "Bob Easter, who chairs the board, left early.",
        "The plan is dead, Easter said.",
        "Rebels marked the anniversary of the 1916 Easter Rising in the capital.",
    ],
)
def test_a_surname_or_a_named_event_is_no_feast(nlp: Any, text: str) -> None:
    assert "Easter" not in _found(nlp, text)


@pytest.mark.parametrize(
    "text",
    ["The truce held over Easter.", "The shops close at Easter, officials said."],
)
def test_the_feast_itself_is_still_a_day(nlp: Any, text: str) -> None:
    assert _found(nlp, text)["Easter"] == "2031-04-13"


def test_a_feast_told_in_the_past_was_already_kept(nlp: Any) -> None:
    # Six weeks before this year's Easter, a past "over Easter" is last year's.
    assert _found(nlp, "The truce held over Easter.", "2031-03-01")["Easter"] == "2030-04-21"


def test_a_feast_told_in_the_future_is_still_ahead(nlp: Any) -> None:
    assert _found(nlp, "The shops will close over Easter.", "2031-03-01")["Easter"] == "2031-04-13"


def test_a_unit_after_or_before_a_feast_is_counted_from_it(nlp: Any) -> None:
    assert _found(nlp, "The talks resumed the week after Easter.")["the week"] == "2031-W16"
    found = _found(nlp, "The talks resumed the Sunday before Easter.")
    assert found.get("Sunday", found.get("the Sunday")) == "2031-04-06"


def test_a_unit_after_an_event_still_has_no_date(nlp: Any) -> None:
    assert _found(nlp, "The week after her election was spent on quarrels.")["The week"] is None


def test_a_feast_with_any_written_year_takes_it(nlp: Any) -> None:
    assert _found(nlp, "The town was founded at Easter 2450.")["Easter 2450"] == "2450-04-03"


def test_a_feast_before_the_gregorian_calendar_is_the_julian_date() -> None:
    assert feast_day(1066, 0).isoformat() == "1066-04-16"
    assert feast_day(2031, 0).isoformat() == "2031-04-13"


def test_a_currency_word_after_a_year_does_not_hide_it(nlp: Any) -> None:
    assert _found(nlp, "In 2008 dollars flowed into gold as banks failed.").get("2008") == "2008"


@pytest.mark.parametrize("text", ["The chip runs at 1333 MHz.", "The firm paid $1499 for it."])
def test_a_measure_or_a_price_is_still_no_year(nlp: Any, text: str) -> None:
    assert _found(nlp, text) == {}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("on new year’s day", "new year's day"),
        ("on new year day", "new year's day"),
        ("on new year's eve", "new year's eve"),
        ("after christmas", "christmas"),
        ("at the christmastide fair", None),
    ],
)
def test_a_holiday_is_named_with_either_apostrophe_or_none(text: str, name: str | None) -> None:
    assert holiday_name(text) == name
