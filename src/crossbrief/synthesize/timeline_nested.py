"""One event, one entry. When outlets date it at different precisions, a report of a year or
a month ("sought protection from creditors in 2031") joins the entry of a finer date inside
it ("... in December 2031") that tells the same event, instead of standing as an entry of
its own a few rows above it. The finer date is kept (it says all the coarser one does), and
so is the finer report shown; the coarser reports are listed as the entry's other reports.
A "when" clause right after a date tells what happens on it ("pass the bill by May 3, when
the old law expires"): its words are the report's too, so another outlet's report of that
event ("the law expires on May 3") can join its entry."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Protocol, TypeVar


class Dated(Protocol):
    """A timeline report as these rules read it: its date (ISO, as precise as told), its
    article and the words that told the date; ``timeline_periods`` asks for more of it."""

    @property
    def date(self) -> str: ...
    @property
    def article(self) -> str: ...
    @property
    def expression(self) -> str: ...


E = TypeVar("E", bound=Dated)

# Dates a finer one can lie inside: a year ("2031") or a month ("2031-12"); a quarter, a
# season or a week is not a prefix of the days in it.
_COARSE_LENGTHS = (4, 7)

# A year or a month written with its year, as the coarser reports must give it ("2031",
# "December 2031", "Dec. 2031", "early 2031"): a period counted from the article's date
# ("this year", "last month") or a month alone frames what the article sums up, seldom one
# event, and a year naming a thing ("the 2031 season") is no date of an event.
_WRITTEN = re.compile(r"(?:(?:early|late|mid)[\s-]+)?(?:[A-Z][a-z]+\.?,?\s+)?\d{4}")

# A "when" clause opening right after a date and its comma, up to the next bound.
_WHEN_AFTER = re.compile(r"\s*,\s*when\s+([^;:()\u2014\"\u201c\u201d,]+)", re.I)


def when_clause(text: str, end: int, sentence_end: int) -> str:
    """The "when" clause right after a date that ends at ``end`` ("by May 3, when the old
    law expires" -> "the old law expires"), up to the next comma or other bound of its
    sentence; "" when none follows."""
    m = _WHEN_AFTER.match(text, end, sentence_end)
    return m.group(1) if m else ""


def _inside(inner: str, outer: str) -> bool:
    """Whether the date ``inner`` is a finer date within the year or month ``outer``."""
    return (
        len(outer) in _COARSE_LENGTHS
        and outer[:4].isdigit()
        and inner.startswith(outer + "-")
        and len(inner) > len(outer)
    )


def join_nested(
    groups: list[list[E]],
    likeness: Callable[[list[E], list[E]], float],
    threshold: float,
) -> list[list[E]]:
    """``groups`` (timeline entries, first report first) with each entry of a year or a month
    its reports write out (``_WRITTEN``) joined to the entry of a finer date within it that tells the same event: the one most
    alike with it (``likeness`` at least ``threshold``), none of whose outlets reports in
    it (an entry holds one report per outlet: one outlet's "in 2031" and "in December 2031"
    may be two events). With two finer entries equally alike, it stays as it is. Coarser
    entries are joined first, so a year may join a month that joins a day."""
    absorbed: set[int] = set()
    by_precision = sorted(range(len(groups)), key=lambda i: len(groups[i][0].date))
    for i in by_precision:
        outer = groups[i]
        if len(outer[0].date) not in _COARSE_LENGTHS or not all(
            _WRITTEN.fullmatch(e.expression.strip()) for e in outer
        ):
            continue
        articles = {e.article for e in outer}
        scored = [
            (likeness(outer, groups[j]), j)
            for j in range(len(groups))
            if j != i
            and j not in absorbed
            and _inside(groups[j][0].date, outer[0].date)
            and not articles & {e.article for e in groups[j]}
        ]
        scored = [(score, j) for score, j in scored if score >= threshold]
        if not scored:
            continue
        best = max(score for score, _ in scored)
        fits = [j for score, j in scored if score == best]
        if len(fits) == 1:
            groups[fits[0]].extend(outer)
            absorbed.add(i)
    return [g for i, g in enumerate(groups) if i not in absorbed]
