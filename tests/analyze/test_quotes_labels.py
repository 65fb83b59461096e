"""A quoted word or two alone at its cue is a label, not an attribution; invented text."""

from __future__ import annotations

from typing import Any

import pytest

from crossbrief.analyze import analyze_article
from crossbrief.analyze.quotes import _lone_labels
from crossbrief.model import Article, Quote, QuoteKind


def _quote(kind: QuoteKind, text: str, cue_start: int) -> Quote:
    return Quote(
        text=text,
        start=50,
        end=50 + len(text),
        kind=kind,
        cue="called",
        cue_start=cue_start,
        cue_end=cue_start + 6,
    )


@pytest.mark.parametrize("text", ["pirates", "harbour pirates,", "top secret."])
def test_a_lone_short_fragment_is_dropped(text: str) -> None:
    assert _lone_labels([_quote("partial", text, 10)]) == []


@pytest.mark.parametrize("text", ["No.", "Really?", "Too many!", "a rusting relic of the past"])
def test_an_utterance_or_a_longer_fragment_stays(text: str) -> None:
    assert len(_lone_labels([_quote("partial", text, 10)])) == 1


def test_a_fragment_sharing_its_cue_with_reported_speech_stays() -> None:
    quotes = [_quote("indirect", "called the plan a gamble", 10), _quote("partial", "a gamble", 10)]
    assert _lone_labels(quotes) == quotes


def test_direct_quotes_are_never_labels() -> None:
    assert len(_lone_labels([_quote("direct", "Go home", 10)])) == 1


def test_a_term_in_marks_is_not_given_as_someones_words(nlp: Any) -> None:
    text = 'Mayor Lee spoke out for "floating piers" as the answer to the floods.'
    quotes = analyze_article(Article(id="t", text=text), nlp).quotes
    assert [q.text for q in quotes if q.kind == "partial"] == []


def test_a_one_word_answer_stays(nlp: Any) -> None:
    text = 'Asked whether she would resign, Mayor Park said, "No."'
    quotes = analyze_article(Article(id="t", text=text), nlp).quotes
    assert [(q.speaker_text, q.text) for q in quotes if q.cue == "said"] == [("Mayor Park", "No.")]
