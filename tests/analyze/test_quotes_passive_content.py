"""The content of a passive verdict or reporting verb ends before its 'by' agent when the
agent (with its own clauses, or a time after it) ends the clause: the agent is the speaker,
and a line that repeats its speaker as content says nothing more. Invented sentences, the
real pipeline."""

from __future__ import annotations

from typing import Any

import pytest

from tests.analyze.quote_rows import reported


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        (
            "The toll plan was rejected by harbour residents.",
            "harbour residents",
            "The toll plan was rejected",
        ),
        (
            "The fee rise was condemned by harbour workers on Monday.",
            "harbour workers",
            "The fee rise was condemned",
        ),
        (
            "The fee rise was condemned by Mayor Ann Lee, who called it unfair.",
            "Mayor Ann Lee",
            "The fee rise was condemned",
        ),
        (
            "The board offered to sell the pier, but this was rejected by the Hale family.",
            "the Hale family",
            "this was rejected",
        ),
    ],
)
def test_the_content_ends_before_an_agent_that_ends_the_clause(
    nlp: Any, text: str, speaker: str, content: str
) -> None:
    found = [f for f in reported(nlp, text) if f[0] == speaker]
    assert found == [(speaker, content)]


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        # a reason after the agent is part of what was said of the plan
        (
            "The toll plan was criticized by harbour residents for its high cost.",
            "harbour residents",
            "The toll plan was criticized by harbour residents for its high cost",
        ),
        # the view the agent holds, "as" a giveaway, is what was said
        (
            "The toll plan was criticized by some as a giveaway to the harbour board.",
            "some",
            "The toll plan was criticized by some as a giveaway to the harbour board",
        ),
        # a relative pronoun alone says nothing: the agent stays in the content
        (
            "The fee rise, which was welcomed by the harbour board, took effect in May.",
            "the harbour board",
            "which was welcomed by the harbour board",
        ),
        # a participle after its noun keeps its phrase, as before
        (
            "The toll plan, opposed by the harbour unions, was adopted in May.",
            "the harbour unions",
            "The toll plan, opposed by the harbour unions",
        ),
    ],
)
def test_words_after_the_agent_keep_it_in_the_content(
    nlp: Any, text: str, speaker: str, content: str
) -> None:
    assert reported(nlp, text) == [(speaker, content)]
