"""Who a name or a pronoun in a figure's sentence is: a name's keys (its story entity and
surname) and the person a "he", "she", "his" or "her" stands for.

A subject pronoun continues the subject of the sentence before ("Hale's knee needs
surgery, Lee said. He ran for 716 yards": Hale, the first person named who is not the
source), unless its own sentence names a person before it; a possessive pronoun is the
person last named.
"""

from __future__ import annotations

from collections.abc import Sequence

from crossbrief.model import AnalyzedArticle, Mention
from crossbrief.synthesize.conflicts.context import EntityIndex
from crossbrief.synthesize.conflicts.periods import within
from crossbrief.synthesize.text import fold

SPEECH = within(
    2,
    "said|says|say|saying|told|tells|reported|reports|reporting|announced|"
    "estimated|estimates|claimed|claims|according|quoted|added|stated|wrote",
    lead=r"^\W*",
)


def names(index: EntityIndex, article: str, start: int, end: int, name: str) -> set[str]:
    """The keys of a name: its story entity where known, and its last word."""
    keys = {fold(name).split()[-1].strip(".")} if name.strip() else set()
    eid = index.of(article, start, end)
    if eid:
        keys.add(eid)
    return keys


def last_person(a: AnalyzedArticle, index: EntityIndex, before: int) -> set[str]:
    """The person last named before ``before``: who "he", "she", "his" or "her" is."""
    people: Sequence[Mention] = index.people.get(a.article.id, ()) or [
        m for m in a.mentions if m.type == "PERSON"
    ]
    best = max((m for m in people if m.end <= before), key=lambda m: m.end, default=None)
    if best is None:
        return set()
    return names(index, a.article.id, best.start, best.end, best.text)


def pronoun_person(a: AnalyzedArticle, index: EntityIndex, low: int, before: int) -> set[str]:
    """Who a subject "he" or "she" before ``before`` is, in the sentence starting at ``low``:
    the person last named earlier in its own sentence, else the subject of the sentence
    before (the first person it names who is not a source, "Hale's knee needs surgery, Lee
    said": a pronoun subject continues the previous sentence's subject), else the person
    last named."""
    people: Sequence[Mention] = index.people.get(a.article.id, ()) or [
        m for m in a.mentions if m.type == "PERSON"
    ]
    if any(low <= m.start and m.end <= before for m in people):
        return last_person(a, index, before)
    n = a.sentence_index(low)
    if n > 0:
        text, prev = a.article.text, a.sentences[n - 1]
        for m in sorted(people, key=lambda m: m.start):
            if (
                prev.start <= m.start
                and m.end <= prev.end
                and not SPEECH.match(text[m.end : prev.end])
            ):
                return names(index, a.article.id, m.start, m.end, m.text)
    return last_person(a, index, before)
