"""A day moved by a whole count of days, weeks, months or years ("three weeks after Nov. 28,
2040"), shared by the analysis (a count inside one expression) and the timeline (a count
written before a day's expression)."""

from __future__ import annotations

import calendar
import datetime as dt


def shift_day(day: dt.date, count: int, unit: str) -> dt.date | None:
    """``day`` moved by ``count`` (negative: back) days, weeks, months or years; a month or
    year step keeps the day of month where the month has it, else its last day ("one month
    after Jan. 31": Feb. 28 or 29). None for another unit and for a day no calendar of
    years 1 to 9999 has ("3000 years before" year 2040)."""
    unit = unit.lower().rstrip("s")
    try:
        if unit in {"day", "week"}:
            return day + dt.timedelta(days=count * (7 if unit == "week" else 1))
        if unit not in {"month", "year"}:
            return None
        months = day.year * 12 + day.month - 1 + count * (12 if unit == "year" else 1)
        year, month = divmod(months, 12)
        return dt.date(year, month + 1, min(day.day, calendar.monthrange(year, month + 1)[1]))
    except (ValueError, OverflowError):
        return None
