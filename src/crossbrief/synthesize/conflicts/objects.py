"""What a figure is about by name: the things its own clause names.

A measure that recurs across a story (a bid, a takings, a price, a prize) is given for
several things of one kind: one bidder's offer and a rival's, one title's sales and
another's. A reader tells them apart by the names in each figure's own clause ("Harlow's
rival Brenmoor could offer €900m" / "Harlow may lift its offer to €950m"): two figures whose
clauses both name things, none of them shared, are about two things. A name that only
reports the figure ("Reuters said", "according to the agency") names a source, not what
the figure is about, and a clause that names nothing is unknown, which clashes with no
name. Two or more capitalised words in a row that the NER left untagged are a name too (a title
it missed), unless they hold a time expression; a lone one is as often a place or a people
it missed. Names are keyed by their story entity where synthesis found one and by the root of
their last word ("Ebbers" meets "Bernie Ebbers", "Pros" meets "Pro").
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass
from itertools import accumulate

from spacy.lang.en.stop_words import STOP_WORDS

from crossbrief.model import AnalyzedArticle, Mention
from crossbrief.synthesize.conflicts.context import EntityIndex, root
from crossbrief.synthesize.text import CAPITAL, fold

# names of things a figure may be about; dates, numbers and measures are no such names, and
# places say where, not what (``readings`` tells places apart; a town lies in its province)
THING_TYPES = frozenset({"PERSON", "ORG", "NORP", "WORK_OF_ART", "PRODUCT", "EVENT"})
# a reporting verb: the names before it in the clause are its sources ("Reuters said"); so is
# an estimating verb ("the agency estimated that ... 40", "put the toll at 40"), unless what
# it estimates is its subject's own ("estimated its losses at", "put its offer at")
_OWN = r"(?!\s+(?:its|their|his|her|our|my)\b)"
_SPEECH = re.compile(
    r"\b(?:said|says|say|saying|told|tells|reported|reports|announced|announces|"
    r"claimed|claims|stated|states|added|wrote|according\s+to|quoted)\b"
    rf"|\b(?:estimat\w*|reckon\w*|calculat\w*|count(?:s|ed|ing)?|tall(?:y|ies|ied|ying))\b{_OWN}"
    rf"|\bput(?:s|ting)?\b{_OWN}(?=(?:\s+[\w'\u2019-]+){{1,4}}?\s+at\b)",
    re.I,
)

_CAPS = re.compile(rf"{CAPITAL}[\w'\u2019-]*(?:\s+{CAPITAL}[\w'\u2019-]*)*")
_SUBORDINATE = re.compile(
    r"\b(?:when|while|as|after|before|because|who|whom|which|that|where|since|until)\b", re.I
)


@dataclass(frozen=True)
class _Spans:
    """One article's name mentions and taken spans, sorted once for every figure of it."""

    things: list[Mention]  # mentions of ``THING_TYPES`` by start
    starts: list[int]  # their starts
    taken: list[int]  # starts of every mention and time expression, sorted
    reach: list[int]  # the furthest end among the taken spans up to each one


# per article, by object identity (the article kept so that its id is not reused)
_CACHE: dict[int, tuple[AnalyzedArticle, _Spans]] = {}
_CACHE_SIZE = 256  # articles: more than a story holds


def _spans(a: AnalyzedArticle) -> _Spans:
    found = _CACHE.get(id(a))
    if found is not None and found[0] is a:
        return found[1]
    things = sorted((m for m in a.mentions if m.type in THING_TYPES), key=lambda m: m.start)
    taken = sorted([(m.start, m.end) for m in a.mentions] + [(t.start, t.end) for t in a.times])
    spans = _Spans(
        things,
        [m.start for m in things],
        [s for s, _ in taken],
        list(accumulate((e for _, e in taken), max)),
    )
    if len(_CACHE) >= _CACHE_SIZE:
        _CACHE.clear()
    _CACHE[id(a)] = (a, spans)
    return spans


def named_things(
    a: AnalyzedArticle, index: EntityIndex, head: int, tail: int, start: int, end: int
) -> frozenset[str]:
    """Keys of the things the clause ``head``-``tail`` names around the figure at
    ``start``-``end``, its sources left out: each name's story entity and last word's root."""
    text = a.article.text
    # a source reports the figure: the names up to the last reporting verb before it, and
    # a name a reporting verb follows after it ("..., the agency said")
    said = [m.end() for m in _SPEECH.finditer(text, head, start)]
    low = said[-1] if said else head
    # a subordinate clause after the figure is about something else ("her 12 children when
    # Lee fired"): only names before such a word speak of the figure's thing
    sub = _SUBORDINATE.search(text, end, tail)
    tail = sub.start() if sub else tail
    keys: set[str] = set()
    spans = _spans(a)
    for m in spans.things[bisect_left(spans.starts, low) :]:
        if m.start > tail:
            break
        if m.end > tail:
            continue
        # the figure's own span names nothing, and the noun right after it is what it
        # counts ("40 Villagers"), not what it is about
        if (m.start < end and start < m.end) or (
            m.start >= end and not text[end : m.start].strip()
        ):
            continue
        if m.start >= end and _SPEECH.match(text, m.end + 1, tail):
            continue
        words = fold(m.text).removeprefix("the ").split()
        if not words:
            continue
        keys.add(root(words[-1].strip(".'\u2019")))
        eid = index.of(a.article.id, m.start, m.end)
        if eid:
            keys.add(eid)
    keys |= _unnamed_titles(text, spans, (low, tail), start, end)
    return frozenset(keys)


def _unnamed_titles(
    text: str, spans: _Spans, where: tuple[int, int], start: int, end: int
) -> set[str]:
    """Roots of the last words of runs of two or more capitalised words that the NER left
    untagged in ``where`` (a title it missed), none of them a time expression."""
    keys = set()
    for m in _CAPS.finditer(text, *where):
        # (a lone capitalised word is as often a place or people the NER missed)
        words = [w for w in m.group(0).split() if fold(w) not in STOP_WORDS]
        if len(words) < 2 or (start < m.end() and m.start() < end):
            continue
        # a taken span overlaps the run when one starting before its end reaches past its start
        k = bisect_left(spans.taken, m.end())
        if k and spans.reach[k - 1] > m.start():
            continue
        keys.add(root(fold(words[-1]).strip(".'\u2019")))
    return keys
