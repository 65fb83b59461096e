"""Population conflicts: one place given two sizes by different articles.

A population is a property of a place, not of an event, so two articles stating it need not
report the same fact for their figures to be one quantity: "a nation of 10 million" in a
sentence about the war and "the former colony of 9 million people" in one about
peace talks give the same country two sizes. The figure sentences share too few words for
the related-sentence test of ``figures``, so populations are keyed by their place instead,
as ages are keyed by their person.

A figure counts as a population when it follows "<nation word> of" ("a country of", "the
city of some", "a population of") or "home to", or counts inhabitants or residents. Its
place is the nearest place named before it in its sentence (the one the description
stands for: "Ukraine ... a nation of 44 million"), else the nearest after it; the story's
entities make "U.S." and "United States" one place.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

from crossbrief.analyze.figures import parse_number
from crossbrief.model import AnalyzedArticle, Mention
from crossbrief.synthesize.conflicts.context import EntityIndex, Sentences
from crossbrief.synthesize.conflicts.values import (
    ROUGH,
    Measure,
    compatible,
    joined_scale,
    measure,
)
from crossbrief.synthesize.story import Story
from crossbrief.synthesize.text import fold

_HOLDER = r"(?:nation|country|republic|kingdom|state|city|island|territory|region|population)"
_HEDGE = "|".join(re.escape(q) for q in (*ROUGH, "more than", "over", "nearly", "an estimated"))
# "<nation word> of [about] " or "home to [some] " right before the figure
_BEFORE = re.compile(rf"(?:\b{_HOLDER}\s+of|\bhome\s+to)\s+(?:(?:{_HEDGE})\s+)?$", re.I)
_RESIDENTS = frozenset({"inhabitants", "residents"})
PLACE_TYPES = frozenset({"GPE", "LOC"})
MIN_POPULATION = 1000  # "a city of 12" is no population figure


@dataclass(frozen=True)
class PopulationValue:
    """A population figure as written, where it is, and the place it is the size of."""

    place: str  # entity id, or the folded name when no entity holds the mention
    name: str  # the place as written
    article: str
    sentence: int  # index of the sentence in its article
    text: str
    start: int
    measure: Measure


def population_conflicts(story: Story, index: EntityIndex) -> list[list[PopulationValue]]:
    """Sets of population figures of one place, from at least two articles, that cannot all
    be true; each in article and text order."""
    by_place: dict[str, list[PopulationValue]] = defaultdict(list)
    for a in story.articles:
        for value in _populations(a, index):
            by_place[value.place].append(value)
    out = []
    for place in sorted(by_place):
        values = by_place[place]
        clash = any(
            x.article != y.article and not compatible(x.measure, y.measure)
            for k, x in enumerate(values)
            for y in values[k + 1 :]
        )
        if clash:
            out.append(sorted(values, key=lambda v: (v.article, v.start)))
    return out


def _populations(a: AnalyzedArticle, index: EntityIndex) -> list[PopulationValue]:
    text = a.article.text
    where = Sentences(a)
    places = sorted((m for m in a.mentions if m.type in PLACE_TYPES), key=lambda m: m.start)
    out = []
    for f in a.figures:
        sentence = a.sentences[where.index(f.start)]
        before = text[sentence.start : f.start]
        if not (_BEFORE.search(before) or fold(f.unit) in _RESIDENTS):
            continue
        value = parse_number(joined_scale(f.text)) or f.value
        m = measure(f.text, value, f.unit)
        if m is None or m.dimension != "count" or value < MIN_POPULATION:
            continue
        place = _place(places, sentence.start, sentence.end, f.start)
        if place is None:
            continue
        key = index.of(a.article.id, place.start, place.end) or fold(place.text)
        out.append(
            PopulationValue(key, place.text, a.article.id, where.index(f.start), f.text, f.start, m)
        )
    return out


def _place(places: Sequence[Mention], low: int, high: int, at: int) -> Mention | None:
    """The nearest place named before ``at`` in the sentence ``low``-``high``, else after."""
    inside = [m for m in places if low <= m.start and m.end <= high]
    before = [m for m in inside if m.end <= at]
    if before:
        return before[-1]
    after = [m for m in inside if m.start >= at]
    return after[0] if after else None
