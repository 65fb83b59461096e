"""The timeline: sentences placed at the absolute dates their time expressions resolve to,
with the same event from several outlets merged into one entry."""

from __future__ import annotations

import datetime as dt
import re

from crossbrief.analyze.times import resolve_relative
from crossbrief.model import SentenceRef, TimelineEntry
from crossbrief.synthesize.dates import ArticleDate
from crossbrief.synthesize.story import Story

MERGE_THRESHOLD = 0.35
_PRECISION = (
    (re.compile(r"^\d{4}-\d{2}-\d{2}T"), "time"),
    (re.compile(r"^\d{4}-\d{2}-\d{2}$"), "day"),
    (re.compile(r"^\d{4}-W\d{2}"), "week"),
    (re.compile(r"^\d{4}-\d{2}$"), "month"),
    (re.compile(r"^\d{4}$"), "year"),
)


def precision(value: str) -> str | None:
    """time, day, week, month or year for a TIMEX3 date value; None for others (quarters,
    seasons, PRESENT_REF...: the brief's schema has no place for them yet)."""
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


def build_timeline(story: Story, dates: dict[str, ArticleDate]) -> list[TimelineEntry]:
    """Dated entries in date order; an event several outlets report is one entry."""
    index = {(s.article, s.index): n for n, s in enumerate(story.sentences)}
    raw: list[tuple[str, str, int, str, str, str | None]] = []
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
            raw.append(
                (
                    value,
                    aid,
                    sentence,
                    t.text,
                    precision(value) or "day",
                    anchor if t.relative else None,
                )
            )
    # Same-day events first by day, then the wider periods starting that day after them.
    raw.sort(key=lambda r: (start_of(r[0]), len(r[0]) != 10, r[0], r[1], r[2]))
    entries: list[TimelineEntry] = []
    merged_into: list[list[SentenceRef]] = []
    sim = story.similarity
    for value, aid, sentence, expression, prec, anchor in raw:
        here = index[(aid, sentence)]
        for n, e in enumerate(entries):
            if e.date != value or e.article == aid:
                continue
            if sim[index[(e.article, e.sentence)], here] >= MERGE_THRESHOLD:
                merged_into[n].append(SentenceRef(aid, sentence))
                break
        else:
            entries.append(
                TimelineEntry(
                    date=value,
                    precision=prec,
                    text=story.sentences[here].text,
                    article=aid,
                    sentence=sentence,
                    expression=expression,
                    anchor=anchor,
                )
            )
            merged_into.append([])
    return [
        TimelineEntry(**{**e.__dict__, "also_in": tuple(extra)})
        for e, extra in zip(entries, merged_into, strict=True)
    ]
