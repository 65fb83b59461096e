"""Reporting verbs that give no one's words: a purpose infinitive on a passive ("was added
to the list to describe ..."), a formula said with no content ("to say goodbye"), and a bare
"One" standing for a thing before a verb of showing. Invented text, real pipeline."""

from __future__ import annotations

from typing import Any

import pytest

from crossbrief.analyze import analyze_article
from crossbrief.model import Article
from tests.analyze.quote_rows import reported


def _lines(nlp: Any, text: str) -> list[tuple[str, str]]:
    """(speaker as written, content) of each reported line the ledger may show."""
    quotes = analyze_article(Article(id="t", text=text), nlp).quotes
    return [
        (q.speaker_text or "", q.text)
        for q in quotes
        if q.kind == "indirect" and not q.claimless and not q.inanimate_source
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Ann Lee was added to the list to describe the ferry contract.",
        "Tom Varga was brought in to explain the new toll rules to drivers.",
        "The players gathered at the pier to say goodbye to their coach.",
        "Tom Varga said goodbye to the crew on Friday.",
        "The harbour board printed two cartoons of the mayor last week. "
        "One showed him standing on a broken bridge saying he would fix it.",
    ],
)
def test_no_words_are_reported(nlp: Any, text: str) -> None:
    assert _lines(nlp, text) == []


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        (
            "Ann Lee went on the radio to say that the ferry contract was unfair.",
            "Ann Lee",
            "the ferry contract was unfair",
        ),
        ("Tom Varga said the crew would stay in Velmora.", "Tom Varga", "the crew would stay"),
        (
            "Two harbour officials spoke to reporters. One said the pier was safe.",
            "One",
            "the pier was safe",
        ),
        # an infinitive on a passive with a clause of its own says it
        (
            "Tom Varga was called to the stand to testify that he saw the crash.",
            "Tom Varga",
            "he saw the crash",
        ),
    ],
)
def test_words_said_stay(nlp: Any, text: str, speaker: str, content: str) -> None:
    found = _lines(nlp, text)
    assert len(found) == 1
    assert found[0][0] == speaker
    assert content in found[0][1]


@pytest.mark.parametrize(
    "text",
    [
        "Fans will remember Tom Varga, who played the captain in the first film.",
        "Viewers may remember the actors who played the part before him.",
    ],
)
def test_a_memory_foretold_is_no_ones_words(nlp: Any, text: str) -> None:
    assert reported(nlp, text) == []


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("Ann Lee remembered that the pier had closed in May.", "the pier had closed"),
        ("Tom Varga will remember the old pier as a place of trade.", "a place of trade"),
    ],
)
def test_a_memory_told_stays(nlp: Any, text: str, content: str) -> None:
    found = reported(nlp, text)
    assert len(found) == 1 and content in found[0][1]
