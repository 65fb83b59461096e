"""What a figure is about by name: the things its own clause names.

A measure that recurs across a story (a bid, a takings, a price, a prize) is given for
several things of one kind: one bidder's offer and a rival's, one title's sales and
another's. A reader tells them apart by the names in each figure's own clause ("Norvik's
rival Altamar could bid £1.4bn" / "Norvik may raise its bid to £1.5bn"): two figures whose
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

from spacy.lang.en.stop_words import STOP_WORDS

from crossbrief.model import AnalyzedArticle
from crossbrief.synthesize.conflicts.context import EntityIndex, root
from crossbrief.synthesize.text import CAPITAL, fold

# names of things a figure may be about; dates, numbers and measures are no such names, and
# places say where, not what (``readings`` tells places apart; a town lies in its province)
THING_TYPES = frozenset({"PERSON", "ORG", "NORP", "WORK_OF_ART", "PRODUCT", "EVENT"})
# a reporting verb: the names before it in the clause are its sources ("Reuters said")
_SPEECH = re.compile(
    r"\b(?:said|says|say|saying|told|tells|reported|reports|announced|announces|"
    r"claimed|claims|stated|states|added|wrote|according\s+to|quoted)\b",
    re.I,
)

_CAPS = re.compile(rf"{CAPITAL}[\w'\u2019-]*(?:\s+{CAPITAL}[\w'\u2019-]*)*")
_SUBORDINATE = re.compile(
    r"\b(?:when|while|as|after|before|because|who|whom|which|that|where|since|until)\b", re.I
)


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
    for m in a.mentions:
        if m.type not in THING_TYPES or m.start < low or m.end > tail:
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
    keys |= _unnamed_titles(a, low, tail, start, end)
    return frozenset(keys)


def _unnamed_titles(a: AnalyzedArticle, low: int, tail: int, start: int, end: int) -> set[str]:
    """Roots of the last words of runs of two or more capitalised words that the NER left
    untagged in ``low``-``tail`` (a title it missed), none of them a time expression."""
    text = a.article.text
    taken = [(m.start, m.end) for m in a.mentions] + [(t.start, t.end) for t in a.times]
    taken.append((start, end))
    keys = set()
    for m in _CAPS.finditer(text, low, tail):
        # (a lone capitalised word is as often a place or people the NER missed)
        words = [w for w in m.group(0).split() if fold(w) not in STOP_WORDS]
        if len(words) < 2 or any(s < m.end() and m.start() < e for s, e in taken):
            continue
        keys.add(root(fold(words[-1]).strip(".'\u2019")))
    return keys
