"""Questions put to someone: 'Lee was asked ...', 'Asked whether ..., Lee said'. The one
asked is no speaker of the question; its asker is, when a 'by' agent names them."""

from __future__ import annotations

from typing import Any

from crossbrief.analyze.quotes.lexicon import FORM_TO_BASE

_ASKING = frozenset({"ask", "question"})


def asked_passive(verb: Any) -> bool:
    """'Lee was asked ...', '(When) asked whether ..., Lee said', 'Lee was questioned about
    ...': a question put to someone, whose subject (or the subject of the clause it hangs on)
    was asked, not the asker."""
    if FORM_TO_BASE.get(verb.lower_) not in _ASKING or verb.tag_ not in {"VBN", "VBD"}:
        return False
    deps = {c.dep_ for c in verb.children}
    if "auxpass" in deps:
        return True
    if verb.dep_ != "advcl" or deps & {"nsubj", "nsubjpass", "aux", "csubj"}:
        return False
    # A participle ('Asked whether ..., Lee said') or one a time word opens ('smiled when
    # asked'); a bare past tense after its head is the head subject's own question ('Lee
    # stood up, asked whether ...').
    return (
        verb.tag_ == "VBN"
        or verb.i < verb.head.i
        or any(c.dep_ in {"mark", "advmod"} and c.lower_ in _ASKED_WHEN for c in verb.children)
        or _set_off(verb)
    )


def _set_off(verb: Any) -> bool:
    """Set off by commas right after a noun ('Hale, asked about X, had said'): a participle
    on the noun misread as a clause of its own."""
    doc, left, right = verb.doc, verb.left_edge.i, verb.right_edge.i
    if left < 2 or right + 1 >= len(doc) or doc[right + 1].text != ",":
        return False
    return doc[left - 1].text == "," and doc[left - 2].pos_ in {"NOUN", "PROPN", "PRON"}


_ASKED_WHEN = frozenset({"when", "if", "once", "after", "before", "while", "until"})


def asker(verb: Any) -> Any:
    """Who put the question of a passive 'asked': its 'by' agent, else no one named."""
    by = next((c for c in verb.children if c.dep_ == "agent"), None)
    return next((g for g in by.children if g.dep_ == "pobj"), None) if by is not None else None
