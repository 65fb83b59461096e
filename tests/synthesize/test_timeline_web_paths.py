"""A web address's path left in the copy as a line of its own ("news / 2031 / 12 / 20 /
some-slug /", as a tokenized corpus stores it) places no timeline row; a sentence with a
fraction or "and/or" is prose and keeps its row."""

from __future__ import annotations

from typing import Any

from crossbrief.model import Article
from crossbrief.pipeline import brief_articles


def _rows(nlp: Any, text: str) -> list[tuple[str, str]]:
    brief = brief_articles([Article(id="a", text=text, published="2031-12-21")], nlp=nlp)
    return [(e.expression, e.text) for e in brief.timeline]


def test_a_spaced_web_path_places_no_row(nlp: Any) -> None:
    text = (
        "news / 2031 / 12 / 20 / harbour-board-sells-ferries-in-fourth-quarter /\n\n"
        "Ann Lee resigned as mayor of Orlen on Monday."
    )
    rows = _rows(nlp, text)
    assert not any("/" in sentence for _, sentence in rows)
    assert any(expression == "Monday" for expression, _ in rows)


def test_a_sentence_with_a_fraction_keeps_its_row(nlp: Any) -> None:
    text = "The new fare is 3/4 of the old one and/or less, the harbour board said on Monday."
    assert [expression for expression, _ in _rows(nlp, text)] == ["Monday"]
