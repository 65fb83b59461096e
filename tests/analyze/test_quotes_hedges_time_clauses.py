"""A verb of seeming in a clause of time ("When the street seemed quiet, ...") sets the
scene of what the sentence tells: no hedged claim of the writer's. The same verb in the
main clause still is one. Invented text, real pipeline."""

from __future__ import annotations

from typing import Any

from crossbrief.analyze import analyze_article
from crossbrief.model import Article


def _hedges(nlp: Any, text: str) -> list[str]:
    quotes = analyze_article(Article(id="t", text=text), nlp).quotes
    return [q.text for q in quotes if q.speaker_text is None]


def test_a_seeming_in_a_when_clause_is_no_claim(nlp: Any) -> None:
    assert _hedges(nlp, "When the street seemed quiet, the two men walked out of the shop.") == []


def test_a_seeming_in_an_until_clause_is_no_claim(nlp: Any) -> None:
    text = "The crowd stayed on the pier until the rain appeared to ease, then it went home."
    assert _hedges(nlp, text) == []


def test_a_seeming_in_the_main_clause_stays_a_claim(nlp: Any) -> None:
    # Negative: the clause of time is the other one; the seeming is the writer's hedge.
    hedges = _hedges(nlp, "The plan seemed doomed when the mayor resigned.")
    assert any("doomed" in h for h in hedges)
