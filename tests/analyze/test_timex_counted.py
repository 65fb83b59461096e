"""A count of days, weeks, months or years from a day inside one expression ("two weeks
after Nov. 14"): the analysis reads the day it lands on, so the timeline need not count
again (session 11; invented text)."""

from __future__ import annotations

from typing import Any

from crossbrief.analyze.timex import normalise, resolve_relative
from tests.analyze.times_found import times_in

# A Wednesday in November.
ANCHOR = "2031-11-12"


def test_a_count_from_a_full_date_is_the_day_it_lands_on() -> None:
    assert normalise("three weeks after Nov. 28, 2030", -1) == ("DATE", "2030-12-19", None)
    assert normalise("10 days before Nov. 28, 2030", -1) == ("DATE", "2030-11-18", None)
    assert normalise("one year after Feb. 29, 2028", -1) == ("DATE", "2029-02-28", None)
    assert normalise("two months after Dec. 31, 2030", -1) == ("DATE", "2031-02-28", None)


def test_a_count_of_days_or_weeks_from_a_relative_day_moves_its_form() -> None:
    _, value, relative = normalise("two weeks after Nov. 1", -1)
    assert value is None and relative == "DS:14:MD:11:1:-1"
    assert resolve_relative(relative, ANCHOR) == "2031-11-15"


def test_months_or_years_from_a_relative_day_hours_and_vague_counts_place_nothing() -> None:
    for text in (
        "one year after Nov. 14",
        "two months after Nov. 14",
        "six hours after Nov. 14",
        "a few days after Nov. 14",
        "two to three weeks after Nov. 14",
    ):
        assert normalise(text, -1) == ("DATE", None, None), text


def test_the_day_after_and_words_that_are_no_count_keep_their_reading() -> None:
    assert normalise("the day after Nov. 1, 2030", -1) == ("DATE", "2030-11-02", None)
    # a holiday told in the past is marked as one already kept ("H")
    assert normalise("days after Christmas", -1)[2] == "MD:12:25:-1:H"


def test_a_joined_count_in_running_text_places_the_day_it_lands_on_or_none(nlp: Any) -> None:
    text = "The pier will reopen one year after Nov. 14, the council said."
    found = {t.text: t.value for t in times_in(nlp, text, ANCHOR)}
    # The count is read, not dropped: the day is not the Nov. 14 the clause's tense picks.
    assert found.get("one year after Nov. 14", "absent") in {None, "absent"}
    assert "2031-11-14" not in found.values()
