"""The days an undated article may have been written on, from other outlets' dated reports
of the same events, and its relative times that every one of those days reads alike.

An article no clue dates to one day may still be placed within a few: "Brenn tried earlier
this week to persuade ..." reports the visit another outlet dates to a Tuesday, so it was
written from that Tuesday to the end of that week. Its "next month" or "last October" is the
same from any of those days, so it keeps its value; its "Friday" may not be, and is left a
weekday of no known week (``timeline_values.weekday``). Nothing is guessed: a value stands
only where the window cannot change it.

Windows come from clauses close to one of a dated report (TF-IDF cosine at least
``SAME_EVENT``, as in ``synthesize.dates``):

- a weekday told in the past whose weekday is the dated day's: from that day to six days
  after it (a weekday alone names a day of the past week); one told in the future: from six
  days before it to that day;
- "this week" told in the past: from that day to the end of its week; "this week" with no
  tense: that week; "last week": the week after it;
- a count of days ("yesterday", "today"): that day, shifted.

An article ``dates`` dates from a day it tells in the past (not one it writes out in full)
has a window too: that day to six days after it.

Windows from several clauses are intersected; a window of more than ``MAX_DAYS`` days, or
none, places nothing. Dated reports are the dated articles' times, the full dates any
article writes with a year, and the times of an article dated by a date it writes in full
(its dateline, ``written_out``).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Mapping

import numpy as np

from crossbrief.analyze.times import resolve_relative
from crossbrief.model import AnalyzedArticle, TimeExpr
from crossbrief.synthesize.story import Story

# Days a window may span and still place a relative time: a week.
MAX_DAYS = 7
_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}")

Window = tuple[str, str]
# A time's event as a clause vector (``dates.clause_vector`` of ``dates.event_clause``).
VectorOf = Callable[[AnalyzedArticle, TimeExpr], np.ndarray]


def _reports(
    story: Story,
    dated: Mapping[str, str | None],
    own: Mapping[str, bool],
    vector: VectorOf,
) -> list[tuple[np.ndarray, dt.date]]:
    """(clause vector, day) of every dated report of the story."""
    out: list[tuple[np.ndarray, dt.date]] = []
    for a in story.articles:
        date = dated.get(a.article.id)
        for t in a.times:
            if t.type not in {"DATE", "TIME"}:
                continue
            value = t.value if t.value and not t.relative else None
            if value is None and date and t.relative and (a.article.published or own[a.article.id]):
                value = t.value or resolve_relative(t.relative, date)
            if value and _DAY.match(value):
                out.append((vector(a, t), dt.date.fromisoformat(value[:10])))
    return out


def _window_of(t: TimeExpr, day: dt.date) -> tuple[dt.date, dt.date] | None:
    """The days an article was written on, given that ``t`` names the event of ``day``."""
    form = (t.relative or "").split("@")[0].split(":")
    try:
        nums = [int(x) for x in form[1:]]
    except ValueError:
        return None
    week_start = day - dt.timedelta(days=day.weekday())
    if form[0] == "W" and len(nums) >= 2 and nums[0] == day.weekday() and abs(nums[1]) == 1:
        if nums[1] < 0:
            return day, day + dt.timedelta(days=6)
        return day - dt.timedelta(days=6), day
    if form[0] == "D" and len(nums) == 1:
        own = day - dt.timedelta(days=nums[0])
        return own, own
    if form[0] == "WK" and len(nums) == 1 and nums[0] == 0:
        end = week_start + dt.timedelta(days=6)
        return (day, end) if t.tense < 0 else (week_start, end) if t.tense == 0 else None
    if form[0] == "WK" and len(nums) == 1 and nums[0] == -1:
        return week_start + dt.timedelta(days=7), week_start + dt.timedelta(days=13)
    return None


def windows(
    story: Story,
    dated: Mapping[str, str | None],
    own: Mapping[str, bool],
    vector: VectorOf,
    same_event: float,
) -> dict[str, Window]:
    """For each article ``dated`` gives no date, the first and last day it may have been
    written on (see the module docstring), when its clues give one of at most ``MAX_DAYS``
    days; ``own`` says which articles' dates are their own (given, or written out)."""
    reports = _reports(story, dated, own, vector)
    out: dict[str, Window] = {}
    if not reports:
        return out
    for a in story.articles:
        if dated.get(a.article.id):
            continue
        low, high = dt.date.min, dt.date.max
        found = False
        for t in a.times:
            if t.type not in {"DATE", "TIME"} or not t.relative:
                continue
            if t.relative.split(":")[0] not in {"W", "D", "WK"}:
                continue
            here = vector(a, t)
            # The most alike report; of equally alike ones, the later day.
            score, day = max((float(here @ v), d) for v, d in reports)
            if score < same_event:
                continue
            got = _window_of(t, day)
            if got is None:
                continue
            found = True
            low, high = max(low, got[0]), min(high, got[1])
        if found and low <= high and (high - low).days < MAX_DAYS:
            out[a.article.id] = (low.isoformat(), high.isoformat())
    return out


def resolve_in(relative: str, window: Window) -> str | None:
    """A relative form's value when every day of the window gives the same one, else None."""
    first = dt.date.fromisoformat(window[0])
    last = dt.date.fromisoformat(window[1])
    values = {
        resolve_relative(relative, (first + dt.timedelta(days=k)).isoformat())
        for k in range((last - first).days + 1)
    }
    return values.pop() if len(values) == 1 else None


def anchor_of(window: Window) -> str:
    """How a timeline entry names the days it was resolved against: one day, or an ISO 8601
    interval of days ("2040-06-12/2040-06-17")."""
    return window[0] if window[0] == window[1] else f"{window[0]}/{window[1]}"
