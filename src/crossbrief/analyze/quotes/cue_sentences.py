"""Cues in a sentence next to a quote's own: the sentence after it ('"..." Lee asked.') or
the sentence before it that ends in a colon ('He added:'), and the verb of a statement noun
('Lee issued the following statement:')."""

from __future__ import annotations

import bisect
from typing import Any

from crossbrief.analyze.quotes.context import Para
from crossbrief.analyze.quotes.lexicon import CUE_REACH, NOUN_CUES, SUBJECTS, is_reporting


def cue_ahead(para: Para, span: Any, direct: bool) -> Any:
    """The reporting verb opening the sentence after the quote ``span`` ('"..." Smith
    asked.'), or None. For a direct quote, a verb whose named subject reports a clause of
    its own ('"..." In reply, Lee said the plan would fail.') opens that speaker's words,
    not this quote's cue; one whose subject is a pronoun ('He added that ...') goes on
    with the speaker before, so may well be the quote's."""
    k = bisect.bisect_right(para.sent_starts, span.end - 1)
    if k >= len(para.sents):
        return None
    after = para.sents[k]
    # A cue on the next line is that line's own ('"..." \n Polls see ...').
    if any("\n" in para.doc[j].text for j in range(span.end, after.start + 1)):
        return None
    for t in after[:CUE_REACH]:
        if not para.quoted[t.i] and is_reporting(t):
            own = direct and reports_own_clause(t, para.quoted) and _named_subject(t)
            return None if own else t
    return None


def _named_subject(verb: Any) -> bool:
    """The verb has a subject that is no pronoun ("Lee said", not "he said")."""
    return any(c.dep_ in SUBJECTS and c.tag_ != "PRP" for c in verb.children)


def reports_own_clause(verb: Any, quoted: bytearray) -> bool:
    """The verb has a clause of its own after it, outside quote marks ("Lee said the plan
    would fail"): its own reported words. An addressee ("told reporters") or a time ("said
    on Monday") is none."""
    return any(c.dep_ == "ccomp" and c.i > verb.i and not quoted[c.i] for c in verb.children)


def cue_before_colon(para: Para, span: Any) -> Any:
    """The reporting verb (or statement verb) near the end of the sentence before the quote
    when that sentence ends in a colon ('He added: "..."'), or None."""
    k = bisect.bisect_right(para.sent_starts, span.start) - 2
    if k < 0 or para.sents[k][-1].text != ":":
        return None
    before = para.sents[k]
    for t in reversed(before[-CUE_REACH:]):
        if not para.quoted[t.i] and is_reporting(t):
            return t
    return statement_verb(before[-CUE_REACH:], para.quoted)


def statement_verb(toks: Any, quoted: bytearray) -> Any:
    """'Lee issued the following statement:': the verb whose object is an attribution noun
    introduces the quote after the colon, and its subject is the speaker."""
    for t in reversed(list(toks)):
        if (
            t.pos_ == "NOUN"
            and t.lower_ in NOUN_CUES
            and t.dep_ == "dobj"
            and t.head.pos_ == "VERB"
            and not quoted[t.i]
        ):
            return t.head
    return None
