"""Outlets that spell a quote's words apart only in spacing ("data center", "datacenter")
carry one quote: the ledger lists it once. Invented text, real pipeline."""

from __future__ import annotations

from typing import Any

from crossbrief.model import Article
from crossbrief.pipeline import brief_articles


def _lines(nlp: Any, first: str, second: str) -> list[str]:
    arts = [
        Article(id="a", text=f"\u201c{first},\u201d said Ann Lee, the head of the firm."),
        Article(id="b", text=f"\u201c{second},\u201d said Ann Lee, the head of the firm."),
    ]
    return [q.text for q in brief_articles(arts, nlp=nlp).quotes]


def test_one_quote_spaced_two_ways_is_listed_once(nlp: Any) -> None:
    lines = _lines(
        nlp,
        "The data center is the heart of every harbour office now",
        "The datacenter is the heart of every harbour office now",
    )
    assert len(lines) == 1, lines


def test_other_words_stay_apart(nlp: Any) -> None:
    # Negative: a different word is a different quote (a word spelled another way,
    # "centre", is not: test_quote_ledger_lines).
    lines = _lines(
        nlp,
        "The data center is the heart of every harbour office now",
        "The data vault is the heart of every harbour office now",
    )
    assert len(lines) == 2, lines
