"""A negation read off "never before" and off a subject that few or hardly any hold ("Few
think ...", "Hardly anyone believes ..."); invented sentences, real pipeline."""

from __future__ import annotations

from typing import Any

import pytest

from crossbrief.analyze import analyze_article
from crossbrief.model import Article, Quote


def _quote(nlp: Any, text: str, cue: str) -> Quote:
    found = [q for q in analyze_article(Article(id="t", text=text), nlp).quotes if q.cue == cue]
    assert len(found) == 1
    return found[0]


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("The mayor had never before questioned the board's budget.", "questioned"),
        ("Few think the pier will reopen soon.", "think"),
        ("Few fishermen expect the ferry to run again.", "expect"),
        ("Very few fishermen believe the ferry will run again.", "believe"),
        ("Hardly anyone believes the pier will reopen.", "believes"),
    ],
)
def test_never_before_or_a_negative_quantifier_negates(nlp: Any, text: str, cue: str) -> None:
    assert _quote(nlp, text, cue).negated


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("The mayor had questioned the board's budget before.", "questioned"),
        ("A few fishermen said the ferry would run again.", "said"),
        ("Quite a few fishermen think the pier will reopen.", "think"),
        ("The few fishermen who stayed said the ferry would run again.", "said"),
        ("Anyone who stayed believes the pier will reopen.", "believes"),
    ],
)
def test_a_few_or_a_plain_before_marks_nothing(nlp: Any, text: str, cue: str) -> None:
    # Negative: "a few" and "the few" are some people, who said it.
    assert not _quote(nlp, text, cue).negated
