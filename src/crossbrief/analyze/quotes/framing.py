"""The writer's framing of a direct quote, which a cue's reported speech leaves out: the
clause before a colon that opens the quote, and the words the parser hangs on a quoted
verb ('said, in reference to the ferry, "It will sail"')."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from crossbrief.analyze.quotes.context import Para


def framed_quote(para: Para, left: Any, right: Any) -> bool:
    """Content before its cue that runs through a colon opening a quote ('Lee declared war
    on it: "It is dead," she said'): the cue after the quote reports the quote alone, and
    the clause before the colon is the writer's framing of it (a reporting verb there
    reports its own content)."""
    doc = para.doc
    for t in doc[left.i : right.i]:
        if t.text != ":" or para.quoted[t.i]:
            continue
        nxt = doc[t.i + 1]
        while nxt.is_space and nxt.i < right.i:
            nxt = doc[nxt.i + 1]
        if para.quoted[nxt.i]:
            return True
    return False


def quoted_clause(
    para: Para, taken: Sequence[tuple[int, int, bool]], left: Any, right: Any
) -> bool:
    """The reported clause from ``left`` to ``right`` has its verb inside a direct quote
    that ends it: the cue reports that quote, and the unquoted words the parser hangs on
    its verb before it ('As for the pier, she said, "It is safe"', 'said on Monday, in
    reference to the ferry, "It will sail"') are the writer's, not more of what was said.
    Words after the quote ('"We are horrified" by the attack'), or the clause's own "that"
    before it, make the quote a fragment of reported speech instead."""
    doc = para.doc
    head = doc[left.i : right.i + 1].root
    last = right
    while last.i > head.i and (last.is_punct or last.is_space):
        last = doc[last.i - 1]
    if any(c.dep_ == "mark" and c.lower_ == "that" and not para.quoted[c.i] for c in head.children):
        return False  # 'added that after taxes, "..."': a that-clause of the cue's own
    at, end = para.offset + head.idx, para.offset + last.idx
    return any(d and s <= at < e and s <= end < e for s, e, d in taken)
