"""Times an undated article tells as a possibility or a plan ("might run in 2000", "plans
to stand in 2000"): what someone may do or means to do, not an event. With no date to show
the time lies ahead, a chronology would list it among what happened. A schedule told as
still to come ("the furnace will open in 2033", "said it would open") is kept: it is the
story's expected next event, placed after its latest year."""

from __future__ import annotations

import re

from crossbrief.model import AnalyzedArticle, TimeExpr

# A hedging modal not telling a past possibility ("might have staged" is past), or a verb
# of plan or wish before an infinitive.
_HEDGE_OR_PLAN = re.compile(
    r"\b(?:(?:might|may|could)(?!\s+(?:not\s+)?have\b)"
    r"|(?:plans?|planned|planning|intends?|intended|intending|hopes?|hoped|hoping|wants?|"
    r"wanted|wanting|aims?|aimed|aiming|seeks?|sought|seeking)\s+to)\b",
    re.I,
)
# Marks that end the clause before the time: what lies before them is another clause's.
_BOUNDARY = re.compile(r"[,;:(\u2014\u2013]|\s_\s|\s-\s")


def intention(a: AnalyzedArticle, t: TimeExpr) -> bool:
    """Whether a time not told as past (the analysis's tense: a plan told in the past, "was
    planning to run in 2000", may be over or ahead) hangs off a hedging modal or a verb of
    plan in its own clause: a possibility or a plan, not an event."""
    if t.tense < 0:
        return False
    span = a.sentences[a.sentence_index(t.start)]
    text = a.article.text
    bounds = list(_BOUNDARY.finditer(text, span.start, t.start))
    opened = bounds[-1].end() if bounds else span.start
    return bool(_HEDGE_OR_PLAN.search(text, opened, t.start))
