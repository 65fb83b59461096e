"""Splitting an article into paragraphs, the unit spaCy is fed.

spaCy's sentence splitter merges sentences across blank lines when given a whole article,
so each paragraph is parsed as its own Doc and offsets are mapped back to the article.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

_BLANK = re.compile(r"\n[ \t]*\n")
_LINE = re.compile(r"\n")


@dataclass(frozen=True)
class Paragraph:
    """A parsed paragraph: its offset in the article text and its spaCy Doc."""

    offset: int
    doc: Any  # spacy.tokens.Doc


def paragraph_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each non-empty paragraph.

    Blank lines separate paragraphs when the text has any; otherwise every line is one (news
    text often comes one paragraph per line).
    """
    sep = _BLANK if _BLANK.search(text) else _LINE
    spans = []
    pos = 0
    for m in sep.finditer(text):
        spans.append((pos, m.start()))
        pos = m.end()
    spans.append((pos, len(text)))
    out = []
    for start, end in spans:
        chunk = text[start:end]
        stripped = chunk.strip()
        if stripped:
            lead = len(chunk) - len(chunk.lstrip())
            out.append((start + lead, start + lead + len(stripped)))
    return out
