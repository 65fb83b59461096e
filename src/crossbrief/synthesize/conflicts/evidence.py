"""Evidence that two figures are one quantity, and the gate that asks for it.

``matches`` rules out figures whose own words set them apart: two places, a part against
its whole, two holders or periods. ``mixed_values`` and ``pinned`` ask for positive
evidence where an article's words are ambiguous: when one article gives the same words to
two values ("23 points" for one player, "14 points" for another), its figures disagree with
another article's only if both name one holder.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence

from crossbrief.synthesize.conflicts.context import MATCH, same_quantity
from crossbrief.synthesize.conflicts.holders import apart
from crossbrief.synthesize.conflicts.readings import FigureValue
from crossbrief.synthesize.conflicts.values import comparable, compatible


def matches(x: FigureValue, y: FigureValue, grown: bool = False) -> bool:
    """Whether two figures may be one quantity: same dimension, comparable values, and
    nothing in their words setting them apart (places, roles, holders). A count ``grown``
    from an earlier-dated article to a later one may have grown any amount (a toll of 5 on
    the first day, 24 on the next), so values far apart are then comparable when they count
    the same plural noun ("5 people" / "24 people", not "two others" / "24 people", nor
    "16GB" / "64GB")."""
    # figures qualified by two different places count two things ("21 died in Velmora",
    # "eight died in Ostrel")
    if x.places and y.places and not x.places & y.places:
        return False
    # a part of a toll, the whole a part is taken from, a fleet's size: other quantities,
    # unless the value is the same ("gaining 60 seats" restates "a 60-seat majority")
    if x.role != y.role and not compatible(x.measure, y.measure):
        return False
    # another holder's figure, a part or another period, a projection against an actual
    if apart(x.holder, y.holder):
        return False
    # a reading at a clock time ("the dollar bought 104.7 yen at 0950 GMT") is one moment of
    # a moving quantity: a reading at no stated time may be from any other moment (counts and
    # sums carry no clock: "at 2.30am" dates the quake that "killed 41")
    if bool(x.clock) != bool(y.clock):
        return False
    # counts of what happened to two sets ("Five people were killed" / "300 people were
    # evacuated"): the dead and the evacuated, however close the values
    if x.act and y.act and x.act != y.act:
        return False
    # a count of a kind of its noun ("nine league goals") is a part of the bare noun's count
    # ("11 goals") and another quantity than another kind's
    if x.tally and x.tally == y.tally and x.kind != y.kind and not compatible(x.measure, y.measure):
        return False
    return x.dimension == y.dimension and (
        (grown and bool(x.tally) and x.tally == y.tally)
        or comparable(x.measure, x.text, y.measure, y.text)
    )


def mixed_values(values: Sequence[FigureValue]) -> set[FigureValue]:
    """Figures whose own article gives another value with the same words around it ("23
    points" for one player, "14 points" for another): in that article the words do not say
    which quantity a value is, so they are no evidence that another article's value is the
    same quantity."""
    by_article: dict[str, list[FigureValue]] = defaultdict(list)
    for v in values:
        by_article[v.article].append(v)
    return {
        v
        for found in by_article.values()
        for v in found
        for w in found
        if w.sentence != v.sentence
        and w.role == v.role
        and not compatible(w.measure, v.measure)
        and matches(v, w)
        and ((bool(v.noun) and w.noun == v.noun) or same_quantity(v.context, w.context) >= MATCH)
    }


def pinned(a: FigureValue, b: FigureValue, mixed: set[FigureValue]) -> bool:
    """Whether two figures are positively the same quantity: neither one's words name
    several quantities in its own article, or both name one holder (same story entity)."""
    if a not in mixed and b not in mixed:
        return True
    return bool(a.holder.owner & b.holder.owner)
