"""Hand-made parses for quote tests: one row per token (word, head index, dep, POS)."""

from __future__ import annotations

from typing import Any

import spacy
from spacy.tokens import Doc

from crossbrief.analyze.quotes.context import Para

Row = tuple[str, int, str, str]
VOCAB = spacy.blank("en").vocab


def build_doc(rows: list[Row]) -> Any:
    """A Doc with the rows' parse; verbs tagged past tense (VBD), other words untagged."""
    return Doc(
        VOCAB,
        words=[r[0] for r in rows],
        heads=[r[1] for r in rows],
        deps=[r[2] for r in rows],
        pos=[r[3] for r in rows],
        tags=["VBD" if r[3] == "VERB" else "XX" for r in rows],
    )


def build_para(rows: list[Row], quoted: range) -> tuple[str, Para]:
    """The rows as one single-sentence paragraph, the tokens in ``quoted`` inside quote marks."""
    doc = build_doc(rows)
    marks = bytearray(len(doc))
    for i in quoted:
        marks[i] = 1
    return doc.text, Para(0, len(doc.text), doc, [doc[:]], [0], marks)
