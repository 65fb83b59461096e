"""Dangling participles of saying: "Despite insisting he had done nothing wrong, the paper
suggested ...". A participle fronted before the main clause takes that clause's subject as
its own, but when its words speak of one person ("he", "she") and the subject is a body, a
plural or a thing, that subject cannot be the one who spoke them of himself: the writer
meant the person the article is about, and the main subject is not the speaker."""

from __future__ import annotations

from typing import Any

from crossbrief.analyze.quotes.lexicon import ORG_NOUNS, SUBJECTS

# Bodies named with a common noun, besides the organisation nouns: none is ever "he".
_BODY_WORDS = """newspaper paper magazine outlet station board council court government
    club team police ministry agency"""
_BODIES = ORG_NOUNS | frozenset(_BODY_WORDS.split())
_NOT_ONE = frozenset({"ORG", "GPE", "NORP", "FAC", "LOC", "PRODUCT", "WORK_OF_ART"})
_ONE_PERSON = frozenset({"he", "she"})


def dangles(participle: Any, subject: Any) -> bool:
    """Whether the fronted ``participle`` ("insisting he ...") cannot be said by the main
    clause's ``subject``: its clause's own subject is "he" or "she" and the main subject is
    a body ("the newspaper", a named organisation), a plural ("prosecutors") or a place."""
    if participle.tag_ != "VBG" or participle.i > subject.i:
        return False
    said = [c for c in participle.children if c.dep_ == "ccomp"]
    if not any(g.dep_ in SUBJECTS and g.lower_ in _ONE_PERSON for c in said for g in c.children):
        return False
    return (
        subject.ent_type_ in _NOT_ONE
        or subject.tag_ in {"NNS", "NNPS"}
        or subject.lower_ in _BODIES
        or subject.lower_ in {"it", "they", "we"}
    )
