"""'"...," said one young man': the speaker of an inverted cue is the noun the numeral
counts, not the numeral ("one"), which names someone only alone ('"...," said one.').
Invented text, the real pipeline."""

from __future__ import annotations

from typing import Any

from crossbrief.analyze import analyze_article
from crossbrief.model import Article


def _speakers(nlp: Any, text: str) -> list[str]:
    quotes = analyze_article(Article(id="t", text=text), nlp).quotes
    return [q.speaker_text or "" for q in quotes if q.kind == "direct"]


def test_the_noun_a_numeral_counts_speaks(nlp: Any) -> None:
    text = (
        "`` What I see when I look at this,'' said one old man, a cloth cap pulled low over "
        "his eyes, `` is that we are losing our town for good."
    )
    speakers = _speakers(nlp, text)
    assert speakers
    assert all(s.startswith("one old man") for s in speakers), speakers


def test_a_numeral_alone_still_speaks(nlp: Any) -> None:
    text = 'Two boys stood by the gate of the harbour board.\n\n"We will wait here," said one.'
    assert _speakers(nlp, text) == ["one"]
