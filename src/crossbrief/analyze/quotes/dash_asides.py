"""A verb after a dash aside goes on from the clause around the aside: in 'Lee said the
ferry was late - she "called it a disgrace" - and added, "..."' Lee adds it, though the
parser may join "added" to the aside's own verb and give it the aside's subject. An aside
set off by dashes is complete between them, so a verb after the closing dash is coordinated
with the verb outside."""

from __future__ import annotations

from typing import Any

# Dashes that set off an aside: en, em and bar dashes, a doubled hyphen; a lone hyphen
# counts only with spaces on both sides ("Mary-Ann" holds none).
_DASHES = frozenset({"\u2013", "\u2014", "\u2015", "--"})


def _dash(tok: Any) -> bool:
    if tok.text in _DASHES:
        return True
    return bool(tok.text == "-" and tok.whitespace_ and tok.i > 0 and tok.nbor(-1).whitespace_)


def past_aside(verb: Any) -> Any:
    """The verb above ``verb`` whose subject it shares: its head, or, when the head lies in
    a dash aside that closes between them, the first verb above the head outside that
    aside, or the verb of the clause before the aside when the parser made the aside the
    sentence's root."""
    head = verb.head
    if verb.dep_ != "conj" or head.i >= verb.i:
        return head
    doc = verb.doc
    closing = next((t.i for t in doc[head.i + 1 : verb.i] if _dash(t)), None)
    opening = [t.i for t in doc[verb.sent.start : head.i] if _dash(t)]
    if closing is None or not opening:
        return head
    lo = opening[-1]
    v = head
    while lo < v.i < closing and v.head.i != v.i:
        v = v.head
    if not lo < v.i < closing:
        return v
    # the aside read as the sentence's root: the clause before it, hung below it
    before = [t for t in doc[verb.sent.start : lo] if not verb.sent.start <= t.head.i < lo]
    return before[0] if len(before) == 1 and before[0].pos_ == "VERB" else head
