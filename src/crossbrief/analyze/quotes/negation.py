"""Negated cues: "did not say", "never claimed", "doesn't believe", "was not critical of".

A negated attribution reports that something was *not* said or held, so its content must
never be shown as someone's words. The negation is read from the cue itself, per article:
a ``neg`` dependent of the cue ("not", "n't", "never"), or one of those words among its
auxiliaries; for a stance adjective or noun after a copula ("is not sure that"), the
copula's. A verb joined by "or"/"nor" to a negated verb and with no subject of its own
shares its negation ("did not confirm or deny"). A cue that negates by its sense ("denied
that", "refused to") is a cue of its own and is not marked.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from dataclasses import replace
from typing import Any

from crossbrief.analyze.quotes.context import Para
from crossbrief.model import Quote

# Negating words as the tokenizer splits them ("did" + "n't"; curly apostrophes too).
NEGATORS = frozenset({"not", "n't", "n\u2019t", "never", "nt"})
# "not only", "not just": the first half of "... but also", which adds and does not deny.
_ADDING = frozenset({"only", "just", "merely", "simply"})
_DO = frozenset({"do", "does", "did"})
_NEGATING_DEPS = frozenset({"neg", "aux", "auxpass", "advmod"})
# Dependents that join a stance adjective or noun to its copula ("is not sure that").
_PREDICATES = frozenset({"acomp", "attr"})
_SUBJECTS = frozenset({"nsubj", "nsubjpass", "csubj", "expl"})


def _negates(tok: Any, cue: Any, quoted: Sequence[int]) -> bool:
    """A "not"/"never" before the cue and outside quote marks; one after the cue or inside a
    quote belongs to the quoted words ('"Probably not," she said')."""
    if tok.i > cue.i or (tok.i < len(quoted) and quoted[tok.i]):
        return False
    if tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].lower_ in _ADDING:
        return False  # "not only said ... but": a second statement, no denial of the first
    return tok.dep_ == "neg" or (tok.dep_ in _NEGATING_DEPS and tok.lower_ in NEGATORS)


def negated_cue(cue: Any, quoted: Sequence[int] = ()) -> bool:
    """Whether the cue token ``cue`` is negated: by its own "not"/"never", by its copula's
    when it is a predicate adjective or noun, or, for a verb joined by "or"/"nor" with no
    subject of its own, by the verb it is joined to. ``quoted`` marks the tokens inside
    quote marks, whose negations are the quoted words'."""
    if any(_negates(c, cue, quoted) for c in cue.children):
        return True
    if cue.dep_ in _PREDICATES and any(_negates(c, cue, quoted) for c in cue.head.children):
        return True
    if cue.dep_ == "dobj" and cue.head.lower_ in _DO and cue.head.i < cue.i:
        # "didn’t comment" parsed as "did" with the noun "comment": the negation is "did"'s
        return any(_negates(c, cue, quoted) for c in cue.head.children)
    if cue.dep_ == "conj" and not any(c.dep_ in _SUBJECTS for c in cue.children):
        first = cue.head
        joined = any(c.dep_ == "cc" and c.lower_ in {"or", "nor"} for c in first.children)
        return joined and negated_cue(first, quoted)
    return False


def mark_negated(quotes: Sequence[Quote], paras: Sequence[Para]) -> list[Quote]:
    """The quotes with ``negated`` set on those whose cue is negated in the text."""
    starts = [p.offset for p in paras]
    out = []
    for q in quotes:
        if q.cue_start is not None and q.cue_end is not None and paras:
            para = paras[max(bisect.bisect_right(starts, q.cue_start) - 1, 0)]
            span = para.tokens(q.cue_start, q.cue_end)
            if span is not None and len(span) and negated_cue(span.root, para.quoted):
                q = replace(q, negated=True)
        out.append(q)
    return out
