"""The subject of a clause after "as" that the parser read as a phrase: in 'Dockers
clapped as port control announced that ...' port control announces, though the parser
may hang "port control" on "as" as its object and the verb on "clapped" (as a second
verb of the dockers, or a clause with no subject). English joins two verbs of one
subject with "and" or a comma; a verb right after the object of "as" is that object's."""

from __future__ import annotations

from typing import Any

# Words that open a clause of time or manner, which the parser may take for prepositions.
_SUBORDINATORS = frozenset({"as", "after", "before", "until", "while", "since"})
_FINITE = frozenset({"VBD", "VBZ", "VBP"})


def as_clause_subject(verb: Any, quoted: bytearray) -> Any:
    """The noun a finite ``verb`` hung on the verb before it (coordinated, or as its
    clause) follows at once as the object of "as" (or "after", "while", ...) on that verb,
    with no "and" or comma between; None otherwise."""
    if verb.dep_ not in {"conj", "advcl"} or verb.tag_ not in _FINITE or verb.i == 0:
        return None
    doc = verb.doc
    noun = doc[verb.i - 1]
    if quoted[noun.i] or noun.pos_ not in {"NOUN", "PROPN"} or noun.dep_ != "pobj":
        return None
    prep = noun.head
    if prep.lower_ not in _SUBORDINATORS or prep.head.i != verb.head.i:
        return None
    if any(t.pos_ == "CCONJ" or t.text == "," for t in doc[prep.i + 1 : verb.i]):
        return None  # "as mayor and announced": the main subject goes on
    return noun
