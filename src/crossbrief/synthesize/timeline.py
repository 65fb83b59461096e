"""The timeline: sentences placed at the absolute dates their time expressions resolve to
(relative ones re-resolved against an inferred date for undated articles), in date order,
with the same event from several outlets merged into one entry that cites them all."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

import numpy as np

from crossbrief.analyze.times import resolve_relative
from crossbrief.model import SentenceRef, TimelineEntry
from crossbrief.synthesize.dates import ArticleDate, clause_vector, event_clause
from crossbrief.synthesize.story import Story

# Clause similarity above which two reports of the same date are one event. Low because the
# date must already agree and the clauses are short (checked on the invented demo story only).
MERGE_THRESHOLD = 0.2
_PRECISION = (
    (re.compile(r"^\d{4}-\d{2}-\d{2}T"), "time"),
    (re.compile(r"^\d{4}-\d{2}-\d{2}$"), "day"),
    (re.compile(r"^\d{4}-W\d{2}"), "week"),
    (re.compile(r"^\d{4}-\d{2}$"), "month"),
    (re.compile(r"^\d{4}-Q[1-4]$"), "quarter"),
    (re.compile(r"^\d{4}-(?:SP|SU|FA|WI)$"), "season"),
    (re.compile(r"^\d{4}-H[12]$"), "half"),
    (re.compile(r"^\d{4}$"), "year"),
)


def precision(value: str) -> str | None:
    """time, day, week, month, quarter, season, half or year for a TIMEX3 date value; None
    for values that place nothing on a calendar (PRESENT_REF, decades, "XXXX-WXX-1")."""
    for rx, name in _PRECISION:
        if rx.match(value):
            return name
    return None


def start_of(value: str) -> str:
    """The first day a TIMEX3 date value covers, for ordering values of mixed precision
    ("2022-W09" starts 2022-02-28, "2022-Q1" on 2022-01-01)."""
    m = re.match(r"^(\d{4})-W(\d{2})", value)
    if m:
        return dt.date.fromisocalendar(int(m.group(1)), int(m.group(2)), 1).isoformat()
    m = re.match(r"^(\d{4})-(Q|H)(\d)", value)
    if m:
        month = (int(m.group(3)) - 1) * (3 if m.group(2) == "Q" else 6) + 1
        return f"{m.group(1)}-{month:02d}-01"
    m = re.match(r"^(\d{4})-(SP|SU|FA|WI)", value)
    if m:
        month = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}[m.group(2)]
        return f"{m.group(1)}-{month:02d}-01"
    m = re.match(r"^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?", value)
    if m:
        return f"{m.group(1)}-{m.group(2) or '01'}-{m.group(3) or '01'}"
    return value


@dataclass
class _Event:
    date: str
    article: str
    sentence: int
    expression: str
    precision: str
    anchor: str | None
    vector: np.ndarray


def _events(story: Story, dates: dict[str, ArticleDate]) -> list[_Event]:
    """Every dated (sentence, date) of the story, in timeline order."""
    out: list[_Event] = []
    for a in story.articles:
        aid = a.article.id
        anchor = dates[aid].date
        seen: set[tuple[int, str]] = set()
        for t in a.times:
            if t.type not in {"DATE", "TIME"}:
                continue
            value = t.value
            if t.relative and (value is None or a.article.published is None):
                value = resolve_relative(t.relative, anchor)
            if not value or precision(value) is None:
                continue
            value = value.split("T")[0] if precision(value) == "time" else value
            sentence = a.sentence_index(t.start)
            if (sentence, value) in seen:
                continue
            seen.add((sentence, value))
            vector = clause_vector(story, event_clause(a, t))
            out.append(
                _Event(
                    value,
                    aid,
                    sentence,
                    t.text,
                    precision(value) or "day",
                    anchor if t.relative else None,
                    vector,
                )
            )
    # Same-day events first by day, then the wider periods starting that day after them.
    out.sort(key=lambda e: (start_of(e.date), len(e.date) != 10, e.date, e.article, e.sentence))
    return out


def build_timeline(story: Story, dates: dict[str, ArticleDate]) -> list[TimelineEntry]:
    """Dated entries in date order; an event several outlets report is one entry.

    Two reports are one event when they give the same date and the clauses around their
    expressions are alike (TF-IDF cosine at least ``MERGE_THRESHOLD``) with any report
    already in the entry; an entry holds at most one report per article.
    """
    groups: list[list[_Event]] = []
    for event in _events(story, dates):
        for group in groups:
            if group[0].date != event.date or any(g.article == event.article for g in group):
                continue
            if max(float(g.vector @ event.vector) for g in group) >= MERGE_THRESHOLD:
                group.append(event)
                break
        else:
            groups.append([event])
    index = {(s.article, s.index): s.text for s in story.sentences}
    return [
        TimelineEntry(
            date=first.date,
            precision=first.precision,
            text=index[(first.article, first.sentence)],
            article=first.article,
            sentence=first.sentence,
            expression=first.expression,
            anchor=first.anchor,
            also_in=tuple(SentenceRef(g.article, g.sentence) for g in rest),
        )
        for first, *rest in groups
    ]
