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
# Words by which a clause measures a stretch since the last like event, anywhere in it: a
# negation or a count of times (lower case: "The Times" is a paper); "once" only as a count
# ("only once since", "once since 2016"), not of a former state ("the once-busy quay").
_NEGATION_OR_COUNT = re.compile(
    r"(?:\b(?:no|not|never|none|nothing|nobody|neither|nor|without|twice|(?-i:times))\b"
    r"|n[\u2019']t\b|\b(?:only|just|least|than|exactly)\s+once\b|\bonce\s*$)",
    re.I,
)
# An ordinal or a superlative (common ones, and those in "-iest" but "priest"), listed
# because synthesis has no tagger to mark them.
_SUPERLATIVE = (
    r"most|least|best|worst|(?!priest)\w+iest|(?:high|low|larg|bigg|great|long|short|strong"
    r"|weak|fast|slow|deep|wid|clos|old|young|rich|poor|hard|warm|cold|cool|hott|small|steep"
    r"|sharp|tall|quick|loud|bright|tough|dens)est"
)
_RANKS = re.compile(
    rf"\b(?:{'|'.join(ORDINALS)}|\d+(?:st|nd|rd|th)|{_SUPERLATIVE})\b",
    re.I,
)
# Finite auxiliaries and modals: the verb of a clause, told without a tagger.
_FINITE = re.compile(
    r"\b(?:is|are|am|was|were|has|have|had|do|does|did|will|would|shall|should|can|could"
    r"|may|might|must)\b|[\u2019'](?:ve|re|ll|d)\b",
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
    return bool(_NEGATION_OR_COUNT.search(clause)) or any(
        _measured(clause, rank) for rank in _RANKS.finditer(clause)
    )


def _measured(clause: str, rank: re.Match[str]) -> bool:
    """Whether an ordinal or superlative heads what the clause measures: nothing finite
    between it and "since" ("the worst flood since", "their fastest pace since"), or a
    finite verb before it, with the measured thing its complement ("is the first time the
    club has won since"). One in a subject before the clause's verb ("the largest port has
    been shut since") names what is in a state, and measures nothing."""
    return not _FINITE.search(clause, rank.end()) or bool(_FINITE.search(clause, 0, rank.start()))
