"""Refusals to speak: 'Tom Varga declined to comment', 'the ministry would not elaborate'.

A refusal is an attribution without a statement. PolNeAR annotates it as one ("declined" as
cue, "to comment" as content), so analysis keeps it and the attribution scorer sees it; the
quote ledger leaves it out, since it has no words of anyone's to show.
"""

from __future__ import annotations

import re

from crossbrief.analyze.quotes.lexicon import FORM_TO_BASE
from crossbrief.model import Quote

# Verbs that refuse whatever they take ('declined to ...', 'refused to ...').
_REFUSING = frozenset({"decline", "refuse"})
# Speech whose refusal says nothing: to comment, to say whether, to discuss the matter.
_SPEECH = (
    r"comment|say|discuss|elaborate|answer|respond|reply|speak|talk|specify|confirm|"
    r"disclose|detail|reveal|address|speculate|be interviewed|give details|provide details"
)
_REFUSED_SPEECH = re.compile(rf"to\s+(?:{_SPEECH})\b", re.IGNORECASE)
# 'would not comment', "didn't elaborate", 'never responded': a verb of speech negated.
_NEGATED = re.compile(r"\b(?:not|n't|never)\s+(?:\w+\s+)?$", re.IGNORECASE)
_NEGATED_SPEECH = re.compile(
    r"(?:comment|respond|repl(?:y|ie)|answer|elaborate|speculate|discuss|say|said|talk)"
    r"(?:s|d|ed|ing)?",
    re.IGNORECASE,
)


def is_refusal(article_text: str, q: Quote) -> bool:
    """True for reported speech that only tells that someone would not speak: a cue of
    refusing with a verb of speech ('declined to comment on the case', 'refused to say
    whether'), or a negated verb of speech as cue ('would not comment'). 'Declined to
    endorse the plan' is a side taken, not a refusal to speak."""
    if q.kind != "indirect" or q.cue is None or q.cue_start is None:
        return False
    cue = q.cue.split()[-1].lower() if q.cue.split() else ""
    words = article_text[q.start : q.end]
    if FORM_TO_BASE.get(cue) in _REFUSING:
        # The content keeps its verb ('declined to comment') or starts after it.
        rest = words[len(q.cue) :] if words.lower().startswith(q.cue.lower()) else words
        return _REFUSED_SPEECH.match(rest.strip()) is not None
    before = article_text[max(0, q.cue_start - 24) : q.cue_start]
    return _NEGATED_SPEECH.fullmatch(cue) is not None and _NEGATED.search(before) is not None
