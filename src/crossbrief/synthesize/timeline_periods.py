"""One row per period of a timeline: a sentence that names a year and a month of it ("in
2031, in March 2031") is listed once, at the finer date; a range of years over before the
story's own year ("the 2010-19 war"), background every outlet repeats, is one entry citing
them all, not one per mention (a reader learns the dates of a past war once; its later
mentions tell nothing new of the story)."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Protocol, TypeVar

from crossbrief.synthesize.timeline_nested import Dated


class _Dated(Dated, Protocol):
    """A timeline report with its sentence: ``finest`` compares reports of one sentence."""

    @property
    def sentence(self) -> int: ...
    @property
    def text(self) -> str: ...


E = TypeVar("E", bound=_Dated)

# A range of years: "2010-19", "2010-2019", "2010 - 2019", with an en dash too.
_RANGE = re.compile(r"\b((?:1[0-9]|20)\d\d)\s?[-\u2013]\s?(\d{4}|\d\d)\b")


def finest(events: list[E]) -> list[E]:
    """``events`` without one whose sentence also gives a finer date inside its own (the
    year 2031 beside March 2031): the finer one says all the coarser one does. Only where
    both write the year out, or the year is written right after the finer date ("February
    in 2031", ``_year_after``): a date placed from the article's ("on Monday") says nothing
    of a period told beside it ("later this year"), often another event's."""
    finer = {
        (e.article, e.sentence, e.date[:n])
        for e in events
        if e.date[:4].isdigit() and e.date[:4] in e.expression
        for n in range(4, len(e.date))
        if e.date[n] == "-"
    }
    finer |= _year_after(events)
    return [
        e
        for e in events
        if (e.article, e.sentence, e.date) not in finer or e.date[:4] not in e.expression
    ]


# What joins a day or month to the year written right after it ("February in 1974",
# "Midsummer's Day of 2031"): the year is the one the day was given.
_JOINED_YEAR = r"\s*(?:,|\bin\b|\bof\b)?\s*"


def _year_after(events: list[E]) -> set[tuple[str, int, str]]:
    """(article, sentence, year) of each day or month whose expression does not write its
    year but is followed in its sentence by that year's own expression ("February in
    1974"): the year is one date with it, not an event of its own."""
    years = {(e.article, e.sentence, e.date): e for e in events if len(e.date) == 4}
    out: set[tuple[str, int, str]] = set()
    for e in events:
        year = years.get((e.article, e.sentence, e.date[:4]))
        if year is None or len(e.date) == 4 or e.date[:4] in e.expression:
            continue
        if re.search(re.escape(e.expression) + _JOINED_YEAR + re.escape(year.expression), e.text):
            out.add((e.article, e.sentence, e.date[:4]))
    return out


def range_end(expression: str) -> tuple[int, int] | None:
    """The first and last year of a range of years written in ``expression``, or None."""
    m = _RANGE.search(expression)
    if m is None:
        return None
    first, last = int(m.group(1)), m.group(2)
    end = int(last) if len(last) == 4 else int(m.group(1)[:2] + last)
    if end <= first and len(last) == 2:
        end += 100  # "1995-05" runs into the next century
    return (first, end) if end > first else None


def background_ranges(
    groups: list[list[E]], own_years: set[int], alike: Callable[[list[E], list[E]], bool]
) -> list[list[E]]:
    """``groups`` (timeline entries, first event first) with every entry of one range of
    years over before the story's own years (``own_years``) joined into the first entry of
    that range it is ``alike`` with (tells the same event) or names the same period with
    (``_period_noun``): a past period told again is no new entry. Two events of one range
    ("led the council in 2019-24", "the population fell in 2019-24") stay two. A range
    still running in the story's years stays as told, each its own event ("the 2031-32 season" of a story told in 2031)."""
    if not own_years:
        return groups
    firsts: dict[tuple[int, int], list[list[E]]] = {}
    out: list[list[E]] = []
    for group in groups:
        span = range_end(group[0].expression)
        if span is None or span[1] >= min(own_years) - 1:
            out.append(group)
            continue
        noun = _period_noun(group[0])
        kept = next(
            (
                k
                for k in firsts.get(span, [])
                if (noun and noun == _period_noun(k[0])) or alike(k, group)
            ),
            None,
        )
        if kept is None:
            firsts.setdefault(span, []).append(group)
            out.append(group)
            continue
        cited = {(e.article, e.sentence) for e in kept}
        kept.extend(e for e in group if (e.article, e.sentence) not in cited)
    return out


# The noun a range of years qualifies: "the 2010-19 war", "the 1990-2001 drought".
_NOUN_AFTER = re.compile(r"[ \t]+([a-z]+)")


def _period_noun(event: _Dated) -> str | None:
    """The noun right after an event's range of years in its sentence ("war" of "the
    2010-19 war"): one period named so by two outlets is one, however unlike the rest of
    their sentences are; a range told alone ("in 2010-19") names none."""
    at = event.text.find(event.expression)
    m = _NOUN_AFTER.match(event.text, at + len(event.expression)) if at >= 0 else None
    return m.group(1) if m and m.group(1) not in _NO_NOUNS else None


# Words after a range that are no noun of the period.
_NO_NOUNS = frozenset({"and", "or", "as", "before", "after", "when", "while", "to", "but"})
