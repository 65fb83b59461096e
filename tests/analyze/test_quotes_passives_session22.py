"""A relative clause telling how someone came to a post ("a lawyer who was appointed by the
court") describes that person: it reports no verdict of the agent (invented text)."""

from __future__ import annotations

from typing import Any

import pytest

from crossbrief.analyze import analyze_article
from crossbrief.model import Article


@pytest.mark.parametrize(
    "text",
    [
        "She was represented by a lawyer who was appointed by the court two days ago and met"
        " her only once.",
        "Ann Lee, who was elected by the council in March, opened the pier.",
    ],
)
def test_a_post_given_in_a_relative_clause_is_no_verdict(nlp: Any, text: str) -> None:
    found = analyze_article(Article(id="t", text=text), nlp).quotes
    assert not any(q.cue in {"appointed", "elected"} for q in found), found


@pytest.mark.parametrize(
    ("text", "speaker", "cue"),
    [
        # Negative: the appointment told as the news is still the agent's choice
        (
            "Tom Varga was appointed by the harbour board on Monday.",
            "the harbour board",
            "appointed",
        ),
        # Negative: a verdict on a thing in a relative clause is still the agent's side
        ("The toll plan, which was rejected by voters in May, is back.", "voters", "rejected"),
    ],
)
def test_a_choice_told_as_news_or_a_verdict_on_a_thing_keeps_its_row(
    nlp: Any, text: str, speaker: str, cue: str
) -> None:
    found = analyze_article(Article(id="t", text=text), nlp).quotes
    assert [(q.speaker_text, q.cue) for q in found] == [(speaker, cue)]
