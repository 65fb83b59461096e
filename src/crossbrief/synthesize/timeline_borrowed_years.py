"""Years a timeline entry's year-less day takes from the story: the year before when the
story's outlets write that month-day only with it and one writes it to mark a past year's
episode (``borrowed_year``), and the one year a day named with its weekday fits between the
years the story tells in the past and in the future (``paired_year``)."""

from __future__ import annotations

import re

from crossbrief.analyze.times import resolve_relative
from crossbrief.model import TimeExpr
from crossbrief.synthesize.date_pairs import Pair, pair_year
from crossbrief.synthesize.dates import ArticleDate
from crossbrief.synthesize.story import Story

DAY = re.compile(r"\d{4}-\d\d-\d\d")


def written_years(
    story: Story, dates: dict[str, ArticleDate]
) -> dict[tuple[str, str], tuple[set[str], set[str]]]:
    """For each month-day the story's articles write with a year ("Feb. 8, 2017"): every
    year written, and the years an article writes to mark a past year's episode, not the
    year of the last such day before its own date (an outlet dated 2017-02-09 writing
    "Feb. 8, 2017" tells its own news, one dated 2018-04-19 tells last year's)."""
    years: dict[tuple[str, str], tuple[set[str], set[str]]] = {}
    for a in story.articles:
        own = dates[a.article.id].date
        for t in a.times:
            if t.relative is None and t.value and DAY.fullmatch(t.value):
                month, day = t.value[5:7], t.value[8:10]
                written, episodes = years.setdefault((month, day), (set(), set()))
                written.add(t.value[:4])
                # Read as a past day, as the borrowing article's is: another year marks an
                # earlier episode, the same year the outlet's own news.
                bare = resolve_relative(f"MD:{int(month)}:{int(day)}:-1", own) if own else None
                if bare and bare[:4] != t.value[:4]:
                    episodes.add(t.value[:4])
    return years


def borrowed_year(
    value: str, t: TimeExpr, years: dict[tuple[str, str], tuple[set[str], set[str]]]
) -> str:
    """A year-less month-day its article's date put in one year, in the year before when
    the story's outlets write that month-day with that year only and one writes it to mark
    a past year's episode: they tell last year's episode the article narrates without its
    year."""
    if not (t.relative and t.relative.startswith("MD:") and DAY.fullmatch(value)):
        return value
    earlier = f"{int(value[:4]) - 1:04d}"
    written, episodes = years.get((value[5:7], value[8:10]), (set(), set()))
    return earlier + value[4:] if written == {earlier} and earlier in episodes else value


def paired_year(
    value: str | None, t: TimeExpr, pairs: list[Pair], bounds: tuple[int | None, int | None]
) -> str | None:
    """A year-less day named with its weekday ("Monday, Nov. 21") in the one year between
    the years the story tells in the past and in the future that it fits (``pair_year``)."""
    if not (value and value.startswith("XXXX-")) or not re.fullmatch(r"XXXX-\d\d-\d\d", value):
        return value
    pair = next((p for p in pairs if t.start in p.starts), None)
    year = pair_year(pair, bounds) if pair else None
    return f"{year:04d}{value[4:]}" if year else value
