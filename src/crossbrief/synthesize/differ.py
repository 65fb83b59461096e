"""Sentences that give one counted thing two numbers: never one fact, never each other's support.

"At least 31 were in critical condition" and "about 12 were in critical condition" share most of
their words, and grouping or citation by words alone would count the second outlet for the
first figure. Two sentences differ when a figure of one and a figure of the other have the
same dimension, values that cannot both be true, and the same counted thing (the same
informative counted noun, or matching words around the figures besides generic nouns such
as "people"), and neither sentence also gives the other's value ("won 40 of the 90 seats"
against "90 seats"). Where the figures are of one quantity the conflicts table shows the
disagreement; where their scopes differ ("170,000 in the province", "230,000 across Asia")
the sentences state two facts: either way one does not support the other. Values further
apart than the conflicts' ``values.RATIO`` are left alone unless both count the same
informative noun ("needs its 21 votes", "three votes short of the 226 votes"): words alone may
meet around a misread span ("435,000 some 500 kilometers" is no distance). Small counts, which
recur across a story ("one of their girlfriends", "the two men"), need words next to both
figures.

The figures are read once per story by ``conflicts.readings.figure_values`` (the readers of
bounds, approximations, units and counted nouns the conflicts use) and kept as ``values``,
which ``build_conflicts`` takes instead of reading them again; a sentence pair is checked
only when asked, and remembered.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence

from crossbrief.model import Entity, SentenceRef
from crossbrief.synthesize.conflicts.context import EntityIndex, root, same_quantity
from crossbrief.synthesize.conflicts.figures import SMALL
from crossbrief.synthesize.conflicts.readings import GENERIC, FigureValue, figure_values
from crossbrief.synthesize.conflicts.values import comparable, compatible
from crossbrief.synthesize.story import Story

# Context score (``conflicts.context.same_quantity``, generic nouns left out) at which two
# figures of two sentences already taken as one fact count the same thing: half of what the
# conflicts ask of any related pair, as these sentences were related by their whole wording.
# The words right next to a figure weigh 1, those three words away a third ("at least 57
# were in intensive care": "intensive").
SAME_THING = 0.25
SMALL_THING = 3 * SAME_THING  # for counts below ``figures.SMALL``, as the conflicts ask
_GENERIC = frozenset(root(w) for w in GENERIC)


class FigureCheck:
    """Which sentence pairs of a story give one counted thing two numbers (``differ``)."""

    def __init__(self, story: Story, entities: Sequence[Entity] = ()) -> None:
        self.story = story
        # the entity look-ups are the conflicts' too (``build_conflicts(index=...)``)
        self.entities = EntityIndex(entities)
        # kept whole for the conflicts (``build_conflicts(figures=...)``): one reading a story
        self.values = figure_values(story, self.entities)
        self.by_sentence: dict[int, list[FigureValue]] = defaultdict(list)
        for v in self.values:
            self.by_sentence[v.sentence].append(v)
        self.index = {(s.article, s.index): n for n, s in enumerate(story.sentences)}
        self._seen: dict[tuple[int, int], bool] = {}

    def differ(self, i: int, j: int) -> bool:
        """Whether story sentences ``i`` and ``j`` give one counted thing two numbers."""
        if i == j or i not in self.by_sentence or j not in self.by_sentence:
            return False
        key = (min(i, j), max(i, j))
        if key not in self._seen:
            self._seen[key] = _differ(self.by_sentence[key[0]], self.by_sentence[key[1]])
        return self._seen[key]

    def apart(self, a: Sequence[int], b: Sequence[int]) -> bool:
        """Whether some sentence of ``a`` and some of ``b`` differ (two groups that cannot
        be one fact)."""
        xs = [i for i in a if i in self.by_sentence]
        ys = [j for j in b if j in self.by_sentence] if xs else []
        return any(self.differ(i, j) for i in xs for j in ys)

    def differ_refs(self, a: SentenceRef, b: SentenceRef) -> bool:
        """``differ`` for two citations."""
        i = self.index.get((a.article, a.sentence))
        j = self.index.get((b.article, b.sentence))
        return i is not None and j is not None and self.differ(i, j)


def _differ(xs: Sequence[FigureValue], ys: Sequence[FigureValue]) -> bool:
    return any(
        x.dimension == y.dimension
        and not compatible(x.measure, y.measure)
        and (
            comparable(x.measure, x.text, y.measure, y.text) or (bool(x.noun) and x.noun == y.noun)
        )
        and _same_thing(x, y)
        and not _states(xs, y)
        and not _states(ys, x)
        for x in xs
        for y in ys
    )


def _same_thing(x: FigureValue, y: FigureValue) -> bool:
    if x.noun and y.noun:
        return x.noun == y.noun
    cx = tuple(w for w in x.context if w[0] not in _GENERIC)
    cy = tuple(w for w in y.context if w[0] not in _GENERIC)
    small = x.dimension == "count" and max(x.measure.low, y.measure.low) < SMALL
    return same_quantity(cx, cy) >= (SMALL_THING if small else SAME_THING)


def _states(values: Sequence[FigureValue], v: FigureValue) -> bool:
    """Whether a sentence (its ``values``) also gives ``v``'s value: its own figure of another
    part of the story then merely met ``v``'s words."""
    return any(u.dimension == v.dimension and compatible(u.measure, v.measure) for u in values)
