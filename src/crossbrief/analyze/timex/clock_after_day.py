"""A clock time written right after a whole day ("on Sunday, 14 March, 1430 GMT", "on 3 May
at 0900") is that day's time. With the article's date known the day last named already
gives it its day; in an undated article that day has no value yet, only its relative form,
and the clock time fell back to the article's own day: it takes the day's form instead."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence

from crossbrief.analyze.timex.same_day import text_between
from crossbrief.model import TimeExpr

# Between the day and its clock time: a comma, "at" or both (", at").
_BETWEEN = re.compile(r"\s*,?\s*(?:at\s+)?", re.I)
# The fallback of a clock time alone to the article's own day, its time kept ("D:0@T14:30").
_OWN_DAY_CLOCK = re.compile(r"D:0(@T\d\d:\d\d)")
# Relative forms of one day whose reading a time suffix keeps: a weekday, a month-day.
_DAY_FORM = re.compile(r"(?:W|MD):[-\w:]+")


def clocks_after_days(times: list[TimeExpr], texts: Sequence[tuple[int, str]]) -> list[TimeExpr]:
    """The times with each clock time that follows a day of no value (see the module's
    doc) given that day's relative form with its time ("MD:3:14@T14:30")."""
    out = list(times)
    for n in range(1, len(out)):
        day, clock = out[n - 1], out[n]
        own = _OWN_DAY_CLOCK.fullmatch(clock.relative or "")
        if own is None or clock.value is not None or day.value is not None:
            continue
        if not _DAY_FORM.fullmatch(day.relative or ""):
            continue
        gap = text_between(day, clock, texts)
        if gap is None or not _BETWEEN.fullmatch(gap):
            continue
        out[n] = dataclasses.replace(
            clock, relative=f"{day.relative}{own.group(1)}", anchor=day.anchor
        )
    return out
