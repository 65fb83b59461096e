"""A question put to someone in the passive ('Lee was asked', 'Asked whether ..., Lee said'):
the one asked is not its speaker; the asker is, when a 'by' agent names them. Invented
sentences, real pipeline."""

from __future__ import annotations

from typing import Any

import pytest

from crossbrief.analyze import analyze_article
from crossbrief.model import Article, Quote


def _asked(nlp: Any, text: str) -> list[Quote]:
    quotes = analyze_article(Article(id="t", text=text), nlp).quotes
    return [q for q in quotes if (q.cue or "").lower() == "asked"]


@pytest.mark.parametrize(
    "text",
    [
        'Mayor Park was asked, "Will you run again?"',
        "Mayor Park was asked whether she would run again.",
        "Asked about the ferry toll, Mayor Park said it was fair.",
        "Mayor Park smiled when asked about the ferry toll.",
        "The toll had come up after Mayor Park, asked about the ferry, had said it was fair.",
    ],
)
def test_the_one_asked_is_no_speaker_of_the_question(nlp: Any, text: str) -> None:
    asked = _asked(nlp, text)
    assert asked, "the question is still reported"
    assert all(q.speaker_text is None for q in asked)


def test_a_by_agent_put_the_question(nlp: Any) -> None:
    text = "Asked by reporters about the ferry toll, Mayor Park said it was fair."
    asked = _asked(nlp, text)
    assert asked
    assert asked[0].speaker_text == "reporters"


@pytest.mark.parametrize(
    "text",
    [
        "Mayor Park asked the council whether the toll was fair.",
        "Mayor Park has asked the council to delay the vote.",
    ],
)
def test_an_active_asker_is_the_speaker(nlp: Any, text: str) -> None:
    asked = _asked(nlp, text)
    assert asked
    assert asked[0].speaker_text == "Mayor Park"


def test_a_speaker_after_the_question_keeps_their_answer(nlp: Any) -> None:
    text = "Asked about the ferry toll, Mayor Park said it was fair."
    quotes = analyze_article(Article(id="t", text=text), nlp).quotes
    said = [q for q in quotes if q.cue == "said"]
    assert [q.speaker_text for q in said] == ["Mayor Park"]


def test_a_past_tense_ask_after_its_head_is_the_subjects_question(nlp: Any) -> None:
    text = "Ann Lee stood up, asked whether the council had voted and sat down again."
    assert [q.speaker_text for q in _asked(nlp, text)] == ["Ann Lee"]
