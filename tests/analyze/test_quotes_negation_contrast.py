"""A negated cue does not reach content set after a contrast word ("did not think so,
however 'the time has come'"); content inside the negated clause stays negated. Invented
sentences, real pipeline."""

from __future__ import annotations

from typing import Any

from crossbrief.analyze import analyze_article
from crossbrief.model import Article, Quote


def _quotes(nlp: Any, text: str) -> list[Quote]:
    return list(analyze_article(Article(id="t", text=text), nlp).quotes)


def test_content_after_however_is_not_negated(nlp: Any) -> None:
    text = (
        'Lee added the actor had "briefly crossed my mind" the last time he was hiring, but'
        ' he did not think he was right for the part, however "now that moment has arrived".'
    )
    found = {q.text: q for q in _quotes(nlp, text)}
    assert found["he was right for the part"].negated
    assert not found["now that moment has arrived"].negated


def test_a_quote_inside_the_negated_clause_stays_negated(nlp: Any) -> None:
    found = {
        q.text: q for q in _quotes(nlp, 'Reed did not believe the pier was "safe for anyone".')
    }
    assert found["safe for anyone"].negated
