"""One-word names the tagger calls a person that the article itself uses as a place or as a
team: "the wedding was held in Dorvik", "near his hometown of Dorvik", "Dorvik were beaten at
home" (a plural verb: a club, a band or a firm in British usage, never one person).
Such a name is no antecedent for a later "he" or "she", so the quote finder types it as the
place or the body it is before gathering the article's people."""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from typing import Any

from crossbrief.analyze.doc_cache import doc_ents
from crossbrief.analyze.quotes.context import Para
from crossbrief.model import Mention

# Prepositions after which a bare name is a place ("in Dorvik", "near Dorvik"); not "at",
# "from", "to" or "with", which take people as often ("angry at Lee", "a letter from Lee").
_LOCATIVE = frozenset({"in", "near", "outside", "inside", "throughout", "across"})
# Nouns of a place whose "of" names it ("the town of Dorvik", "his hometown of Dorvik").
_PLACE_WORDS = """town hometown city village province region county district capital
    suburb port island state country municipality commune"""
_PLACES = frozenset(_PLACE_WORDS.split())
# Present and past forms agreeing with a plural subject only ("Dorvik host", "Dorvik were");
# not "have", which is also the bare form after a modal ("Lee will have").
_PLURAL_FORMS = frozenset({"VBP"})
_PLURAL_WORDS = frozenset({"were", "are"})


def _as_place(tok: Any) -> bool:
    """'in Dorvik', 'the town of Dorvik': a bare name (no possessive) named as a place."""
    prep = tok.head
    if tok.dep_ != "pobj" or any(c.dep_ == "case" for c in tok.children):
        return False
    if prep.lower_ in _LOCATIVE:
        return True
    return prep.lower_ == "of" and prep.head.lower_ in _PLACES


def _as_team(tok: Any) -> bool:
    """'Dorvik were beaten', 'Dorvik are top': a bare name as the subject of a verb in its
    plural form (a person takes "is", "was", "has"), unless joined to another subject ("Lee
    and Hale are")."""
    verb = tok.head
    if tok.dep_ not in {"nsubj", "nsubjpass"} or tok.tag_ != "NNP":
        return False
    if any(c.dep_ in {"conj", "cc"} for c in tok.children):
        return False
    if verb.tag_ in _PLURAL_FORMS or verb.lower_ in _PLURAL_WORDS:
        return True
    return any(c.dep_ in {"aux", "auxpass"} and c.lower_ in _PLURAL_WORDS for c in verb.children)


def placed_words(paras: Sequence[Para]) -> frozenset[str]:
    """The one-word names (lower-cased) the article uses as a place or as a team."""
    out = set()
    for para in paras:
        for ent in doc_ents(para.doc):
            if len(ent) == 1 and ent.label_ == "PERSON" and (_as_place(ent[0]) or _as_team(ent[0])):
                out.add(ent.text.lower())
    return frozenset(out)


def as_places(mentions: Sequence[Mention], paras: Sequence[Para]) -> list[Mention]:
    """The mentions, each one-word person's the article uses as a place or a team typed GPE
    (a place, or a team named for its town), so no pronoun is resolved to it."""
    placed = placed_words(paras)
    if not placed:
        return list(mentions)
    return [
        dataclasses.replace(m, type="GPE")
        if m.type == "PERSON" and " " not in m.text and m.text.lower() in placed
        else m
        for m in mentions
    ]
