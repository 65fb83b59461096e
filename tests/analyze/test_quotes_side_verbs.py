"""Verbs of taking a side ("back", "support", "oppose", "endorse", "favour") tell a
position, not words said: "The Greens are to back the harbour plan" is the party's side in a
vote to come, shown as a position. Invented sentences, the real pipeline."""

from __future__ import annotations

from typing import Any

import pytest

from crossbrief.analyze import analyze_article
from crossbrief.analyze.quotes import is_position
from crossbrief.model import Article


@pytest.mark.parametrize(
    "text",
    [
        "The Greens are to back the harbour plan in a vote on Monday.",
        "The Greens will oppose the harbour plan in a vote on Monday.",
        "Ann Lee endorsed the harbour plan on Monday.",
    ],
)
def test_taking_a_side_is_a_position(nlp: Any, text: str) -> None:
    found = [q for q in analyze_article(Article(id="t", text=text), nlp).quotes]
    assert found and all(is_position(q.cue) for q in found)


@pytest.mark.parametrize("cue", ["backs", "supported", "opposing", "favours"])
def test_every_form_of_a_side_verb_is_a_position(cue: str) -> None:
    assert is_position(cue)


@pytest.mark.parametrize("cue", ["said", "announced", "warned", "praised"])
def test_words_said_are_no_position(cue: str) -> None:
    # Negative: speech verbs stay reported speech.
    assert not is_position(cue)
