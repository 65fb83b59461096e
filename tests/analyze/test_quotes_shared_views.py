"""A view, a fear, a prize or power "shared" by someone is held or divided in common, not said: analysis keeps
the attribution (PolNeAR annotates it), the ledger shows no line (``claimless``). Sharing
news or figures is telling, and keeps its line.
Invented sentences, the real pipeline."""

from __future__ import annotations

from typing import Any

import pytest

from crossbrief.analyze import analyze_article
from crossbrief.model import Article, Quote


def _shared(nlp: Any, text: str) -> list[Quote]:
    quotes = analyze_article(Article(id="t", text=text), nlp).quotes
    return [q for q in quotes if (q.cue or "").lower().startswith("shar")]


@pytest.mark.parametrize(
    "text",
    [
        "The view was shared by Ann Lee, who chairs the harbour board.",
        "That concern is shared by the Velmora harbour board.",
        "The fear that fares will rise is shared by many residents.",
        "Misgivings about the toll were shared by most residents.",
        "The fishing prize was shared by Ann Lee and Tom Reed.",
        "Control of the harbour is shared by the two towns.",
    ],
)
def test_a_shared_view_or_prize_is_held_not_said(nlp: Any, text: str) -> None:
    found = _shared(nlp, text)
    assert found, "the attribution is still found"
    assert all(q.claimless for q in found)


@pytest.mark.parametrize(
    "text",
    [
        "The news was shared by Ann Lee on Monday.",
        "The figures were shared by police with reporters.",
    ],
)
def test_sharing_news_is_telling(nlp: Any, text: str) -> None:
    # Negative: news and figures shared are told, and keep their ledger line
    found = _shared(nlp, text)
    assert found
    assert all(not q.claimless for q in found)
