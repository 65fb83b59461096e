"""Figure conflicts: one quantity given incompatible values by different articles.

Two figures of different articles are the same quantity when their sentences report related
information (same fact group, or similar words: ``context.related_pairs``) and the words
right around the figures match (the verb and noun next to a number say what it counts,
"killing 60 people" against "injuring 162 others"), or, without matching words, when the
sentences pin them down otherwise: near-identical sentences with one figure of a kind each;
related sentences dating their one figure each to the same resolved day; loosely related
sentences with one large count each of the same informative counted noun, or with what one
holder has of one such noun, however small ("Hale has two cars" / "Hale has at least three
cars": ``possessed``). Figures are aligned one to one per
sentence pair, best match first, and linked across the story; a linked set whose values
cannot all be true (bounds, approximations and unit conversions respected) is a conflict.

Figures that change over time are not conflicts: when the two figures are dated to different
moments ("by Friday evening" / "by midday Saturday"), or the articles were published on
different days and a figure is dated at all, the difference is the story moving on.

Sizes written as adjectives that one sentence lists ("10-inch and 12-inch models") name
models, not one thing's measure, and are left out (``labels_a_model``), as are bars that
name a class ("her third 150-metre win", "400 km or more": ``thresholds``).

The figures are read by ``readings.figure_values``; this module links them.
"""

from __future__ import annotations

import math
import re
from collections import defaultdict
from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass

from crossbrief.synthesize.conflicts.context import MATCH, EntityIndex, related_pairs, same_quantity
from crossbrief.synthesize.conflicts.evidence import matches, mixed_values, one_toll, pinned
from crossbrief.synthesize.conflicts.holders import apart
from crossbrief.synthesize.conflicts.moments import Moments
from crossbrief.synthesize.conflicts.predicates import CHILDREN, CLASS_WORDS, PARENT, predicate
from crossbrief.synthesize.conflicts.rankings import ranked
from crossbrief.synthesize.conflicts.readings import FigureValue, figure_values
from crossbrief.synthesize.conflicts.roles import SIZE, adds_up
from crossbrief.synthesize.conflicts.rounding import rounded
from crossbrief.synthesize.conflicts.sums import two_kinds
from crossbrief.synthesize.conflicts.thresholds import threshold
from crossbrief.synthesize.conflicts.values import Measure, compatible
from crossbrief.synthesize.facts import FactGroup
from crossbrief.synthesize.story import Story

SAME = 0.6  # similarity of two sentences that are one sentence edited
SMALL = 10  # counts below this ("two men", "three visits") recur across unrelated facts
# Small counts ("two leaders", "three parties") recur across unrelated facts of one story; a
# large count of one noun in two related sentences is rarely two quantities
COUNTED_MIN = 100
# "10- and 12-inch", "11-, 10- and 12-inch", "10-inch, 12-inch": another size written right
# before a size, in a list
_SIZE_BESIDE = re.compile(r"\d(?:\.\d+)?(?:-[a-z]+)?-?\s*(?:,|and|or)\s+$", re.I)
# "10-inch and 12-inch", "10-inch, 12-inch": a size followed by another in a list
_SIZE_LISTED = re.compile(r"(?:-[a-z]+)?\s*(?:,|and|or)\s+\d", re.I)
# a size naming a model of a product line: before a model word ("the 12-inch model", "its
# 6-litre version"), before a product's name ("the 12-inch Velbook"), or standing for the
# model itself ("the 12-inch costs $900", "than the 12-inch.")
_MODEL = re.compile(
    r"(?i:-[a-z]+)?(?:\s+(?i:[\w-]+\s+)?(?i:models?|versions?|variants?|editions?)\b|\s+[A-Z]|"
    r"\s*[.,;)]|\s+(?i:is|are|was|were|has|have|had|will|would|can|costs?|starts?|sells?)\b)"
)
# a count its holder has: "has", "have", "having" right before the figure
_HAS = re.compile(r"\b(?:has|have|having)\s+$", re.I)


class _Links:
    """Union-find over value mentions that refuses to join two sets when an article would then
    give two different values for one quantity: articles are taken to be consistent with
    themselves, so such a join would mix two quantities (a toll and its parts); but not of a
    parent's children, one quantity whatever their article writes ("a mother of six" ...
    "the mother of seven": the article contradicts itself)."""

    def __init__(self, values: Sequence[FigureValue]) -> None:
        self.parent = list(range(len(values)))
        self.values = values
        self.members: dict[int, list[int]] = {n: [n] for n in range(len(values))}

    def find(self, x: int) -> int:
        while self.parent[x] != x:
            self.parent[x] = self.parent[self.parent[x]]
            x = self.parent[x]
        return x

    def join(self, x: int, y: int) -> None:
        rx, ry = self.find(x), self.find(y)
        if rx == ry:
            return
        for a in self.members[rx]:
            for b in self.members[ry]:
                va, vb = self.values[a], self.values[b]
                if va.article == vb.article and not _same_value(va.measure, vb.measure):
                    # one parent's children counted twice in one article are one quantity
                    # it gives two values (a slip), not two quantities
                    if va.act == vb.act == CHILDREN and not apart(va.holder, vb.holder):
                        continue
                    return
        keep, gone = min(rx, ry), max(rx, ry)
        self.parent[gone] = keep
        self.members[keep] += self.members.pop(gone)


def _same_value(a: Measure, b: Measure) -> bool:
    """Whether two measures allow the same values, signs included."""
    return (a.low, a.high, a.sign) == (b.low, b.high, b.sign)


def _link_repeats(values: Sequence[FigureValue], links: _Links) -> None:
    """An article repeating a figure with the same words around it, in the same role and of
    no other holder, repeats one quantity, so a conflict lists every sentence that states it
    ("home to over 170,000 people" is no repeat of "over 170,000 of them in Aceh")."""
    seen: dict[tuple[str, Measure], list[int]] = defaultdict(list)
    for n, v in enumerate(values):
        for other in seen[(v.article, v.measure)]:
            w = values[other]
            if w.role != v.role or apart(w.holder, v.holder):
                continue
            if same_quantity(w.context, v.context) >= MATCH:
                links.join(other, n)
                break
        seen[(v.article, v.measure)].append(n)


def figure_conflicts(
    story: Story,
    groups: Sequence[FactGroup],
    index: EntityIndex | None = None,
    dates: Mapping[str, str | None] | None = None,
    values: Sequence[FigureValue] | None = None,
    blocked: Collection[tuple[int, int]] = (),
) -> list[FigureSet]:
    """Sets of figures of one quantity whose values cannot all be true, each in text order,
    or in date order where the set is an update (``FigureSet``); ``index`` tells which
    story entity holds a figure, ``dates`` the inferred day of an undated article.
    ``values``: the story's figures as ``figure_values`` read them with the same ``index``,
    where the caller has them already (reading them is most of the cost); read here if not."""
    values = figure_values(story, index) if values is None else values
    in_sentence: dict[int, list[FigureValue]] = defaultdict(list)
    for v in values:
        in_sentence[v.sentence].append(v)
    values = [
        v
        for v in values
        if not labels_a_model(story, v, in_sentence[v.sentence])
        and not threshold(story.by_id[v.article].article.text, v.start, v.start + len(v.text))
    ]
    moments = Moments(story, dates)
    by_sentence: dict[int, list[int]] = defaultdict(list)
    for n, v in enumerate(values):
        by_sentence[v.sentence].append(n)
    links = _Links(values)
    _link_repeats(values, links)
    for i, j, need in related_pairs(story, groups, list(by_sentence), blocked):
        # one value restated first ("a 60-seat majority" / "gaining 60 seats"), then the best
        # context; among equals, the closest values (one event, two reports)
        scored = sorted(
            (
                values[x].measure != values[y].measure,
                -same_quantity(values[x].context, values[y].context),
                abs(math.log((values[x].measure.low + 1) / (values[y].measure.low + 1))),
                x,
                y,
            )
            for x in by_sentence[i]
            for y in by_sentence[j]
            if matches(values[x], values[y], moments.rises(values[x], values[y]))
            and not moments.moved_on(values[x], values[y])
        )
        if not scored:
            continue
        dims_i = [values[x].dimension for x in by_sentence[i]]
        dims_j = [values[y].dimension for y in by_sentence[j]]
        nouns_i = [values[x].noun for x in by_sentence[i]]
        nouns_j = [values[y].noun for y in by_sentence[j]]
        acts_i = [values[x].act for x in by_sentence[i]]
        acts_j = [values[y].act for y in by_sentence[j]]
        near_copy = story.similarity[i, j] >= SAME
        # a chart or table line's ranked figures are its entries' of one week: only a copy
        # of the line gives the same ones
        if not near_copy:
            si, sj = story.sentences[i], story.sentences[j]
            scored = [
                t
                for t in scored
                if not ranked(si.text, si.start, values[t[3]].start, values[t[3]].text)
                and not ranked(sj.text, sj.start, values[t[4]].start, values[t[4]].text)
            ]
        # the sentences' counts of one casualty class, one each, that cannot be one toll
        # ("five dead and 16 injured" / "30 killed and 55 injured"): two events' tolls
        tolls = [
            (values[a], values[b])
            for a in by_sentence[i]
            for b in by_sentence[j]
            if one_toll(values[a], values[b])
            and acts_i.count(values[a].act) == 1
            and acts_j.count(values[b].act) == 1
        ]
        two_events = any(not matches(a, b, moments.rises(a, b)) for a, b in tolls)
        # and the same value of one class in both ("55 injured" / "55 wounded"): one event,
        # however loosely related the sentences' other words
        one_event = any(compatible(a.measure, b.measure) for a, b in tolls)
        used: set[int] = set()
        for _, score, _, x, y in scored:
            small = (
                values[x].dimension == "count"
                and max(values[x].measure.low, values[y].measure.low) < SMALL
            )
            # The same quantity, whatever the words around the figures, when two sentences
            # hold one figure of a kind each and are near-identical, or are related and date
            # their figures to the same resolved day, each counting some informative noun
            # ("21 crew members" / "23 sailors" on one Saturday); or when two loosely related
            # sentences hold one large count each of the same informative noun.
            vx, vy = values[x], values[y]
            # two informative counted nouns that differ ("three cities", "nine provinces")
            # count two things, unless one resolved day pins them down as one ("same_day")
            other_nouns = bool(vx.noun and vy.noun) and vx.noun != vy.noun
            same_noun = (
                bool(vx.noun)
                and vx.noun == vy.noun
                and min(vx.measure.low, vy.measure.low) >= COUNTED_MIN
            )
            # what one holder has of one informative noun ("Hale has two cars" / "Hale has
            # at least three cars"): whose and what pin the quantity down, however small
            same_holder = (
                bool(vx.noun)
                and vx.noun == vy.noun
                and bool(vx.holder.owner & vy.holder.owner)
                and possessed(story, vx)
                and possessed(story, vy)
            )
            single = dims_i.count(vx.dimension) == 1 and dims_j.count(vy.dimension) == 1
            same_day = (
                need == MATCH
                and bool(vx.noun and vy.noun)
                # (a resolved day or month: a year alone pins down no day)
                and any(w[:1].isdigit() and len(w) > 4 for w in vx.when & vy.when)
            )
            # one count each of one casualty class ("killed one person" / "killing four
            # people") in two closely related sentences, or of one event: the story's toll,
            # however small, unless another class both count sets them apart as two events
            # ("five dead and 16 injured" / "30 killed and 55 injured")
            toll = (
                (need == MATCH or one_event)
                and -score >= MATCH  # (words around them still match: "killed", "dead")
                and one_toll(vx, vy)
                and acts_i.count(vx.act) == 1
                and acts_j.count(vy.act) == 1
                and not two_events
            )
            sole = (
                toll
                or (near_copy and single)
                or (same_day and single)
                or (
                    (same_noun or same_holder)
                    and nouns_i.count(vx.noun) == 1
                    and nouns_j.count(vy.noun) == 1
                )
            )
            if (-score < (3 * MATCH if small else need) and not sole) or x in used or y in used:
                continue
            if other_nouns and not same_day:
                continue
            if two_events and one_toll(vx, vy):
                continue
            used |= {x, y}
            links.join(x, y)
    sets: dict[int, list[int]] = defaultdict(list)
    for n in range(len(values)):
        sets[links.find(n)].append(n)
    stated: dict[tuple[int, str], list[Measure]] = defaultdict(list)
    for v in values:
        if v.measure.low > 0 and v.measure.high < math.inf:  # a bound states no one value
            stated[(v.sentence, v.dimension)].append(v.measure)

    def states(sentence: int, m: Measure) -> bool:
        told = stated[(sentence, m.dimension)]
        # "259 aboard and 11 on the ground" states a toll of 270 as its parts
        return any(compatible(m, other) for other in told) or adds_up(
            [(o.low, o.high) for o in told], m.low, m.high
        )

    mixed = mixed_values(values)
    told = frozenset(blocked)
    out = []
    for members in sets.values():
        group = [values[n] for n in members]
        if len({v.article for v in group}) < 2:
            continue
        # a quantity reported at two marked moments with two values moves in the story (a
        # running toll): a value whose moment is unknown may be from any of them, so only
        # values of one moment, or both undated, can disagree
        moving = any(
            a.dimension == "count"
            and a.when
            and b.when
            and not a.when & b.when
            and not compatible(a.measure, b.measure)
            and matches(a, b)
            for k, a in enumerate(group)
            for b in group[k + 1 :]
        )
        # a sentence that states the other's value too is not disagreeing with it: its two
        # figures were aligned with the wrong partners ("won 40 of the 90 seats"); two values
        # linked only through others (Honduras' toll to the region's to Guatemala's) must
        # themselves be comparable, of one place, role and moment, to disagree
        differ = [
            (a, b)
            for k, a in enumerate(group)
            for b in group[k + 1 :]
            if a.article != b.article
            and not compatible(a.measure, b.measure)
            and not rounded(a.text, a.measure, b.text, b.measure)
            and not (a.dimension.startswith("money") and _two_kinds(story, a, b))
            and matches(a, b, moments.rises(a, b))
            and a.role == b.role
            and not moments.moved_on(a, b)
            and not (moving and bool(a.when) != bool(b.when))
            and not states(a.sentence, b.measure)
            and not states(b.sentence, a.measure)
            and (pinned(a, b, mixed) or one_fact(a, b, told, moments))
        ]
        if not differ:
            continue
        update = all(moments.rises(a, b) for a, b in differ)
        out.append(FigureSet(sorted(group, key=lambda v: moments.order(v, update)), update))
    return out


@dataclass(frozen=True)
class FigureSet:
    """Figures of one quantity that differ across articles: a disagreement, or, when every
    difference is a count rising from an earlier-dated article to a later one, an update
    (values in date order)."""

    values: list[FigureValue]
    update: bool = False


def one_fact(
    a: FigureValue, b: FigureValue, blocked: Collection[tuple[int, int]], moments: Moments
) -> bool:
    """Whether two figures count one noun, with one thing happening to it (or nothing said of
    either), in sentences that fact grouping would have joined as one fact but for their
    figures (``blocked``, pairs i < j), in articles not dated to two days: the sentences pin
    them down as one quantity, whatever other value of the noun either article gives
    elsewhere ("leaving two boats missing" / "leaving three boats missing", where the first
    article later searches for "the three missing boats"; not "three boats damaged"). Two
    days' reports may tell one kind of event twice in one wording ("polls open in six
    regions" on one voting day, "in four regions" on another)."""
    pair = (min(a.sentence, b.sentence), max(a.sentence, b.sentence))
    da, db = moments.day[a.article], moments.day[b.article]
    if da and db and da[:10] != db[:10]:
        return False
    return bool(a.noun) and a.noun == b.noun and a.act == b.act and pair in blocked


def labels_a_model(story: Story, v: FigureValue, sentence: Sequence[FigureValue]) -> bool:
    """Whether a size written as an adjective ("the 12-inch model") is one of two or more
    sizes of its unit that its sentence writes that way ("10-inch and 12-inch models", "10-
    and 12-inch models"): each then names one of several things, a model or a class, and
    measures no one thing. ``sentence``: the figures of its sentence."""
    # (a count's size, "a 60-seat majority" in "a 120-seat house", counts two things of
    # one story: seats won and seats in all; a physical size names a model)
    if v.role != SIZE or v.dimension == "count" or v.dimension.startswith("money"):
        return False
    text = story.by_id[v.article].article.text
    if _SIZE_BESIDE.search(text, max(0, v.start - 16), v.start):
        return True
    # another size elsewhere in the sentence ("a 3-metre layer where a 10-metre wall stood")
    # measures another thing; only one joined to this one in a list, or one naming a model
    # ("the 12-inch model"), says that the sizes label several things
    after = v.start + len(v.text)
    if not (_SIZE_LISTED.match(text, after) or _MODEL.match(text, after)):
        return False
    return any(
        w.role == SIZE
        and w.measure.dimension == v.measure.dimension
        and not compatible(w.measure, v.measure)
        for w in sentence
    )


def _two_kinds(story: Story, a: FigureValue, b: FigureValue) -> bool:
    """Whether two sums are a worth and an offer or payment (``sums``)."""
    ta, tb = story.by_id[a.article].article.text, story.by_id[b.article].article.text
    return two_kinds(ta, a.start, a.start + len(a.text), tb, b.start, b.start + len(b.text))


def possessed(story: Story, v: FigureValue) -> bool:
    """Whether a figure counts what its holder has, "has", "have" or "having" right before it
    ("has 20 cars", "alleged to have 19 cars"): a holding at one moment, unlike what a
    holder did ("ordered 30 planes" / "acquire 36 planes": two orders) or has had."""
    text = story.by_id[v.article].article.text
    return bool(_HAS.search(text, max(0, v.start - 10), v.start))


def topic(group: Sequence[FigureValue]) -> str:
    """What a conflict's figures count: for a toll, the counted noun and what happened to it
    ("people killed"); for a parent's, "children (mother of N)"; else the words that most of its figures share around them, as
    written (a neighbouring token is no label for a toll: "people said")."""
    weight: dict[str, float] = defaultdict(float)
    written: dict[str, str] = {}
    for v in group:
        for s, w in v.context:
            weight[s] += w
        for s, word in v.words:
            written.setdefault(s, word)
    acts = {v.act for v in group if v.act}
    if acts == {CHILDREN}:
        # a parent's children: named by the parent noun that holds the count ("mother of")
        parents = [w for v in group for _, w in v.words if PARENT.fullmatch(w + " of ")]
        parent = max(sorted(set(parents)), key=parents.count, default="parent")
        return f"children ({parent} of N)"
    if len(acts) == 1 and (act := acts.pop()) in CLASS_WORDS:
        nouns = [written.get(v.tally, "") for v in group if v.tally]
        noun = max(sorted(set(nouns) - {""}), key=nouns.count, default="number")
        # a noun that says what happened itself ("194 deaths") needs no verb after it
        return noun if predicate(noun, 0, 0) == act else f"{noun} {CLASS_WORDS[act]}"
    best = sorted(weight.items(), key=lambda kv: (-kv[1], kv[0]))[:2]
    return " ".join(written.get(s, s) for s, _ in best) or "figure"
