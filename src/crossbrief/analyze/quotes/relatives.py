"""Whom a relative clause's noun stands for: the subject it is said to be ("Lee is a lawyer
who said ...": the lawyer is Lee), so that "who" resolves to a name."""

from __future__ import annotations

from typing import Any

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
            # A name the tagger missed counts (an entity); "who" too: 'Trump, who is a liar
            # and birther who said' climbs to Trump.
            named = subj is not None and (
                subj.pos_ == "PROPN" or subj.ent_type_ in NAME_TYPES or subj.lower_ in _WHO_HE_SHE
            )
            return subj if named else noun
        verb = verb.head  # 'Lee spoke and is a lawyer who ...': the subject they share
