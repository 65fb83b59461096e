"""A weekday set in apposition to a day names that day ("on Christmas Day (Thursday)", "on
Thursday (Dec. 25)", "on Thursday, which was Christmas Day"): news gives the weekday of a day
it names to help the reader place it, so it is not the nearest such weekday to the article's.
The tagger's comma-joined "Christmas Day, Thursday" is already one expression; these are the
forms it leaves as two."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from collections.abc import Sequence

from crossbrief.analyze.timex.words import WEEKDAYS
from crossbrief.model import TimeExpr

_WEEKDAY = re.compile(rf"(?:on\s+)?({'|'.join(WEEKDAYS)})", re.I)
_DAY = re.compile(r"\d{4}-\d\d-\d\d")
# Between a day and its weekday after it: an opening bracket ("Christmas Day (Thursday)").
_DAY_THEN_WEEKDAY = re.compile(r"\s*\(\s*")
# Between a weekday and the day after it: a bracket, or a relative clause that says which
# day it was ("Thursday, which was Christmas Day").
_WEEKDAY_THEN_DAY = re.compile(r"\s*(?:\(|,\s*(?:which|that)\s+(?:was|is|will\s+be))\s*", re.I)


def same_day_weekdays(times: list[TimeExpr], texts: Sequence[tuple[int, str]]) -> list[TimeExpr]:
    """The times with each weekday in apposition to a day (see the module's note) given
    that day's value and relative form, when the day is that weekday or its value is not
    known (an undated article: both stay one relative day). A weekday that is not the
    day's ("Christmas Day (Tuesday)" in a year it fell on a Thursday) keeps its own
    reading. ``texts`` are the paragraphs (offset, text) the times were found in."""
    out = list(times)
    for n in range(len(out) - 1):
        first, last = out[n], out[n + 1]
        gap = text_between(first, last, texts)
        if gap is None:
            continue
        if _weekday(first) is not None and _WEEKDAY_THEN_DAY.fullmatch(gap):
            weekday, day, at = first, last, n
        elif _weekday(last) is not None and _DAY_THEN_WEEKDAY.fullmatch(gap):
            weekday, day, at = last, first, n + 1
        else:
            continue
        if _weekday(day) is not None or not _is_day(day) or not _agrees(weekday, day):
            continue
        out[at] = dataclasses.replace(
            weekday, value=day.value, relative=day.relative, anchor=day.anchor
        )
    return out


def text_between(first: TimeExpr, last: TimeExpr, texts: Sequence[tuple[int, str]]) -> str | None:
    """The text between two times of one paragraph, or None across paragraphs."""
    at, text = max(((o, t) for o, t in texts if o <= first.start), default=(0, ""))
    if last.end > at + len(text) or last.start < first.end:
        return None
    return text[first.end - at : last.start - at]


def _weekday(time: TimeExpr) -> int | None:
    """The weekday (0 Monday) a bare weekday names ("Thursday", "on Thursday"), else None."""
    m = _WEEKDAY.fullmatch(time.text)
    return WEEKDAYS.index(m.group(1).lower()) if m else None


def _is_day(time: TimeExpr) -> bool:
    """Whether a time is one day: a calendar day, or a relative form of one (no value)."""
    if time.value is not None:
        return bool(_DAY.fullmatch(time.value))
    return time.relative is not None


def _agrees(weekday: TimeExpr, day: TimeExpr) -> bool:
    """Whether the day falls on the weekday; an unresolved day cannot disagree."""
    if day.value is None:
        return True
    return dt.date.fromisoformat(day.value).weekday() == _weekday(weekday)
