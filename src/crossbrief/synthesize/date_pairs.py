"""Clues to an undated article's date that name a year only together: a weekday with its
year-less date ("on Tuesday (6 January)"), a count of years back with its weekday ("10 years
ago Monday") and a full date the count starts from.

Both search years for the one that fits, so both are held to the story: the day found is
never after the story's latest dated article (or, with none, after today), and never placed
by the very expression it checks ("6 January" put near the story date bounds nothing about
the year of "Tuesday (6 January)").
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass

from crossbrief.analyze.timex import WEEKDAYS
from crossbrief.analyze.timex.resolve import FUTURE_GRACE_DAYS, PAST_GRACE_DAYS
from crossbrief.analyze.timex.words import number
from crossbrief.model import AnalyzedArticle, TimeExpr

# Words of a sentence's opening a clue quotes so that a reader finds the sentence: the brief
# numbers no sentences, it shows them.
OPENING_WORDS = 6
# A bare year or a full date: a year a story tells.
_YEAR = re.compile(r"^\d{4}(?:-\d\d-\d\d)?$")


@dataclass(frozen=True)
class Clue:
    """A day an article's text gives its date: ``kind`` is "exact" (the article's own day),
    "past" (on or before it), "after" (before it, but not close) or "future" (on or after
    it); ``source`` the expression it came from, when it came from one of the article's."""

    day: str
    kind: str
    why: str
    source: TimeExpr | None = None


def phrase(a: AnalyzedArticle, t: TimeExpr, text: str | None = None) -> str:
    """A clue's words and the opening words of the sentence they are in: "Tuesday" in "Rockets
    hit the town of Leeds on…"."""
    words = a.sentence_text(a.sentence_index(t.start)).split()
    opening = " ".join(words[:OPENING_WORDS]) + ("\u2026" if len(words) > OPENING_WORDS else "")
    return f'"{text or t.text}" in "{opening}"'


@dataclass(frozen=True)
class Pair:
    weekday: int
    month: int
    day: int
    tense: int
    phrase: str
    starts: frozenset[int]  # where the weekday and the date begin in the text


# Between a weekday and the date it names: "Tuesday (6 January)", "Tuesday, Jan. 6".
_PAIR_GAP = re.compile(r"[\s,(]*(?:the\s+)?")


def weekday_pairs(a: AnalyzedArticle) -> list[Pair]:
    """Weekdays named with a year-less date ("on Tuesday (6 January)"): together they hold
    in a few years only, so they check the year of an article's date."""
    pairs: list[Pair] = []
    text = a.article.text
    for n, t in enumerate(a.times):
        form = (t.relative or "").split("@")[0].split(":")
        if form[0] != "MD" or len(form) < 3:
            continue
        first = t.text.split()[0].strip(",").lower()
        prev = a.times[n - 1] if n else None
        if first in WEEKDAYS:
            weekday, said, starts = WEEKDAYS.index(first), phrase(a, t), {t.start}
        elif (
            prev is not None
            and (prev.relative or "").startswith("W:")
            and _PAIR_GAP.fullmatch(text[prev.end : t.start])
        ):
            weekday = int((prev.relative or "").split(":")[1])
            words = text[prev.start : t.end]
            said = phrase(a, prev, words + ")" * (words.count("(") - words.count(")")))
            starts = {prev.start, t.start}
        else:
            continue
        pairs.append(Pair(weekday, int(form[1]), int(form[2]), t.tense, said, frozenset(starts)))
    return pairs


# A weekday falls on a given month-day again after 5, 6 or 11 years: within this many years
# of a lower bound a pair names one year at most.
PAIR_YEARS = 4


def pair_clues(
    pairs: list[Pair], clues: list[Clue], latest: dt.date, near: dt.date | None
) -> list[Clue]:
    """Days a weekday told in the past with its date gives an article with no other date: a
    day after the article's lower bound (a day it tells in the past other than the pair's
    own), within ``PAIR_YEARS`` of it and not after ``latest``; of several, the one nearest
    ``near`` (the story date). "Tuesday (6 January)" after "Nov. 4, 2008" is 2009-01-06."""
    if any(c.kind in {"exact", "past"} for c in clues):
        return []
    out: list[Clue] = []
    for p in pairs:
        if p.tense > 0:
            continue
        own = [c for c in clues if c.kind == "after" and not _from(c, p.starts)]
        lower = max((c.day for c in own), default=None)
        if lower is None:
            continue
        bound = dt.date.fromisoformat(lower)
        found = [
            day
            for year in range(bound.year, bound.year + PAIR_YEARS + 1)
            if (day := _day(year, p.month, p.day)) is not None
            and bound <= day <= latest
            and (day - bound).days <= 366 * PAIR_YEARS
            and day.weekday() == p.weekday
        ]
        if found:
            day = min(found, key=lambda d: (abs((d - (near or bound)).days), d))
            name = WEEKDAYS[p.weekday].title()
            why = f"{p.phrase}, a {name} in {day.year} after {lower}"
            out.append(Clue(day.isoformat(), "past", why))
    return out


def _from(c: Clue, starts: frozenset[int]) -> bool:
    return c.source is not None and c.source.start in starts


# "10 years ago Monday": a count of years back with the weekday it fell on this time.
_YEARS_AGO_ON = re.compile(rf"\b([\w-]+)\s+years?\s+ago\s+(?:on\s+)?({'|'.join(WEEKDAYS)})\b", re.I)


def anniversary_clues(a: AnalyzedArticle, clues: list[Clue], latest: dt.date) -> list[Clue]:
    """Days a count of years back told with its weekday gives an article with no other
    date: that many years after the full date it tells in the past in the same sentence, or
    else the nearest one, when that day falls on that weekday and is not after ``latest``
    ("10 years ago Monday" with "March 13, 1985": Monday 1995-03-13). Only one date is
    tried: each further one would match the weekday by chance one time in seven."""
    bounds = [c for c in clues if c.kind == "after" and c.source and not c.source.relative]
    if not bounds or any(c.kind in {"exact", "past"} for c in clues):
        return []
    out: list[Clue] = []
    for t in a.times:
        m = _YEARS_AGO_ON.search(t.text)
        n = number(m.group(1).lower()) if m else None
        if m is None or not n:
            continue
        weekday = WEEKDAYS.index(m.group(2).lower())
        sentence = a.sentence_index(t.start)

        def distance(c: Clue, t: TimeExpr = t, sentence: int = sentence) -> tuple[bool, int]:
            start = c.source.start if c.source else 0
            return a.sentence_index(start) != sentence, abs(start - t.start)

        bound = min(bounds, key=distance)
        then = dt.date.fromisoformat(bound.day)
        day = _day(then.year + n, then.month, then.day)
        if day is not None and day <= latest and day.weekday() == weekday:
            why = f"{phrase(a, t)}: {bound.day} {n} years on, a {m.group(2).title()}"
            out.append(Clue(day.isoformat(), "past", why))
    return out


def _day(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def fits(pair: Pair, date: str) -> bool:
    """Whether a weekday and its year-less date agree with an article's date: the nearest
    such date on the side the tense gives (a little after the article for a past one, as
    month-days are resolved) falls on that weekday."""
    base = dt.date.fromisoformat(date)
    days = [_day(base.year + k, pair.month, pair.day) for k in (-1, 0, 1)]
    if pair.tense > 0:
        near = [d for d in days if d and d >= base - dt.timedelta(days=FUTURE_GRACE_DAYS)]
        chosen = min(near, default=None)
    else:
        near = [d for d in days if d and d <= base + dt.timedelta(days=PAST_GRACE_DAYS)]
        chosen = max(near, default=None)
    return chosen is None or chosen.weekday() == pair.weekday


def year_bounds(articles: Sequence[AnalyzedArticle]) -> tuple[int | None, int | None]:
    """The latest year a story's articles tell in the past and the earliest they tell in
    the future (a bare year or a full date, "ran in 2031", "will run in 2035"): an article
    of the story is written between them."""
    past: list[int] = []
    future: list[int] = []
    for a in articles:
        for t in a.times:
            if t.relative or t.type != "DATE" or not (t.value and _YEAR.match(t.value)):
                continue
            year = int(t.value[:4])
            if t.tense < 0:
                past.append(year)
            elif t.tense > 0:
                future.append(year)
    return max(past, default=None), min(future, default=None)


def pair_year(pair: Pair, bounds: tuple[int | None, int | None]) -> int | None:
    """The one year between a story's bounds (``year_bounds``, both needed) in which a
    weekday falls on the date named with it ("Monday, Nov. 21" between 2031 and 2035:
    2033); None when none or several do."""
    low, high = bounds
    if low is None or high is None or high - low > 2 * PAIR_YEARS:
        return None
    found = [
        year
        for year in range(low, high + 1)
        if (day := _day(year, pair.month, pair.day)) is not None and day.weekday() == pair.weekday
    ]
    return found[0] if len(found) == 1 else None
