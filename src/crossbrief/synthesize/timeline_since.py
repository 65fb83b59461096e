"""A time after "since" that dates the last like event, not the sentence's own.

"The first time since 2009", "the worst flood since 1987", "no ferry since 2012", "hasn't
won since 2015", "the third visit since 1996": the clause measures a stretch with nothing
like its event (or counts the like events in it), and the year is when that stretch began.
An entry at that year would tell the reader the sentence's event happened then. A state that
began then ("has been closed since 2012") keeps its entry: the state's start is the event
the year dates; so does a year a "when" clause tells of ("since 1987, when the river rose").
Synthesis has no parse, so the clause is the text from the last comma, semicolon, colon,
dash or bracket before "since".
"""

from __future__ import annotations

import re

from crossbrief.analyze.timex.words import ORDINALS
from crossbrief.model import AnalyzedArticle, TimeExpr

# "since", "ever since", with an article the analysis left outside the time ("since the
# spring").
_SINCE_BEFORE = re.compile(r"\bsince\s+(?:the\s+)?$", re.I)
# Where the clause holding "since" starts, searching back from it.
_CLAUSE_BREAK = re.compile(r"[,;:\u2014\u2013(]|\s-\s|--")
# Words by which a clause measures a stretch since the last like event: a negation, an
# ordinal or a count of times (lower case: "The Times" is a paper), a superlative (common
# ones, and those in "-iest" but "priest"). Superlatives are listed because synthesis has no
# tagger to mark them.
_SUPERLATIVE = (
    r"most|least|best|worst|(?!priest)\w+iest|(?:high|low|larg|bigg|great|long|short|strong"
    r"|weak|fast|slow|deep|wid|clos|old|young|rich|poor|hard|warm|cold|cool|hott|small|steep"
    r"|sharp|tall|quick|loud|bright|tough|dens)est"
)
_MEASURES = re.compile(
    r"(?:\b(?:no|not|never|none|nothing|nobody|neither|nor|without|once|twice|(?-i:times)"
    rf"|{'|'.join(ORDINALS)}|\d+(?:st|nd|rd|th)|{_SUPERLATIVE})\b|n[\u2019']t\b)",
    re.I,
)
# A "when" clause right after the time tells what happened at it.
_WHEN_AFTER = re.compile(r"\s*,?\s*when\b", re.I)


def since_last_like(a: AnalyzedArticle, t: TimeExpr) -> bool:
    """Whether ``t`` follows "since" in a clause that tells a first, a record, an absence or
    a count of like events ("the first time since 2009", "no ferry since 2012"), with no
    "when" clause after it telling that time's own event."""
    text = a.article.text
    opened = a.sentences[a.sentence_index(t.start)].start
    since = _SINCE_BEFORE.search(text, max(opened, t.start - 20), t.start)
    if since is None or _WHEN_AFTER.match(text, t.end):
        return False
    before = text[opened : since.start()]
    breaks = list(_CLAUSE_BREAK.finditer(before))
    clause = before[breaks[-1].end() :] if breaks else before
    return bool(_MEASURES.search(clause))
