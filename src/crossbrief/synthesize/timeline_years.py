"""The year of a year-less day ("XXXX-11-14") of a timeline: the one other articles of the
story give that month-day; else the one its own article last gave that month ("In November
1973 ... on Nov. 17" is 1973's), else the one year the story gives that month ("Dec. 6" in a
story that tells "December 13 2008"), as written: a year read from an article's date gives
none. A day whose month the story gives in several years,
or in none, stays year-less: it is listed after the dated rows, as the story's own days
(a reader takes an undated "Sept. 20" for the days the story tells, not an earlier year's).
A year far from the story's own (its articles' dates, or in an undated story the latest year
it writes) is a historical aside's: a day takes it only when its own sentence or the one
before ties the month to it ("In November 1973 ... Nov. 17"), never across the article
("since the mayor resigned on Aug. 9, 1970" does not date a testimony "on Aug. 17").
A month written with a year but no day ("a boat was seized in August 2031") is as often a
background episode's as the story's: it dates a day of its own article only a few sentences
on (one passage), and not when that article told a bare day of that month before it (its
days were the story's own before the aside came); from further back or another article it
dates none unless the story also writes a day of that month with that year ("Aug. 2, 2031").
"""

from __future__ import annotations

from dataclasses import replace
from typing import Protocol, TypeVar


class _Dated(Protocol):
    @property
    def date(self) -> str: ...
    @property
    def precision(self) -> str: ...
    @property
    def article(self) -> str: ...
    @property
    def sentence(self) -> int: ...
    @property
    def anchor(self) -> str | None: ...
    @property
    def tense(self) -> int: ...


E = TypeVar("E", bound=_Dated)

# How far back in its article a month written with a year ("in March 2031") still dates a
# bare day of that month: a news paragraph's few sentences, which tell one passage; further
# back it is as likely a background episode's month as the day's.
_PASSAGE = 3


def given_years(events: list[E], dated: set[int] | None = None) -> list[E]:
    """Year-less days ("XXXX-11-14") kept only where no article of the story gives that
    month-day a year: they take the year when the others give one (a dated outlet's "Nov.
    14" is 2040-11-14, so an undated one's is too) and are dropped when they give several
    (which year is not known). Without such a day, the month's year (see the module). A year
    more than one from every year the story's articles are dated in (``dated``) is a past
    episode's, not surely this day's: the day stays year-less ("by May 3, the 5th
    anniversary" is not the anniversary's first day)."""
    given: dict[str, set[str]] = {}
    own_years = dated or latest_year(events)
    for e in events:
        if e.precision == "day" and e.date[:4].isdigit():
            given.setdefault(e.date[4:], set()).add(e.date[:4])
    # the days and months written with a year, by month, gathered once for every
    # year-less day (``_month_year``), not once per day
    with_year: dict[str, list[E]] = {}
    for e in events:
        if e.date[:4].isdigit() and e.precision in {"day", "month"} and e.anchor is None:
            with_year.setdefault(e.date[5:7], []).append(e)
    # the first sentence where each article tells a bare day of each month: a month written
    # with its year after it is an aside, not the year of that article's days
    bare: dict[tuple[str, str], int] = {}
    for e in events:
        if e.date.startswith("XXXX") and e.precision == "day":
            key = (e.article, e.date[5:7])
            bare[key] = min(bare.get(key, e.sentence), e.sentence)
    out: list[E] = []
    seen: set[tuple[str, int, str]] = set()
    for e in events:
        if e.date.startswith("XXXX"):
            years = given.get(e.date[4:], set())
            if len(years) > 1:
                continue
            first_bare = bare.get((e.article, e.date[5:7]), e.sentence)
            month = [
                m
                for m in with_year.get(e.date[5:7], [])
                if m.precision == "day" or m.article != e.article or m.sentence <= first_bare
            ]
            tied = _month_year(e, month, near=True)
            year = next(iter(years), None) or tied or _month_year(e, month)
            if year and (
                year == tied or not own_years or any(abs(int(year) - d) <= 1 for d in own_years)
            ):
                e = replace(e, date=year + e.date[4:])  # type: ignore[type-var]
        if (e.article, e.sentence, e.date) not in seen:
            seen.add((e.article, e.sentence, e.date))
            out.append(e)
    return out


def latest_year(events: list[E]) -> set[int]:
    """The latest year the story writes (not read from an article's date): an undated
    story's nearest guess at its own year, the years before it being its background. Not a
    year told in the future tense ("a furnace would open in 2033"): a plan is told before
    its year comes, so the story's own year is the latest one it tells in another tense."""
    years = [int(e.date[:4]) for e in events if e.date[:4].isdigit() and e.anchor is None]
    told = [
        int(e.date[:4])
        for e in events
        if e.date[:4].isdigit() and e.anchor is None and e.tense <= 0
    ]
    return {max(told or years)} if years else set()


def _month_year(day: _Dated, with_year: list[E], near: bool = False) -> str | None:
    """The year written with the month of a year-less day: the last one its own article
    wrote before it (or in its sentence), a month without a day only within the passage
    before it (``_PASSAGE`` sentences); else the only year the story writes that month, when
    it writes a day of the month with it (not one its own article writes only after it);
    with ``near``, only one written in its own
    sentence or the one before. ``with_year``: the story's days and months of that month
    written with a year, in story order (a day placed from an article's date, ``anchor``,
    was not written with its year: it gives none)."""
    first = day.sentence - (1 if near else _PASSAGE)
    own = [
        e
        for e in with_year
        if e.article == day.article
        and e.sentence <= day.sentence
        and (e.sentence >= first or (not near and e.precision == "day"))
    ]
    if own or near:
        return max(own, key=lambda e: e.sentence).date[:4] if own else None
    # not a day its own article writes only after it: writers give a day's year where they
    # first tell it, so a bare day told before belongs to the article's own time
    before = [e for e in with_year if e.article != day.article or e.sentence < day.sentence]
    years = {e.date[:4] for e in before}
    if len(years) == 1 and any(e.precision == "day" for e in before):
        return years.pop()
    return None
