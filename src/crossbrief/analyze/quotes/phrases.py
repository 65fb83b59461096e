"""Which phrase around a cue is its subject where the parser gives two or none (session 11):
the nearer of two subjects, the subject of the clause a participle goes on from."""

from __future__ import annotations

import unicodedata
from typing import Any

from crossbrief.analyze.quotes.animate import animate
from crossbrief.analyze.quotes.lexicon import SUBJECTS


def nearest_subject_first(verb: Any) -> list[Any]:
    """The verb's children, the nearer of two subjects first: where the parser gives a verb
    two subjects ("In his speech, a tribute to X, Lee said"; "PARIS, May 2 - Lee said";
    "Most back X, but many say"), the earlier is a misread phrase or another clause's, and
    the one next to the verb its subject ("Campaign chair Ann Lee said"); not a reflexive
    ("Lee herself said"), a common noun right after the name ("Lee the realist knows") or
    one the first's relative clause runs into ("Lee, who chairs the X Pac said")."""
    kids = list(verb.children)
    subjects = [c for c in kids if c.dep_ in SUBJECTS and c.i < verb.i]
    if len(subjects) != 2:
        return kids
    first, near = subjects
    if (
        near.lower_.endswith(("self", "selves"))
        or (
            first.pos_ == "PROPN"
            and near.pos_ == "NOUN"
            and first.right_edge.i + 1 == near.left_edge.i
            and not first.right_edge.is_punct
        )
        or any(c.dep_ == "relcl" for c in first.children)
    ):
        return kids
    return [near, first] + [c for c in kids if c not in subjects]


def clause_ending_at(last: Any, verb: Any, quoted: bytearray) -> Any:
    """The subject of the clause whose last word is ``last`` (the one before a participle's
    comma), or None."""
    tok = last
    while tok.head.i != tok.i and tok.head.i != verb.i and tok.head.right_edge.i == last.i:
        tok = tok.head
        if tok.pos_ in {"VERB", "AUX"}:
            subj = next((c for c in tok.children if c.dep_ in SUBJECTS and not quoted[c.i]), None)
            if subj is not None and not all(
                ch.isspace() or unicodedata.category(ch) == "Cf" for ch in subj.text
            ):  # an invisible mark the parser made a word of is no one
                return subj
    return None


# A possessive pronoun and the subjects it can stand for: a pronoun or a noun of its number.
_AGREES = {
    "his": ({"he"}, {"NN", "NNP"}),
    "her": ({"she"}, {"NN", "NNP"}),
    "their": ({"they"}, {"NNS", "NNPS"}),
}


def own_subject(possessor: Any, noun: Any) -> Any:
    """'Lee sharpened his criticism of X', 'Voters were scathing in their criticism of X':
    a stance noun whose possessive pronoun stands for the subject of the verb it hangs on (as
    its object, or through one preposition) is that subject's, and the subject phrase is
    the speaker, not the pronoun; None when the pronoun and the subject do not agree."""
    if possessor is None or possessor.lower_ not in _AGREES:
        return None
    verb = noun.head
    if noun.dep_ == "pobj" and verb.dep_ == "prep":
        verb = verb.head
    elif noun.dep_ != "dobj":
        return None
    if verb.dep_ == "acomp":
        verb = verb.head  # "were scathing in their criticism"
    if verb.pos_ not in {"VERB", "AUX"}:
        return None
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is None:
        return None
    pronouns, tags = _AGREES[possessor.lower_]
    if subj.lower_ in pronouns or (
        subj.tag_ in tags and subj.pos_ in {"NOUN", "PROPN"} and animate(subj)
    ):
        return subj
    return None
