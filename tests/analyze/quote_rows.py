"""Helpers of the quote tests: hand-made parses, one row per token (word, head index, dep,
POS), and the reported speech the real pipeline finds in a text."""

from __future__ import annotations

from typing import Any

import spacy
from spacy.tokens import Doc

from crossbrief.analyze import analyze_article
from crossbrief.analyze.quotes.context import Para
from crossbrief.model import Article

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


def reported(nlp: Any, text: str) -> list[tuple[str, str]]:
    """(speaker as written, content) of each indirect quote the pipeline finds in ``text``."""
    quotes = analyze_article(Article(id="t", text=text), nlp).quotes
    return [(q.speaker_text or "", q.text) for q in quotes if q.kind == "indirect"]
