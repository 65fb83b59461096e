"""The year of a range of days written once, at one end: "May 2 - May 8, 2033" and
"May 2-8, 2033" are both in 2033, "Dec. 29 - Jan. 5, 2033" starts in 2032, and in
"Dec. 29, 2033 - Jan. 5" the end is in 2034. News style writes the year once for the
whole range, so the end without one takes it from the other, not the nearest year."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from collections.abc import Sequence

from crossbrief.model import TimeExpr

# Between the two ends of a range of days: a dash (spaced or not) or a word.
_GAP = re.compile(r"\s*(?:to|through|thru|until|till|-|\u2013|\u2014|--)\s*", re.I)
# A month-day with no year of its own, as ``normalise`` writes it (any tense).
_MONTH_DAY = re.compile(r"MD:(\d+):(\d+)(?::-?\d)?(?::P)?")
_DAY = re.compile(r"\d{4}-\d\d-\d\d")
# The bare day and year that end "May 2-8, 2033" (the tagger's "8, 2033").
_DAY_AND_YEAR = re.compile(r"(\d{1,2}),?\s+((?:1[0-9]|20)\d\d)")


def _day(year: int, month: int, day: int) -> str | None:
    try:
        return dt.date(year, month, day).isoformat()
    except ValueError:
        return None


def _dated(t: TimeExpr, value: str) -> TimeExpr:
    return dataclasses.replace(t, value=value, relative=None, anchor=None)


def day_range_years(times: list[TimeExpr], texts: Sequence[tuple[int, str]]) -> list[TimeExpr]:
    """Times with the ends of ranges of days dated by the year the other end gives.

    Two times joined only by a dash or "to"/"through"/"until" in one paragraph are a range
    when one is a month-day with no year and the other a day with one. ``texts`` are the
    paragraphs (offset, text) the times were found in.
    """
    out = list(times)
    for n in range(len(out) - 1):
        first, last = out[n], out[n + 1]
        at, text = max(((o, t) for o, t in texts if o <= first.start), default=(0, ""))
        if last.end > at + len(text) or not _GAP.fullmatch(text[first.end - at : last.start - at]):
            continue
        head = _MONTH_DAY.fullmatch(first.relative or "")
        tail = _MONTH_DAY.fullmatch(last.relative or "")
        if head and last.relative is None and _DAY.fullmatch(last.value or ""):
            # "May 2 - May 8, 2033": the start is in the end's year, or the one before when
            # it comes later in the calendar ("Dec. 29 - Jan. 5, 2033").
            end = dt.date.fromisoformat(last.value or "")
            month, day = int(head.group(1)), int(head.group(2))
            start = _day(end.year - ((month, day) > (end.month, end.day)), month, day)
            if start:
                out[n] = _dated(first, start)
        elif (
            head
            and (m := _DAY_AND_YEAR.fullmatch(last.text))
            and int(m.group(1)) > int(head.group(2))
        ):
            # "May 2-8, 2033": the end's day is in the start's month, both in its year.
            month, year = int(head.group(1)), int(m.group(2))
            start, end_day = (
                _day(year, month, int(head.group(2))),
                _day(year, month, int(m.group(1))),
            )
            if start and end_day:
                out[n], out[n + 1] = _dated(first, start), _dated(last, end_day)
        elif tail and first.relative is None and _DAY.fullmatch(first.value or ""):
            # "Dec. 29, 2033 - Jan. 5": the end is in the start's year, or the next.
            begin = dt.date.fromisoformat(first.value or "")
            month, day = int(tail.group(1)), int(tail.group(2))
            end_value = _day(begin.year + ((month, day) < (begin.month, begin.day)), month, day)
            if end_value:
                out[n + 1] = _dated(last, end_value)
    return out
