"""Dates of the story's articles: the given ones, and inferred ones for undated articles.

An undated article is placed near the story's dated articles (their median date is the
provisional anchor): the weekdays it names ("on Monday") are resolved to the nearest such
day, and counts of days anchored to a date it gives ("the twelfth day" of a war "launched on
Feb. 24") are added up. The latest day so found is the article's date. When nothing in the
text places it, the article stays undated: no guess without evidence.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from crossbrief.analyze.times import resolve_relative
from crossbrief.model import AnalyzedArticle
from crossbrief.synthesize.story import Story

_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")


@dataclass(frozen=True)
class ArticleDate:
    date: str | None
    inferred: bool
    evidence: str | None


def _median(dates: list[str]) -> str | None:
    if not dates:
        return None
    ordered = sorted(dates)
    return ordered[(len(ordered) - 1) // 2]


def infer_dates(story: Story) -> dict[str, ArticleDate]:
    """The date of every article of the story, with whether and from what it was inferred."""
    known = {a.article.id: a.article.published for a in story.articles if a.article.published}
    anchor = _median(list(known.values()))
    out: dict[str, ArticleDate] = {}
    for a in story.articles:
        aid = a.article.id
        if aid in known:
            out[aid] = ArticleDate(known[aid], False, None)
            continue
        out[aid] = _infer(a, anchor)
    return out


def _infer(a: AnalyzedArticle, anchor: str | None) -> ArticleDate:
    candidates: list[tuple[str, str]] = []
    starts: list[str] = []
    for t in a.times:
        value = t.value
        if value is None and t.relative and t.relative.startswith("MD:") and anchor:
            value = resolve_relative(t.relative, anchor)
        if value and _DAY.match(value):
            starts.append(value)
    for t in a.times:
        if t.relative and t.relative.startswith("W:") and anchor:
            weekday = t.relative.split(":")[1]
            value = resolve_relative(f"W:{weekday}:0", anchor)
            if value:
                candidates.append((value, f'"{t.text}" nearest the story date {anchor}'))
        elif t.type == "DURATION" and t.value and re.fullmatch(r"P\d+D", t.value) and starts:
            # "the twelfth day" counts from the earliest date the article gives (day 1).
            n = int(t.value[1:-1])
            if "day" in t.text.lower() and re.search(r"\b(\w+th|first|second|third)\b", t.text):
                first = dt.date.fromisoformat(min(starts))
                value = (first + dt.timedelta(days=n - 1)).isoformat()
                candidates.append((value, f'"{t.text}" counted from {min(starts)}'))
    if not candidates:
        return ArticleDate(None, False, None)
    date = max(candidates)[0]
    support = [e for d, e in candidates if d == date]
    return ArticleDate(date, True, "; ".join(sorted(set(support))))
