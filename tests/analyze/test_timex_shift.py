"""A count from a day that lands outside the calendar places nothing and stops nothing; a
count written in hyphenated words moves the day by the whole number (session 11; invented
text)."""

from __future__ import annotations

import datetime as dt

from crossbrief.analyze.timex import normalise
from crossbrief.analyze.timex.shift import shift_day


def test_a_count_past_the_calendar_places_no_day() -> None:
    for text in (
        "3000 years before Nov. 14, 2040",
        "9000 years after Nov. 14, 2040",
        "99999999 days after Nov. 14, 2040",
        "99999999 months after Nov. 14, 2040",
    ):
        assert normalise(text, -1) == ("DATE", None, None), text
    # a count that stays on the calendar still lands on its day
    assert normalise("300 years before Nov. 14, 2040", -1) == ("DATE", "1740-11-14", None)


def test_shift_day_moves_by_each_unit_and_gives_none_off_the_calendar() -> None:
    day = dt.date(2040, 1, 31)
    assert shift_day(day, 3, "weeks") == dt.date(2040, 2, 21)
    assert shift_day(day, -2, "day") == dt.date(2040, 1, 29)
    assert shift_day(day, 1, "month") == dt.date(2040, 2, 29)
    assert shift_day(day, 1, "year") == dt.date(2041, 1, 31)
    assert shift_day(day, 5, "hours") is None
    assert shift_day(day, -3000, "years") is None
    assert shift_day(day, 10**12, "days") is None


def test_a_hyphenated_count_in_one_expression_is_the_whole_number() -> None:
    assert normalise("twenty-one days after Nov. 14, 2040", -1) == ("DATE", "2040-12-05", None)
