"""Reporting verbs that report no saying whatever the verb: a purpose infinitive on a
passive ("Ann Lee was added to the list to describe the contract", "was brought in to
explain the rules": what someone was put there to do, not what was said) and a formula said
with no content ("said goodbye", "to say thanks", "said a prayer")."""

from __future__ import annotations

from typing import Any

# Formulas one says that carry no claim: greetings, leave-taking, thanks and prayers.
_FORMULA_WORDS = """goodbye goodbyes good-bye farewell farewells hello hi bye thanks grace
    amen prayer prayers"""
_FORMULAS = frozenset(_FORMULA_WORDS.split())
# What gives a verb of saying content besides its object: a clause or words after a colon.
_CLAUSES = frozenset({"ccomp", "xcomp", "parataxis"})
_PASSIVE = frozenset({"nsubjpass", "auxpass"})


def says_nothing(tok: Any, base: str) -> bool:
    """Whether the reporting verb ``tok`` (base form ``base``) reports no saying: a
    to-infinitive of purpose on a passive verb, or "say" with a formula for its object and
    no clause; 'went on the radio to say that ...' and 'said the crew would stay' stay."""
    return _passive_purpose(tok) or (base == "say" and _formula(tok))


def _passive_purpose(tok: Any) -> bool:
    """'was added to the list to describe the contract': the infinitive says why someone was
    acted on; its subject is whoever did it, and nothing was said. One with a clause of its
    own ("was called to the stand to testify that ...") says that clause."""
    return (
        tok.dep_ == "advcl"
        and not any(c.dep_ in _CLAUSES for c in tok.children)
        and tok.tag_ == "VB"
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children)
        and any(c.dep_ in _PASSIVE for c in tok.head.children)
    )


def _formula(tok: Any) -> bool:
    """'said goodbye to the crew', 'to say thanks': a formula for the object, no clause."""
    kids = list(tok.children)
    return not any(c.dep_ in _CLAUSES for c in kids) and any(
        c.dep_ in {"dobj", "npadvmod", "intj"} and c.lower_ in _FORMULAS for c in kids
    )
