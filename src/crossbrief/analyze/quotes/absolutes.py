"""The subject of an absolute "with" phrase: in '..., with the mayor, Ann Lee, saying that
...' the mayor says it, not the main clause's subject, though the parser may hang the
participle on the main verb and the mayor on "with" as its object."""

from __future__ import annotations

from typing import Any


def absolute_subject(verb: Any, quoted: bytearray) -> Any:
    """The noun an absolute "with" phrase right before a subjectless participle names, or
    None. The phrase is set off from its clause (a comma before "with", or "With" opening the
    sentence), unlike the partner of "spoke with"; and the participle follows its noun at
    once, or after the comma closing the noun's apposition ("with the mayor, Ann Lee,
    saying"), unlike a manner phrase ("with a smile, saying": the main subject speaks)."""
    if verb.tag_ != "VBG" or verb.dep_ not in {"advcl", "conj", "dep", "acl"}:
        return None
    doc = verb.doc
    j = verb.i - 1
    comma = j >= 0 and doc[j].text == ","
    if comma:
        j -= 1
    if j < 0 or quoted[j]:
        return None
    with_ = next((t for t in doc[j].ancestors if t.lower_ == "with" and t.dep_ == "prep"), None)
    # the comma closing an apposition may hang on the noun, inside the phrase
    if with_ is None or with_.right_edge.i not in {j, verb.i - 1} or with_.is_ancestor(verb):
        return None
    if with_.i > with_.sent.start and doc[with_.i - 1].text != ",":
        return None
    noun = next((c for c in with_.children if c.dep_ == "pobj"), None)
    if noun is None or noun.pos_ not in {"NOUN", "PROPN"} or quoted[noun.i]:
        return None
    if comma and not any(c.dep_ == "appos" and c.right_edge.i == j for c in noun.children):
        return None
    return noun
