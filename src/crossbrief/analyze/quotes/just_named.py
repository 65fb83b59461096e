"""Whom a "he", "she" or "his" that opens its sentence stands for when the sentence before
names one person, as the object of its verb, and no person as its subject: that person
("The harbour board called former pilot Tom Varga to testify. He said ..."), the one the
text has just turned to, rather than a speaker quoted some sentences earlier. A sentence
whose subject is a person is left to the usual search for the latest subject."""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from crossbrief.analyze.doc_cache import doc_ents, tokens_with_lower
from crossbrief.analyze.quotes.context import Para
from crossbrief.analyze.quotes.lexicon import SUBJECTS
from crossbrief.analyze.quotes.referents import surname

if TYPE_CHECKING:  # people.py defines People; no import cycle at run time
    from crossbrief.analyze.quotes.people import People


def sentence_starts(paras: Sequence[Para]) -> list[int]:
    """The article offset of each sentence start, in text order."""
    return [int(p.offset + p.doc[i].idx) for p in paras for i in p.sent_starts if len(p.doc)]


# How a name hangs on the verb that acts on it: its direct or indirect object ("called Tom
# Varga to testify", "gave Tom Varga a medal"). A name in a prepositional phrase ("in a
# meeting with Tom Varga") is a circumstance, not whom the sentence turns to.
_OBJECTS = frozenset({"dobj", "dative"})
_HE_SHE = frozenset({"he", "she"})


def object_starts(paras: Sequence[Para]) -> frozenset[int]:
    """The article offset of each named entity that is a verb's object, in apposition to
    one ("called its former pilot, Tom Varga") or joined to one by "and"."""
    out: set[int] = set()
    for p in paras:
        he_she = tokens_with_lower(p.doc, _HE_SHE)  # found once, not in every name's sentence
        for ent in doc_ents(p.doc):
            if _pronoun_subject(p, p.sent_of(ent.start), he_she):
                continue  # "Then he thanked Tom Hale.": the sentence is still about "he"
            root = ent.root
            while root.dep_ in {"appos", "conj"} and root.head.i != root.i:
                root = root.head  # "its pilot, Tom Varga"; "Tom Varga and Sam Ortiz"
            if root.dep_ in _OBJECTS and _main_verb(root.head, p.sent_of(ent.start)):
                out.add(int(p.offset + ent.start_char))
    return frozenset(out)


def _main_verb(verb: Any, sent: Any) -> bool:
    """``verb`` is its sentence's main verb or joined to it by "and": an object in a clause
    below ("The seed, who may meet Tom Varga, is ready") is no one the text turns to."""
    if verb.pos_ not in {"VERB", "AUX"}:
        return False
    return bool(verb.i == sent.root.i or (verb.dep_ == "conj" and verb.head.i == sent.root.i))


def _pronoun_subject(para: Para, sent: Any, he_she: Sequence[Any]) -> bool:
    """A "he" or "she" outside quote marks is a subject in the sentence: it goes on about
    someone named before, whom a later pronoun stands for too. ``he_she``: the paragraph's
    tokens "he" and "she"."""
    return any(
        sent.start <= t.i < sent.end and t.dep_ in SUBJECTS and not para.quoted[t.i] for t in he_she
    )


def just_named(
    people: People,
    before: int,
    female: bool,
    others: frozenset[str] = frozenset(),
    quoted: frozenset[str] = frozenset(),
) -> str | None:
    """For a pronoun at offset ``before`` with no person named before it in its own
    sentence outside quote marks: the one person the sentence before names as a verb's
    object (``People.objects``), not inside quotes or someone's reported words, of a gender the pronoun
    allows, not among ``quoted`` (whom the pronoun's own quote talks about) and with no
    surname in ``others`` (named in the pronoun's own clause: "he told Lee"); None when
    that sentence has a person as a subject (a description too: "the mayor"), names no
    such person or several, or the sentences are not known."""
    starts = people.sentences
    k = bisect.bisect_right(starts, before) - 1
    if k < 1:
        return None
    lo, here = starts[k - 1], starts[k]
    first = bisect.bisect_left(people.starts, lo)
    last = bisect.bisect_left(people.starts, before)
    found: set[str] = set()
    for j in range(first, last):
        if people.starts[j] >= here:
            if not people.quoted[j]:
                return None  # "Lee's aide said he ...": a person already in this sentence
            continue
        if people.subject[j] and not people.quoted[j]:
            return None  # a person is the sentence's subject: the usual search decides
        name = people.names[j]
        if people.starts[j] not in people.objects:
            continue  # "In a meeting with Tom Varga, ...": no one the text turns to
        if name is None or people.quoted[j] or people.reported[j] or name in quoted:
            continue
        if surname(name) in others:
            continue
        gender = people.gender(j)
        if gender is not None and gender != female:
            continue
        found.add(name)
    return found.pop() if len(found) == 1 else None
