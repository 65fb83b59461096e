"""Whom a relative clause's noun stands for: the subject it is said to be ("Lee is a lawyer
who said ...": the lawyer is Lee), so that "who" resolves to a name."""

from __future__ import annotations

from typing import Any

from crossbrief.analyze.quotes.animate import animate
from crossbrief.analyze.quotes.lexicon import NAME_TYPES, PRONOUNS

_BE = frozenset({"is", "was", "are", "were", "be", "been", "being", "'s", "\u2019s"})
_WHO_HE_SHE = PRONOUNS | {"who"}


def predicated(noun: Any) -> Any:
    """The subject a noun is said to be ("Lee is a lawyer who ...": the lawyer is Lee), or
    the noun itself: a name keeps its own ("The winner was Tom Reed, who ..."), and only a
    name or he/she is climbed to ("It was Tom Reed who ...": "it" names no one)."""
    if noun.pos_ != "NOUN":
        return noun
    top = noun
    while top.dep_ in {"conj", "appos"} and top.head.i != top.i:
        top = top.head  # 'a liar, racist and birther who ...': the first of the list
    if top.dep_ != "attr" or top.head.lower_ not in _BE:
        return noun
    verb = top.head
    while True:
        subj = next((c for c in verb.children if c.dep_ == "nsubj" and c.i < top.i), None)
        if subj is not None or verb.dep_ != "conj" or verb.head.i == verb.i:
            # A name the tagger missed counts (an entity); "who" too: 'Hale, who is a liar
            # and a crank who said' climbs to Hale.
            named = subj is not None and (
                subj.pos_ == "PROPN" or subj.ent_type_ in NAME_TYPES or subj.lower_ in _WHO_HE_SHE
            )
            return subj if named else noun
        verb = verb.head  # 'Lee spoke and is a lawyer who ...': the subject they share


def who_in_personless(name: Any) -> bool:
    """'The show featured an interview with Sam Hale, who praised the cast.': a name with a
    "who" clause of its own, in a sentence whose main clause has no subject who can speak,
    is whom the sentence is about; a later "he" or "she" stands for it as for a subject
    ('Tom Reed met Sam Hale, who ...': Tom Reed stays the subject; a clause on two names
    joined by "and" is about both, not one). The clause may hang on the noun the name is
    in apposition to ("run by an administrator, Sam Hale, who ..."), and a main subject
    that is a body or a place ("Acme was run by ...") is no one a "he" stands for."""
    clause = next((c for c in name.children if c.dep_ == "relcl"), None)
    if clause is None and name.dep_ == "appos":
        clause = next((c for c in name.head.children if c.dep_ == "relcl" and c.i > name.i), None)
    if clause is None or not any(
        c.lower_ == "who" and c.dep_ in {"nsubj", "nsubjpass"} for c in clause.children
    ):
        return False
    if name.dep_ == "conj" or any(c.dep_ == "conj" for c in name.children):
        return False  # "rivals like Hale and Reed, who ...": the clause is about both
    main = name.sent.root
    subj = next((c for c in main.children if c.dep_ in _MAIN_SUBJECTS), None)
    return subj is not None and subj.i < name.i and not _one_who_speaks(subj)


# Entity types of a subject that can act but is no "he" or "she".
_NOT_A_PERSON = frozenset({"ORG", "GPE", "NORP", "FAC", "LOC", "PRODUCT"})


def _one_who_speaks(subj: Any) -> bool:
    """The subject can speak and may be a "he" or "she": animate, and not a named body or
    place ("Acme", "Velmora")."""
    return animate(subj) and subj.ent_type_ not in _NOT_A_PERSON


# A main clause's subject: a noun phrase, or a clause ("Explaining it has been hard").
_MAIN_SUBJECTS = frozenset({"nsubj", "nsubjpass", "csubj"})
