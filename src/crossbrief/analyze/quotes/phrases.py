"""Which phrase around a cue is its subject where the parser gives two or none (session 11):
the nearer of two subjects, the subject of the clause a participle goes on from."""

from __future__ import annotations

import unicodedata
from typing import Any

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
