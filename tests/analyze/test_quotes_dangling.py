"""A fronted participle of saying whose clause speaks of "he" or "she" is no word of a body
named as the main clause's subject ("Despite insisting he ..., the paper suggested"): a
paper cannot say "he" of itself (invented text)."""

from __future__ import annotations

from typing import Any

import pytest

from crossbrief.analyze import analyze_article
from crossbrief.model import Article


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        (
            "Despite insisting he had done nothing wrong, the Velmora Herald suggested that he"
            " would resign within a week.",
            "insisting",
        ),
        ("After admitting she had lied, the newspaper said Ann Lee would quit.", "admitting"),
        ("Despite denying he took the money, prosecutors charged Tom Varga.", "denying"),
    ],
)
def test_a_body_is_not_the_speaker_of_a_dangling_participle(nlp: Any, text: str, cue: str) -> None:
    found = analyze_article(Article(id="t", text=text), nlp).quotes
    assert not any(q.cue == cue for q in found), [(q.speaker_text, q.cue) for q in found]


@pytest.mark.parametrize(
    ("text", "speaker", "cue"),
    [
        # Negative: a person as the main subject is the one who insisted
        (
            "Despite insisting that he was fit, Tom Varga missed the match.",
            "Tom Varga",
            "insisting",
        ),
        ("After admitting she had lied, the mayor resigned on Monday.", "the mayor", "admitting"),
        # Negative: a body insisting on a thing, no "he" in its words, keeps its row
        (
            "Despite insisting the pier was safe, the harbour board closed it.",
            "the harbour board",
            "insisting",
        ),
    ],
)
def test_a_person_or_a_body_saying_no_he_keeps_the_participle(
    nlp: Any, text: str, speaker: str, cue: str
) -> None:
    found = analyze_article(Article(id="t", text=text), nlp).quotes
    assert (speaker, cue) in [(q.speaker_text, q.cue) for q in found], found
