"""The time expressions the real pipeline finds in invented text, for the time tests."""

from __future__ import annotations

from typing import Any

from crossbrief.analyze.paragraphs import Paragraph, paragraph_spans
from crossbrief.analyze.times import extract_times
from crossbrief.model import TimeExpr


def times_in(nlp: Any, text: str, anchor: str | None) -> list[TimeExpr]:
    """The time expressions of ``text``, parsed a paragraph at a time as analysis parses it,
    the relative ones resolved against ``anchor`` (the article's date)."""
    paragraphs = [Paragraph(s, nlp(text[s:e])) for s, e in paragraph_spans(text)]
    return extract_times(paragraphs, anchor)
