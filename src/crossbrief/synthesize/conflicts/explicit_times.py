"""Which times date an event for a date conflict: explicit ones only, a weekday, a year, a
month of a year, a full date, a month and day of no known year ("April 9" in an undated
article: "XXXX-04-09"), and "last year" in an article whose date gives its year (see
``crossbrief.synthesize.conflicts.when``)."""

from __future__ import annotations

import re

from crossbrief.analyze.timex.patterns import MONTH_RE
from crossbrief.analyze.timex.words import WEEKDAYS
from crossbrief.model import TimeExpr
from crossbrief.synthesize.text import fold

_WEEKDAY = re.compile(r"^(?:on\s+)?(?:last\s+)?(" + "|".join(WEEKDAYS) + r")$")
_YEAR = re.compile(r"^(?:in\s+)?(\d{4})$")
# "last year", a year once the article's date resolves it ("Y:-1" -> "2030")
LAST_YEAR = re.compile(r"^(?:in\s+)?(?:last|the\s+previous)\s+year$")
# a month's name or its abbreviation as a whole word ("mar" is no "marines")
_MONTH = re.compile(rf"\b(?:{MONTH_RE})\b")
_ISO = re.compile(r"^\d{4}(?:-\d{2}(?:-\d{2})?)?$")
# a month and day the analysis could not give a year ("April 9" in an undated article): its
# anchor-free form ("MD:4:9", "MD:4:9:-1:P"); a holiday ("MD:12:25:-1:H") names no month
_MONTH_DAY = re.compile(r"^MD:(\d{1,2}):(\d{1,2})(?::-?1)?(?::P)?$")
YEARLESS = "XXXX"  # the year of such a day: "XXXX-04-09", as the timeline writes it


def explicit_time(t: TimeExpr) -> tuple[str, str | None, int | None] | None:
    """(precision, resolved value, weekday) of an explicit time; None for any other."""
    if t.type != "DATE" or t.tense > 0:
        return None
    text = fold(t.text).strip()
    value = t.value if t.value and _ISO.match(t.value) else None
    if m := _WEEKDAY.match(text):
        weekday = WEEKDAYS.index(m.group(1))
        return "weekday", value if value and len(value) == 10 else None, weekday
    if (m := _YEAR.match(text)) and value == m.group(1):
        return "year", value, None
    if LAST_YEAR.match(text) and value and len(value) == 4:
        return "year", value, None
    if value and _MONTH.search(text) and re.search(r"\d{4}", text):
        return ("day" if len(value) == 10 else "month"), value, None
    if value and len(value) == 10 and _MONTH.search(text) and re.search(r"\d", text):
        return "day", value, None  # "Jan. 7" resolved against the article's date
    if (m := _MONTH_DAY.match(t.relative or "")) and value is None and _MONTH.search(text):
        # "April 9" in an undated article: a day of a year not given, which another report's
        # day of the same event still contradicts ("April 8, 2012")
        return "day", f"{YEARLESS}-{int(m.group(1)):02d}-{int(m.group(2)):02d}", None
    return None
