"""Whether a sentence's main act is told in the present or the present perfect, from the
auxiliary before the analysis's main predicate (hand-built articles, invented text)."""

from __future__ import annotations

import pytest

from crossbrief.model import AnalyzedArticle, Article, Span
from crossbrief.model_acts import Act
from crossbrief.synthesize.main_tense import present_main


def _article(text: str, *acts: Act) -> AnalyzedArticle:
    return AnalyzedArticle(
        article=Article(id="a", text=text), sentences=(Span(0, len(text)),), acts=acts
    )


@pytest.mark.parametrize(
    ("text", "act", "present"),
    [
        ("Velmora Bank has been barred from suing the dairy.", "barred", True),
        ("The dairy hopes to return to the exchange.", "hopes", True),
        ("The quay is closed to ferries.", "closed", True),
        ("The mayor is the winner.", "winner", True),
        # Negative: past, past perfect, modal and bare past forms.
        ("Velmora Bank was barred from suing the dairy.", "barred", False),
        ("Velmora Bank had been barred from suing the dairy.", "barred", False),
        ("The dairy could return to the exchange.", "return", False),
        ("The dairy returned to the exchange.", "returned", False),
        # Negative: a word in -ss is no third person of a verb.
        ("The dairy will press on.", "press", False),
    ],
)
def test_the_main_acts_tense(text: str, act: str, present: bool) -> None:
    assert present_main(_article(text, Act(0, act)), 0, text) is present


def test_a_reported_act_or_one_outside_the_text_tells_nothing() -> None:
    text = "The board says the quay is closed."
    assert not present_main(_article(text, Act(0, "closed", reported=True)), 0, text)
    assert not present_main(_article(text, Act(0, "sank")), 0, text)
    assert not present_main(AnalyzedArticle(article=Article(id="a", text=text)), 0, text)
