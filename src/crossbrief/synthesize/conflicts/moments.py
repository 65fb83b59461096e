"""The moments of a story's figures: the day each article was written, given or inferred, and
what two figures' days say about one quantity.

A count that rises from an earlier-dated article to a later one is a running count updated
("12 dead" on Monday, "15 dead" on Tuesday), not a disagreement; figures dated to different
moments ("by Friday evening" / "by midday Saturday"), or of articles of different days when
a figure is dated at all, may differ because the story moved on. An article without a given
date has the day synthesis inferred for it from its own text (``synthesize.dates``): a
dateline in the text dates its figures as well as a publication date would.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING

from crossbrief.synthesize.story import Story

if TYPE_CHECKING:  # figures.py imports this module
    from crossbrief.synthesize.conflicts.figures import FigureValue


class Moments:
    """The day of each article of a story: its given date, else the inferred one."""

    def __init__(self, story: Story, dates: Mapping[str, str | None] | None = None) -> None:
        given = {aid: a.article.published for aid, a in story.by_id.items()}
        self.day = {aid: given[aid] or (dates or {}).get(aid) for aid in given}

    def moved_on(self, x: FigureValue, y: FigureValue) -> bool:
        """Whether two figures speak of different moments, so the quantity may have changed."""
        if x.when and y.when:
            return not x.when & y.when
        px, py = self.day[x.article], self.day[y.article]
        return bool(px and py and px != py and (x.when or y.when))

    def rises(self, x: FigureValue, y: FigureValue) -> bool:
        """Whether two counts come from articles dated to different days with the later one
        higher: a running count updated, not a disagreement."""
        if x.dimension != "count":
            return False
        px, py = self.day[x.article], self.day[y.article]
        if not (px and py) or px[:10] == py[:10]:
            return False
        early, late = (x, y) if px < py else (y, x)
        return late.measure.low > early.measure.high

    def order(self, v: FigureValue, by_date: bool) -> tuple[str, str, int]:
        """A figure's place in its set: by day first where the set is an update."""
        day = self.day[v.article] or "" if by_date else ""
        return (day, v.article, v.start)
