"""A time that qualifies a noun of outlook is no event's date: "the prospects for the
Velmora region in 2031", "the outlook for 2031", "its growth forecast for 2031" tell what is
foreseen for that time, not when the sentence's event happened (the report was launched or
the forecast made on another day). A verb between the noun and the time ("the outlook for
trade improved in 2031") makes the time the verb's: that keeps its entry."""

from __future__ import annotations

import re

from crossbrief.model import AnalyzedArticle, TimeExpr

# Nouns of what is foreseen (never "plan" or "target": a plan's time is its event's; nor
# "expectations", which a result fails or meets in its own time: "sales fell short of the
# board's expectations for 2029" tells the sales of 2029).
_OUTLOOK = r"outlooks?|prospects?|forecasts?|projections?|predictions?"
# Words between "for" and the time's preposition, none a verb form that could take the time
# ("is", "were", "will", a past in -ed): "for the Velmora region", "for growth of 3%".
_WORD = (
    r"(?!(?:is|are|was|were|be|been|being|will|would|could|should|can|may|might|must|has|"
    r"have|had|did|does|do)\b)[\w'%.\u2019-]+(?<!ed)"
)
# The noun, "for" and at most four such words then "in", "for" or "during" right before the
# time; or the noun and "for" right before it ("the outlook for 2031").
_BEFORE = re.compile(
    rf"\b(?:{_OUTLOOK})\s+for\s+(?:(?:{_WORD}\s+){{1,4}}(?:in|for|during)\s+)?$", re.I
)
# How far back the noun may stand from the time: its words and four words between.
_REACH = 80


def outlook_time(a: AnalyzedArticle, t: TimeExpr) -> bool:
    """Whether the time qualifies a noun of outlook before it in its sentence (see the
    module's doc)."""
    text = a.article.text
    start = max(a.sentences[a.sentence_index(t.start)].start, t.start - _REACH)
    return bool(_BEFORE.search(text, start, t.start))
