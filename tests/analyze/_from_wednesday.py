"""Times of invented text written on a Wednesday: from it the nearest Sunday and Monday are
gone (three and two days back, four and five ahead), so which one a weekday gets tells which
way it was counted."""

from __future__ import annotations

from typing import Any

from crossbrief.analyze.paragraphs import Paragraph, paragraph_spans
from crossbrief.analyze.times import extract_times
from crossbrief.model import TimeExpr

WEDNESDAY = "2031-04-23"
SUNDAY_GONE, SUNDAY_AHEAD = "2031-04-20", "2031-04-27"
MONDAY_GONE, MONDAY_AHEAD = "2031-04-21", "2031-04-28"


def times_of(nlp: Any, text: str) -> dict[str, TimeExpr]:
    """The time expressions of ``text`` as written on ``WEDNESDAY``, by their text."""
    paragraphs = [Paragraph(s, nlp(text[s:e])) for s, e in paragraph_spans(text)]
    return {t.text: t for t in extract_times(paragraphs, WEDNESDAY)}
