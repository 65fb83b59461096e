"""Weekdays named with "last" in one article ("last Sunday", "last Tuesday") name days of
one week: a writer who says "last" of two weekdays means the week before the one written in,
so the days keep the order of the week. Each read alone as the nearest such weekday before
the article's date ("W:1:-2"), one told on a Wednesday falls the day before and the other
in the week before, out of order ("last Tuesday" after "last Sunday"); the article's
weekdays are then all read in the week before the article's ("W:1:-3")."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re

from crossbrief.analyze.timex.resolve import resolve_relative
from crossbrief.model import TimeExpr

_LAST_WEEKDAY = re.compile(r"W:(\d):-2")


def one_last_week(times: list[TimeExpr], anchor: str | None) -> list[TimeExpr]:
    """The times with the article's "last <weekday>" forms moved into the week before the
    anchor's when, read alone, they fall in two weeks; unchanged otherwise (one such
    weekday, or all in one week, or no anchor)."""
    last = [n for n, t in enumerate(times) if t.relative and _LAST_WEEKDAY.fullmatch(t.relative)]
    if anchor is None or len({times[n].relative for n in last}) < 2:
        return times
    weeks = set()
    for n in last:
        value = times[n].value
        if value is None or not re.fullmatch(r"\d{4}-\d\d-\d\d", value):
            return times
        weeks.add(dt.date.fromisoformat(value).isocalendar()[:2])
    if len(weeks) < 2:
        return times
    out = list(times)
    for n in last:
        relative = f"{out[n].relative[:-2]}-3"  # type: ignore[index]
        out[n] = dataclasses.replace(
            out[n], relative=relative, value=resolve_relative(relative, anchor)
        )
    return out
