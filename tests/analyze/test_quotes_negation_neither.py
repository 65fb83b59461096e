"""A negation by the subject's determiner ("Neither office was able to say") or by a
governor that holds the speaker back ("was unable to say"); invented sentences, real
pipeline."""

from __future__ import annotations

from typing import Any

import pytest

from crossbrief.analyze import analyze_article
from crossbrief.model import Article, Quote


def _quote(nlp: Any, text: str, content: str) -> Quote:
    found = [
        q for q in analyze_article(Article(id="t", text=text), nlp).quotes if q.text == content
    ]
    assert len(found) == 1
    return found[0]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("Neither harbour board was able to say why the pier closed.", "why the pier closed"),
        ("Neither official said the plant would close.", "the plant would close"),
        ("Tom Reed was unable to say whether the plant would close.",
         "whether the plant would close"),
    ],
)  # fmt: skip
def test_no_one_or_unable_negates_the_quote(nlp: Any, text: str, content: str) -> None:
    assert _quote(nlp, text, content).negated


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("The port office was able to say why the pier closed.", "why the pier closed"),
        ("Each official said the plant would close.", "the plant would close"),
    ],
)  # fmt: skip
def test_an_able_or_a_plain_subject_marks_nothing(nlp: Any, text: str, content: str) -> None:
    # Negative: "was able to say" and "each official said" say it.
    assert not _quote(nlp, text, content).negated
