"""Nested attributions: a source that passes on someone's quoted words.

'"We will win," Lee said, according to an AP account': the AP is the source of the whole
report that Lee said the words, and Lee the source of the words. Both are attributions; the
outer one's content is the quote with its cue clause (what the AP reported), and it is
marked ``relays`` so that the ledger shows Lee's line "via" the AP, never the AP's own.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from crossbrief.analyze.quotes.context import Para
from crossbrief.analyze.quotes.lexicon import CLOSE_MARKS, MARKS, OPEN_MARKS, STRAIGHT, is_reporting

CLAUSE_WORDS = 16  # at most this many tokens in the cue clause between quote and phrase
_SUBJECTS = frozenset({"nsubj", "nsubjpass"})
# A double quote mark: another quote; apostrophes are words' own ("O'Malley", "Manila's").
_DOUBLE = re.compile(f"[{OPEN_MARKS}{CLOSE_MARKS}{STRAIGHT}]|''|``")


def relayed_spans(
    text: str, para: Para, taken: Sequence[tuple[int, int, bool]], cue_start: int
) -> list[tuple[int, int]]:
    """Article offsets of what a source phrase at token ``cue_start`` relays, when it closes
    the cue clause of a direct quote right before it ('"...," Lee said Monday, according to
    Z'): from the quote's first word to the clause's last, and the quote that goes on right
    after the phrase's sentence to the end of the paragraph ('... according to Z. "..."'),
    which has no cue but Lee's. Empty when the phrase is not set right after such a
    clause: reported speech ('Lee said the vote was close, according to Z'), a fragment
    with no cue of its own ('the ferry "sank fast," according to Z'), or a phrase opening a
    sentence."""
    first = _relayed_span(text, para, taken, cue_start)
    if first is None:
        return []
    spans = [first]
    sent = para.sent_of(cue_start)
    after = para.offset + sent.end_char
    rest = [(s, e) for s, e, direct in taken if direct and s >= after]
    if rest:
        s, e = min(rest)
        if not text[after:s].strip(MARKS + " \u00a0\n") and _closes_paragraph(text, para, e):
            spans.append((s, e))
    return spans


def _closes_paragraph(text: str, para: Para, end: int) -> bool:
    """Nothing but marks and punctuation between ``end`` and the paragraph's end."""
    last = para.doc[-1]
    stop = para.offset + last.idx + len(last.text)
    return not any(c.isalnum() for c in text[end:stop])


def _relayed_span(
    text: str, para: Para, taken: Sequence[tuple[int, int, bool]], cue_start: int
) -> tuple[int, int] | None:
    doc = para.doc
    off = para.offset
    if para.quoted[cue_start]:
        return None
    sent = para.sent_of(cue_start)
    last = cue_start - 1
    while last >= sent.start and (doc[last].is_punct or doc[last].is_space):
        last -= 1
    if last < sent.start:
        return None
    phrase_at = off + doc[cue_start].idx
    before = [(s, e) for s, e, direct in taken if direct and e <= phrase_at]
    if not before:
        return None
    start, end = max(before, key=lambda span: span[1])
    clause_end = off + doc[last].idx + len(doc[last].text)
    gap = text[end:clause_end]
    words = gap.lstrip(MARKS + ",.?!\u2014\u2013- \u00a0")
    if not words or "\n" in gap or len(gap) == len(words) or _DOUBLE.search(words):
        return None  # no closing mark right before the clause, or another quote inside it
    clause = para.tokens(clause_end - len(words), clause_end)
    if clause is None or len(clause) > CLAUSE_WORDS or clause.start < sent.start:
        return None
    if not any(_cue_of_quote(t, clause) for t in clause):
        return None
    return start, clause_end


def _cue_of_quote(tok: Any, clause: Any) -> bool:
    """A reporting verb whose subject lies in the clause ('Lee said', 'said Lee') and which
    says nothing else after it (a clause of its own would be reported speech)."""
    if not is_reporting(tok):
        return False
    if any(c.dep_ in {"ccomp", "xcomp"} and c.i > tok.i for c in tok.children):
        return False
    return any(c.dep_ in _SUBJECTS and clause.start <= c.i < clause.end for c in tok.children)
