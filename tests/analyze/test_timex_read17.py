"""Holidays with a year phrase the tagger splits off or leaves out, and days of a repeated
time (session 17, invented text): "Easter last year" is one date in the year before the
article's, "last Christmas" is a time, and "May 1 every year" or "every May 1" is a set that
keeps its month and day (TIMEX3 "XXXX-05-01")."""

from __future__ import annotations

from typing import Any

from crossbrief.model import TimeExpr
from tests.analyze.times_found import times_in

NOVEMBER = "2031-11-19"
# Easter falls on 2030-04-21, 2031-04-13 and 2032-03-28.


def _found(nlp: Any, text: str, anchor: str = NOVEMBER) -> dict[str, TimeExpr]:
    return {t.text: t for t in times_in(nlp, text, anchor)}


def test_a_feast_with_last_year_is_one_date_in_the_year_before(nlp: Any) -> None:
    found = _found(nlp, "Ann Lee spent Easter last year at the harbour.")
    assert found["Easter last year"].value == "2030-04-21"
    # Negative: neither half stays a time of its own (the nearest Easter, a bare year).
    assert "Easter" not in found and "last year" not in found


def test_a_feast_with_next_year_is_one_date_in_the_year_after(nlp: Any) -> None:
    found = _found(nlp, "The Velmora fair will be held at Easter next year.")
    assert found["Easter next year"].value == "2032-03-28"
    assert "next year" not in found


def test_a_feast_and_a_year_phrase_apart_stay_two_times(nlp: Any) -> None:
    found = _found(nlp, "Ann Lee spent Easter at the Velmora harbour last year.")
    # Negative: words between them, so the phrase is the year of the clause, not the feast's.
    assert found["last year"].value == "2030"
    assert "Easter" in found


def test_a_holiday_after_last_is_a_time(nlp: Any) -> None:
    found = _found(nlp, "Ann Lee visited Velmora last Christmas.")
    assert found["last Christmas"].value == "2030-12-25"


def test_a_bare_holiday_is_a_time(nlp: Any) -> None:
    found = _found(nlp, "Ann Lee came home to Velmora at Christmas.", "2032-02-10")
    assert found["Christmas"].value == "2031-12-25"


def test_a_holiday_in_a_name_is_no_time(nlp: Any) -> None:
    found = _found(nlp, "Ann Lee sold Christmas trees at the Velmora market on Monday.")
    # Negative: "Christmas" modifies a noun, so only the weekday is a time.
    assert list(found) == ["Monday"]


def test_a_month_day_every_year_is_a_set_with_its_day(nlp: Any) -> None:
    found = _found(nlp, "The Velmora parade is held on May 1 every year.")
    t = found["May 1 every year"]
    assert (t.type, t.value) == ("SET", "XXXX-05-01")


def test_every_month_day_keeps_its_day(nlp: Any) -> None:
    found = _found(nlp, "The Velmora parade is held every May 1 in the square.")
    t = found["every May 1"]
    assert (t.type, t.value) == ("SET", "XXXX-05-01")


def test_a_month_day_told_once_stays_a_date(nlp: Any) -> None:
    found = _found(nlp, "The Velmora parade was held on May 1 last year.")
    # Negative: a year phrase is no repetition.
    t = found["May 1 last year"]
    assert (t.type, t.value) == ("DATE", "2030-05-01")


def test_a_holiday_naming_a_work_is_no_time(nlp: Any) -> None:
    found = _found(nlp, "The Velmora cinema showed the film Christmas at the Lee Farm on Monday.")
    # Negative: after a noun, with no preposition or determiner of its own, a title's word.
    assert list(found) == ["Monday"]


def test_a_holiday_after_a_preposition_is_a_time(nlp: Any) -> None:
    found = _found(nlp, "Sales at the Velmora market fell over Christmas, Ann Lee said.")
    assert "Christmas" in found
