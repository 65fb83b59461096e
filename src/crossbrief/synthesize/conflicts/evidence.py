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
from crossbrief.synthesize.conflicts.predicates import CASUALTIES
from crossbrief.synthesize.conflicts.readings import FigureValue
from crossbrief.synthesize.conflicts.values import comparable, compatible

# a toll below this is small: "one killed" against "five killed" is one toll disagreeing,
# however far apart the values' ratio (values far apart are otherwise two quantities)
FEW = 10


def matches(x: FigureValue, y: FigureValue, grown: bool = False) -> bool:
    """Whether two figures may be one quantity: same dimension, comparable values, and
    nothing in their words setting them apart (places, roles, holders). A count ``grown``
    from an earlier-dated article to a later one may have grown any amount (a toll of 5 on
    the first day, 24 on the next), so values far apart are then comparable when they count
    the same plural noun ("5 people" / "24 people", not "two others" / "24 people", nor
    "16GB" / "64GB")."""
    # two dimensions are never one quantity (tested first: the cheapest test, and most
    # pairs fail it)
    if x.dimension != y.dimension:
        return False
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
    return (
        (grown and bool(x.tally) and x.tally == y.tally)
        or comparable(x.measure, x.text, y.measure, y.text)
        or (one_toll(x, y) and max(x.measure.low, y.measure.low) < FEW)
    )


def one_toll(x: FigureValue, y: FigureValue) -> bool:
    """Whether two counts say the same thing happened to what they count, a casualty class
    ("killed one person" / "four people died"): the same toll, where nothing sets them apart."""
    return x.dimension == "count" and x.act in CASUALTIES and x.act == y.act


def mixed_values(values: Sequence[FigureValue]) -> set[FigureValue]:
    """Figures whose own article gives another value with the same words around it ("23
    points" for one player, "14 points" for another): in that article the words do not say
    which quantity a value is, so they are no evidence that another article's value is the
    same quantity."""
    # only figures of one article, one role and one dimension can be told apart by their
    # values alone (``matches`` asks for one dimension): grouped so, the pairs checked are
    # those, not every pair of the article's figures
    alike: dict[tuple[str, str, str], list[FigureValue]] = defaultdict(list)
    for v in values:
        alike[(v.article, v.role, v.dimension)].append(v)
    return {
        v
        for found in alike.values()
        for v in found
        for w in found
        if w.sentence != v.sentence
        and not _two_moments(v, w)
        and not _other_thing(v, w)
        and not compatible(w.measure, v.measure)
        and matches(v, w)
        and ((bool(v.noun) and w.noun == v.noun) or same_quantity(v.context, w.context) >= MATCH)
    }


def _other_thing(v: FigureValue, w: FigureValue) -> bool:
    """Whether ``w`` counts another thing than a toll ``v``: an informative noun of its own,
    not a named group of people ("including 12 Americans" may be part of the toll), with
    nothing of the toll's class said of it ("killed one person" / "2 roads")."""
    return (
        v.act in CASUALTIES and bool(w.noun) and not w.named and w.noun != v.noun and w.act != v.act
    )


def _two_moments(v: FigureValue, w: FigureValue) -> bool:
    """Whether an article dates two of its tolls to two moments ("killing four people on
    Sunday" / "killed three people in 2002"): two events' tolls, told apart by their dates
    (other figures' dates may be of the reading, not of the quantity: "3.9% in November")."""
    if not (v.when and w.when and v.act in CASUALTIES and w.act == v.act):
        return False
    # a year holds the days written in it ("1985" and "1985-03-07" may be one moment)
    return not any(p.startswith(q) or q.startswith(p) for p in v.when for q in w.when)


def pinned(a: FigureValue, b: FigureValue, mixed: set[FigureValue]) -> bool:
    """Whether two figures are positively the same quantity: neither one's words name
    several quantities in its own article, or both name one holder (same story entity)."""
    if a not in mixed and b not in mixed:
        return True
    return bool(a.holder.owner & b.holder.owner)
