"""One row per period of a timeline: a sentence that names a year and a month of it ("in
2031, in March 2031") is listed once, at the finer date; a range of years over before the
story's own year ("the 2010-19 war"), background every outlet repeats, is one entry citing
them all, not one per mention (a reader learns the dates of a past war once; its later
mentions tell nothing new of the story)."""

from __future__ import annotations

import re
from typing import Protocol, TypeVar


class _Dated(Protocol):
    @property
    def date(self) -> str: ...
    @property
    def article(self) -> str: ...
    @property
    def sentence(self) -> int: ...
    @property
    def expression(self) -> str: ...


E = TypeVar("E", bound=_Dated)

# A range of years: "2010-19", "2010-2019", "2010 - 2019", with an en dash too.
_RANGE = re.compile(r"\b((?:1[0-9]|20)\d\d)\s?[-\u2013]\s?(\d{4}|\d\d)\b")


def finest(events: list[E]) -> list[E]:
    """``events`` without one whose sentence also gives a finer date inside its own (the
    year 2031 beside March 2031): the finer one says all the coarser one does."""
    finer = {
        (e.article, e.sentence, e.date[:n])
        for e in events
        if e.date[:4].isdigit()
        for n in range(4, len(e.date))
        if e.date[n] == "-"
    }
    return [e for e in events if (e.article, e.sentence, e.date) not in finer]


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


def background_ranges(groups: list[list[E]], own_years: set[int]) -> list[list[E]]:
    """``groups`` (timeline entries, first event first) with every entry of one range of
    years over before the story's own years (``own_years``) joined into its first: a past
    period told again is no new entry. A range still running in the story's years stays
    as told, each its own event ("the 2031-32 season" of a story told in 2031)."""
    if not own_years:
        return groups
    first_of: dict[tuple[int, int], list[E]] = {}
    out: list[list[E]] = []
    for group in groups:
        span = range_end(group[0].expression)
        if span is None or span[1] >= min(own_years) - 1:
            out.append(group)
            continue
        kept = first_of.get(span)
        if kept is None:
            first_of[span] = group
            out.append(group)
            continue
        cited = {(e.article, e.sentence) for e in kept}
        kept.extend(e for e in group if (e.article, e.sentence) not in cited)
    return out
