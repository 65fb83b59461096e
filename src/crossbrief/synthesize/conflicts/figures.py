"""Figure conflicts: one quantity given incompatible values by different articles.

Two figures of different articles are the same quantity when their sentences report related
information (same fact group, or similar words: ``context.related_pairs``) and the words
right around the figures match (the verb and noun next to a number say what it counts,
"killing 60 people" against "injuring 162 others"), or, without matching words, when the
sentences pin them down otherwise: near-identical sentences with one figure of a kind each;
related sentences dating their one figure each to the same resolved day; loosely related
sentences with one large count each of the same informative counted noun. Figures are aligned one to one per
sentence pair, best match first, and linked across the story; a linked set whose values
cannot all be true (bounds, approximations and unit conversions respected) is a conflict.

Figures that change over time are not conflicts: when the two figures are dated to different
moments ("by Friday evening" / "by midday Saturday"), or the articles were published on
different days and a figure is dated at all, the difference is the story moving on.
"""

from __future__ import annotations

import math
import re
from collections import defaultdict
from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass, field

from spacy.lang.en.stop_words import STOP_WORDS

from crossbrief.analyze.figures import parse_number
from crossbrief.model import AnalyzedArticle
from crossbrief.synthesize.conflicts.context import (
    MATCH,
    NEAR,
    Context,
    EntityIndex,
    Sentences,
    clock_times,
    context,
    related_pairs,
    root,
    same_quantity,
    stamps,
)
from crossbrief.synthesize.conflicts.evidence import matches, mixed_values, pinned
from crossbrief.synthesize.conflicts.furniture import counts_nothing
from crossbrief.synthesize.conflicts.holders import Holder, holder
from crossbrief.synthesize.conflicts.moments import Moments
from crossbrief.synthesize.conflicts.predicates import predicate
from crossbrief.synthesize.conflicts.roles import SIZE, adds_up, count_role
from crossbrief.synthesize.conflicts.values import (
    MONEY_UNITS,
    SCALE_SUFFIX,
    SIGN,
    SUFFIX_SCALE,
    UNIT_AFTER,
    UNITS,
    WORD,
    Measure,
    compatible,
    measure,
    reading,
)
from crossbrief.synthesize.facts import FactGroup
from crossbrief.synthesize.story import Story
from crossbrief.synthesize.text import fold

SAME = 0.6  # similarity of two sentences that are one sentence edited
SMALL = 10  # counts below this ("two men", "three visits") recur across unrelated facts
_BRACKET = re.compile(r"^\s*[(\[]\s*$")
# a currency sign right before a figure the NER span left out ("$" + "11bn") is its currency
_SIGN = re.compile(SIGN + "$")
# Counted nouns too common to tell two quantities apart ("60 people" killed, "162 people" hurt)
GENERIC = frozenset(
    {"people", "persons", "person", "others", "men", "women", "times", "years", "days", "cases"}
)
# Small counts ("two leaders", "three parties") recur across unrelated facts of one story; a
# large count of one noun in two related sentences is rarely two quantities
COUNTED_MIN = 100
UNIT_WORDS = frozenset(u + "s" for u in UNITS) | frozenset(UNITS) | MONEY_UNITS
IRREGULAR_PLURALS = frozenset({"people", "men", "women", "children", "police", "personnel"})


@dataclass(frozen=True)
class FigureValue:
    """One figure as written, where it is, and what it allows."""

    sentence: int  # index into story.sentences
    article: str
    text: str
    measure: Measure
    context: Context
    start: int
    when: frozenset[str] = frozenset()  # moments it is dated to ("by Friday evening")
    words: tuple[tuple[str, str], ...] = ()  # (stem, word as written) of its sentence, for labels
    noun: str = ""  # the counted noun analysis found ("refugees" of "30,000 displaced refugees")
    places: frozenset[str] = frozenset()  # places named next to it ("died in Nicaragua")
    role: str = ""  # a count's role besides its noun: a part, a whole, a size ("roles")
    holder: Holder = field(
        default_factory=Holder
    )  # whose figure, which part or period, projected ("holders")
    clock: frozenset[str] = frozenset()  # clock times it is read at ("at 0950 GMT")
    tally: str = ""  # the stem of the plural noun it counts, generic or not ("peopl")
    act: str = ""  # what happened to what a count counts ("dead", "injured": ``predicates``)

    @property
    def dimension(self) -> str:
        return self.measure.dimension


def _sized(text: str) -> str:
    """A measure written as a hyphenated adjective ("a 13-meter yacht", "80-kilometer winds")
    gives the size of the noun it qualifies, not a distance ("about 50 kilometers offshore")."""
    return SIZE if re.search(r"\d-[^\W\d_]+$", text.strip()) else ""


def _counted(unit: str) -> str:
    """The stem of an informative counted noun; "" for units, symbols and generic nouns."""
    word = fold(unit)
    if not word.isalpha() or word in STOP_WORDS or word in GENERIC or word in UNIT_WORDS:
        return ""
    return root(word)


def _tally(unit: str) -> str:
    """The stem of a plural noun a count tallies ("people", "houses", "delegates"); "" for a
    unit or a singular ("16GB", "one report"), which no running count counts."""
    word = fold(unit)
    plural = word.isalpha() and (word.endswith("s") or word in IRREGULAR_PLURALS)
    return root(word) if plural and word not in UNIT_WORDS else ""


def figure_values(story: Story, entities: EntityIndex | None = None) -> list[FigureValue]:
    """Every comparable figure of the story (vague ones like "dozens" left out); ``entities``
    tells which story entity holds a figure."""
    holders = entities or EntityIndex(())
    index = {(s.article, s.index): n for n, s in enumerate(story.sentences)}
    out = []
    labels: dict[int, tuple[tuple[str, str], ...]] = {}
    known = story_places(story)
    for a in story.articles:
        text = a.article.text
        where = Sentences(a)
        places = _place_mentions(a, known) if a.figures else []
        previous: Measure | None = None
        end = -1
        for f in sorted(a.figures, key=lambda f: f.start):
            tail = UNIT_AFTER.match(text, f.end)
            # "7.6-million" reads as 7.6 at analysis; the scale word still counts
            value = parse_number(f.text.replace("-", " ")) or f.value
            sign = _SIGN.search(text, max(0, f.start - 4), f.start)
            written = (sign.group(0) if sign else "") + f.text
            # and a scale suffix right after a sum's span is its scale ("$" + "281" + "m")
            suffix = SCALE_SUFFIX.match(text, f.end - 1)
            if suffix and (sign or f.unit.lower() in MONEY_UNITS) and f.text[-1:].isdigit():
                value *= SUFFIX_SCALE[suffix.group(1)]
                written += suffix.group(1)
            m = measure(written, value, f.unit, tail.group(0) if tail else "")
            if m is None or value <= 0:
                continue
            # "50 mph (80 kph)": the bracketed conversion restates the figure before it (not
            # a sum in another currency: the gold counts sums converted at two rates as two
            # values of one quantity, "$978,000" / "$967,500" for one prize in kronor)
            converted = previous is not None and previous.dimension == m.dimension
            previous, before, end = m, text[end : f.start], tail.end() if tail else f.end
            if converted and _BRACKET.match(before):
                continue
            si = index[(a.article.id, where.index(f.start))]
            sent = story.sentences[si]
            local = text[sent.start : sent.end]
            bare = not f.unit.strip() and tail is None
            if counts_nothing(local, f.start - sent.start, f.end - sent.start, bare):
                continue
            if si not in labels:
                labels[si] = tuple(
                    (root(w), w)
                    for w in WORD.findall(fold(local))
                    if w not in STOP_WORDS and not w.isdigit()
                )
            out.append(
                FigureValue(
                    si,
                    a.article.id,
                    f.text,
                    m,
                    context(local, f.start - sent.start, f.end - sent.start),
                    f.start,
                    stamps(a, where, f.start, f.end),
                    labels[si],
                    _counted(f.unit),
                    _places(text, places, f.start, f.end, sent.start, sent.end),
                    count_role(text, f.start, f.end) if m.dimension == "count" else _sized(f.text),
                    holder(
                        a, holders, sent.start, sent.end, f.start, f.end, m.dimension == "count"
                    ),
                    clock_times(a, where, f.start)
                    if reading(written, m, f.unit, local[: f.start - sent.start])
                    else frozenset(),
                    _tally(f.unit),
                    predicate(local, f.start - sent.start, f.end - sent.start)
                    if m.dimension == "count"
                    else "",
                )
            )
    return out


class _Links:
    """Union-find over value mentions that refuses to join two sets when an article would then
    give two different values for one quantity: articles are taken to be consistent with
    themselves, so such a join would mix two quantities (a toll and its parts)."""

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
                if va.article == vb.article and (va.measure.low, va.measure.high) != (
                    vb.measure.low,
                    vb.measure.high,
                ):
                    return
        keep, gone = min(rx, ry), max(rx, ry)
        self.parent[gone] = keep
        self.members[keep] += self.members.pop(gone)


def _place_mentions(a: AnalyzedArticle, known: frozenset[str]) -> list[tuple[int, int, str]]:
    """(start, end, name) of the article's mentions of a place: a name the NER tags as a
    place anywhere in the story (``known``) is a place wherever it is tagged otherwise.
    Read once per article, not once per figure."""
    return [
        (m.start, m.end, name)
        for m in a.mentions
        if (name := fold(m.text).removeprefix("the ")) in known
    ]


def _places(
    text: str, places: Sequence[tuple[int, int, str]], start: int, end: int, low: int, high: int
) -> frozenset[str]:
    """Places named within ``NEAR`` characters of a figure, inside its sentence and not past
    a semicolon ("El Salvador reported 239 dead; Guatemala said 194"); ``places`` from
    ``_place_mentions``."""
    low = max(low, text.rfind(";", low, start) + 1)
    stop = text.find(";", end, high)
    high = high if stop < 0 else stop
    return frozenset(
        name
        for m_start, m_end, name in places
        if low <= m_start and m_end <= high and m_end >= start - NEAR and m_start <= end + NEAR
    )


def story_places(story: Story) -> frozenset[str]:
    """Every name the NER tags as a place in some article of the story."""
    return frozenset(
        fold(m.text).removeprefix("the ")
        for a in story.articles
        for m in a.mentions
        if m.type in {"GPE", "LOC"}
    )


def _link_repeats(values: Sequence[FigureValue], links: _Links) -> None:
    """An article repeating a figure with the same words around it repeats one quantity, so
    a conflict lists every sentence that states it."""
    seen: dict[tuple[str, Measure], list[int]] = defaultdict(list)
    for n, v in enumerate(values):
        for other in seen[(v.article, v.measure)]:
            if same_quantity(values[other].context, v.context) >= MATCH:
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
        near_copy = story.similarity[i, j] >= SAME
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
            single = dims_i.count(vx.dimension) == 1 and dims_j.count(vy.dimension) == 1
            same_day = (
                need == MATCH
                and bool(vx.noun and vy.noun)
                and any(w[:1].isdigit() for w in vx.when & vy.when)
            )
            sole = (
                (near_copy and single)
                or (same_day and single)
                or (same_noun and nouns_i.count(vx.noun) == 1 and nouns_j.count(vy.noun) == 1)
            )
            if (-score < (3 * MATCH if small else need) and not sole) or x in used or y in used:
                continue
            if other_nouns and not same_day:
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
            and matches(a, b, moments.rises(a, b))
            and a.role == b.role
            and not moments.moved_on(a, b)
            and not (moving and bool(a.when) != bool(b.when))
            and not states(a.sentence, b.measure)
            and not states(b.sentence, a.measure)
            and pinned(a, b, mixed)
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


def topic(group: Sequence[FigureValue]) -> str:
    """The words that most of a conflict's figures share around them, as written."""
    weight: dict[str, float] = defaultdict(float)
    written: dict[str, str] = {}
    for v in group:
        for s, w in v.context:
            weight[s] += w
        for s, word in v.words:
            written.setdefault(s, word)
    best = sorted(weight.items(), key=lambda kv: (-kv[1], kv[0]))[:2]
    return " ".join(written.get(s, s) for s, _ in best) or "figure"
