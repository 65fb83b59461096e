"""Reading figures: every comparable figure of a story as a ``FigureValue``.

A value is the figure's measure (dimension, bounds, unit conversion, from ``values``) and what
tells two figures apart as quantities, each read from the figure's own article: the words
around it (``context``), the noun it counts, the places named next to it, its role (a part,
a whole, a size: ``roles``), whose figure it is (``holders``), the moments and clock times it
is dated to, and what happened to what it counts (``predicates``). Figures that count nothing
(page furniture, ``furniture``) and bracketed conversions of the figure before them are left
out. ``figures`` links the values of one quantity across articles.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field, replace

from spacy.lang.en.stop_words import STOP_WORDS

from crossbrief.analyze.figures import parse_number
from crossbrief.model import AnalyzedArticle
from crossbrief.synthesize.conflicts.context import (
    NEAR,
    Context,
    EntityIndex,
    Sentences,
    clock_times,
    context,
    root,
    stamps,
)
from crossbrief.synthesize.conflicts.furniture import counts_nothing
from crossbrief.synthesize.conflicts.holders import Holder, holder
from crossbrief.synthesize.conflicts.kinds import kind
from crossbrief.synthesize.conflicts.predicates import predicate
from crossbrief.synthesize.conflicts.roles import SIZE, count_role
from crossbrief.synthesize.conflicts.values import (
    MONEY_UNITS,
    SCALE_SUFFIX,
    SIGN,
    SUFFIX_SCALE,
    UNIT_AFTER,
    UNITS,
    WORD,
    Measure,
    falls,
    glued,
    joined_scale,
    measure,
    reading,
)
from crossbrief.synthesize.story import Story
from crossbrief.synthesize.text import fold

_BRACKET = re.compile(r"^\s*[(\[]\s*$")
# an opening bracket, and a currency sign the figure's span may leave out ("$11bn (£" + "5.7bn")
_OPENS = re.compile(rf"^\s*[(\[]\s*(?:{SIGN})?$")
# the next sum of a bracket listing conversions ("(£3.1bn; $5.5bn)": "; " and a sign),
# or an "or"/"and" ("(£3.1bn, or $5.5bn)", "(£3.1bn or $5.5bn)")
_LISTED = re.compile(rf"^\s*(?:[;,]\s*(?:(?:or|and)\s+)?|(?:or|and)\s+)(?:{SIGN})?$")
_NEXT_WORD = re.compile(r"\s+([A-Za-z]+)")
# a currency sign right before a figure the NER span left out ("$" + "11bn") is its currency
_SIGN = re.compile(SIGN + "$")
# a figure written with a plus ("+3.2%"): a rise, where an unsigned figure is only a size
_PLUS = re.compile(r"\+\s?(?:" + SIGN + r")?\.?\d")
# Counted nouns too common to tell two quantities apart ("60 people" killed, "162 people" hurt)
GENERIC = frozenset(
    {"people", "persons", "person", "others", "men", "women", "times", "years", "days", "cases"}
)
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
    kind: str = ""  # a noun narrowing its counted noun ("leagu" of "nine league goals": ``kinds``)
    act: str = ""  # what happened to what a count counts, or which measure ("dead", "imported")
    # its counted noun is capitalised ("12 Americans", "40 Palestinians"): people of a named
    # group, who may be a part of a toll, unlike things ("2 roads")
    named: bool = False
    # a sum in brackets after a sum in another currency ("$10m (£5.3m)"): that sum converted
    # at the writer's rate, which another writer's day or rate changes; the sum it converts,
    # as written ("$10m"), so that a reader can check it
    converted_from: str = ""
    # a converted sum as written, with the sign and scale its NER span may leave out ("£" +
    # "5.3" + "m"): shown in its stead, as ``converted_from`` is
    shown: str = ""

    @property
    def dimension(self) -> str:
        return self.measure.dimension

    @property
    def converted(self) -> bool:
        """Whether the figure is a bracketed conversion of the sum before it."""
        return bool(self.converted_from)


def _sized(text: str) -> str:
    """A measure written as a hyphenated adjective ("a 13-meter yacht", "80-kilometer winds")
    gives the size of the noun it qualifies, not a distance ("about 50 kilometers offshore")."""
    return SIZE if re.search(r"\d-[^\W\d_]+$", text.strip()) else ""


def _named(text: str, end: int, unit: str) -> bool:
    """Whether the counted noun right after a figure is written with a capital ("12
    Americans"): a named group of people, not a thing."""
    after = _NEXT_WORD.match(text, end)
    if after is None or not unit.isalpha():
        return False
    word = after.group(1)
    return word.lower() == unit.lower() and word[:1].isupper()


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
        written_before = ""  # the figure before, as written with its unit ("7.6 million kronor")
        held: tuple[Measure, str] | None = None  # the sum an open bracket converts, as written
        for f in sorted(a.figures, key=lambda f: f.start):
            first = glued(text, f.start, f.end)
            if first != f.end:  # "won 41% and 12% went to Kim": the first figure is this one
                f = replace(f, text=text[f.start : first], end=first)
            tail = UNIT_AFTER.match(text, f.end)
            # "7.6-million" reads as 7.6 at analysis; the scale word still counts
            value = parse_number(joined_scale(f.text)) or f.value
            sign = _SIGN.search(text, max(0, f.start - 4), f.start)
            written = (sign.group(0) if sign else "") + f.text
            # and a scale suffix right after a sum's span is its scale ("$" + "281" + "m")
            suffix = SCALE_SUFFIX.match(text, f.end - 1)
            if suffix and (sign or f.unit.lower() in MONEY_UNITS) and f.text[-1:].isdigit():
                value *= SUFFIX_SCALE[suffix.group(1)]
                written += suffix.group(1)
            m = measure(written, value, f.unit, tail.group(0) if tail else "")
            if m is None or value == 0:
                continue
            if m.sign > 0 and not _PLUS.match(written):
                fall = falls(text[max(0, f.start - 40) : f.start], text[f.end :][:20])
                if m.dimension in {"percent", "points"}:
                    # a change unsigned is a size either sign's figure may give ("fell 3.2%"
                    # as "-3.2%" does; "dipped 3.2%" though no word list knows it): only a
                    # written plus, or a fall told in words, gives it a direction
                    m = replace(m, sign=-1 if fall else 0)
                elif fall:  # a level ("$5 million") unsigned is above zero, unless it falls
                    m = replace(m, sign=0)
            # "50 mph (80 kph)": the bracketed conversion restates the figure before it (not
            # a sum in another currency: the gold counts sums converted at two rates as two
            # values of one quantity, "$978,000" / "$967,500" for one prize in kronor)
            converted = previous is not None and previous.dimension == m.dimension
            exchanged = previous is not None and _currencies(previous, m)
            origin, converting = written_before, previous
            previous, before, end = m, text[end : f.start], tail.end() if tail else f.end
            begin = sign.start() if sign else f.start
            # a scale suffix read past the span ("$281" + "m") is part of the sum as written
            stop = max(end, suffix.end() if suffix and written.endswith(suffix.group(1)) else 0)
            written_before = " ".join(text[begin:stop].split())
            if converted and _BRACKET.match(before):
                continue
            exchanged = exchanged and bool(_OPENS.match(before))
            # "€6bn (£3.1bn; $5.5bn)": each sum listed in the bracket converts the first
            if not exchanged and held is not None and _LISTED.match(before):
                exchanged = _currencies(held[0], m)
                origin = held[1]
            held = (held[0], origin) if exchanged and held else None
            if exchanged and held is None and converting is not None:
                held = (converting, origin)
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
                    kind(text, f.end, f.unit),
                    predicate(
                        local, f.start - sent.start, f.end - sent.start, m.dimension == "count"
                    ),
                    _named(text, f.end, f.unit),
                    origin if exchanged else "",
                    shown=written_before if exchanged else "",
                )
            )
    return out


def _currencies(a: Measure, b: Measure) -> bool:
    """Whether two sums are in two currencies, each one known ("$" and "£", not a sum whose
    currency the text does not give, which may be the first's)."""
    money = "money:"
    return (
        a.dimension.startswith(money)
        and b.dimension.startswith(money)
        and "?" not in (a.dimension + b.dimension)
        and a.dimension != b.dimension
    )


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
    a semicolon ("Velmora reported 130 dead; Orsk said 112"); ``places`` from
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
