"""The moments of a story's figures: the day each article was written, given or inferred, and
what two figures' days say about one quantity.

A count that rises from an earlier-dated article to a later one is a running count updated
("12 dead" on Monday, "15 dead" on Tuesday), not a disagreement; figures dated to different
moments ("by Friday evening" / "by midday Saturday"), or of articles of different days when
a figure is dated at all, may differ because the story moved on. An article without a given
date has the day synthesis inferred for it from its own text (``synthesize.dates``) only
where the text writes that day out in full: a dateline ("Tue Jul 02 2013") dates its figures
as well as a publication date would, but a day reached from a weekday it names ("hit on
Wednesday") is only a day it was written after (it may be days later, its count a later
one), so it orders nothing.
"""

from __future__ import annotations

from collections.abc import Mapping

from crossbrief.synthesize.conflicts.readings import FigureValue
from crossbrief.synthesize.dates import written_out
from crossbrief.synthesize.story import Story


class Moments:
    """The day of each article of a story: its given date, else the inferred one where the
    article writes it out in full."""

    def __init__(self, story: Story, dates: Mapping[str, str | None] | None = None) -> None:
        self.day: dict[str, str | None] = {}
        for aid, a in story.by_id.items():
            inferred = (dates or {}).get(aid)
            if a.article.published or not inferred:
                self.day[aid] = a.article.published
            else:
                self.day[aid] = inferred if written_out(a, inferred[:10]) else None

    def moved_on(self, x: FigureValue, y: FigureValue) -> bool:
        """Whether two figures speak of different moments, so the quantity may have changed."""
        if x.when and y.when:
            # a year holds the days written in it ("1985" and "1985-03-07" may be one moment)
            return not any(p.startswith(q) or q.startswith(p) for p in x.when for q in y.when)
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

    def order(self, v: FigureValue, by_date: bool) -> tuple[bool, str, str, int]:
        """A figure's place in its set: by day first where the set is an update, a value of
        no known day last (it has no place in the count's course)."""
        day = self.day[v.article] if by_date else ""
        return (day is None, day or "", v.article, v.start)
