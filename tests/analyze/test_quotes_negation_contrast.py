"""A negated cue does not reach content set after a contrast word ("did not think so,
however 'the time has come'"); content inside the negated clause stays negated. Invented
sentences, real pipeline."""

from __future__ import annotations

from typing import Any

from tests.analyze.test_quotes import quotes


def test_content_after_however_is_not_negated(nlp: Any) -> None:
    text = (
        'Voss added the singer had "come up in talks" the first time she was casting, but she'
        ' did not think she was suited to the role, however "today the timing is right".'
    )
    found = {q.text: q for q in quotes(nlp, text)}
    assert found["she was suited to the role"].negated
    assert not found["today the timing is right"].negated


def test_a_quote_inside_the_negated_clause_stays_negated(nlp: Any) -> None:
    found = {q.text: q for q in quotes(nlp, 'Reed did not believe the pier was "safe for anyone".')}
    assert found["safe for anyone"].negated
