"""Stances of caution and opposition ("cautious about", "opposed to", "sympathetic to"),
told with an adjective or a participle read as one, are positions their subject holds
(invented sentences, the real pipeline)."""

from __future__ import annotations

from typing import Any

import pytest

from crossbrief.analyze import analyze_article
from crossbrief.analyze.quotes.stance_words import is_position
from crossbrief.model import Article


@pytest.mark.parametrize(
    ("text", "speaker", "words"),
    [
        (
            "The harbour board is cautious about the plan to dredge the bay.",
            "The harbour board",
            "cautious about the plan to dredge the bay",
        ),
        (
            "The fishermen are opposed to any new quota on cod.",
            "The fishermen",
            "opposed to any new quota on cod",
        ),
        ("The unions remain opposed to the plan.", "The unions", "opposed to the plan"),
        # the parser's passive participle with no agent is the adjective
        ("Tom Varga is opposed to the new toll.", "Tom Varga", "opposed to the new toll"),
        (
            "Ann Lee was sympathetic to the strikers at the mill.",
            "Ann Lee",
            "sympathetic to the strikers at the mill",
        ),
    ],
)
def test_caution_or_opposition_is_a_position_its_subject_holds(
    nlp: Any, text: str, speaker: str, words: str
) -> None:
    found = analyze_article(Article(id="t", text=text), nlp).quotes
    assert [(q.speaker_text, q.text) for q in found] == [(speaker, words)]
    assert all(q.kind == "indirect" and is_position(q.cue) for q in found)


@pytest.mark.parametrize(
    "text",
    [
        # a thing holds no stance, however hostile to boats it is
        "The rocky coast is hostile to small boats.",
        # care taken on a road is not a stance on anything
        "Drivers were cautious on the icy road.",
        # a will adjective's "to" before a noun is no will held
        "Ann Lee was keen to the end.",
    ],
)
def test_no_stance_without_a_holder_or_what_it_is_about(nlp: Any, text: str) -> None:
    assert not analyze_article(Article(id="t", text=text), nlp).quotes


def test_a_participle_with_its_agent_gives_its_subject_no_stance(nlp: Any) -> None:
    # Negative: "was opposed by the unions" is the unions' side, never the plan's stance.
    text = "The plan to close the pier was opposed by the unions."
    found = analyze_article(Article(id="t", text=text), nlp).quotes
    assert not any((q.speaker_text or "").startswith("The plan") for q in found), found


def test_a_time_after_the_adjective_is_not_what_the_stance_is_about(nlp: Any) -> None:
    # "divided on Friday as to ...": "on" there gives a day, not the question
    text = "Dock owners were divided on Friday as to whether the mill would close."
    found = analyze_article(Article(id="t", text=text), nlp).quotes
    assert not any(q.text.endswith("on Friday") for q in found), found
    # Negative: a period may be what a stance is about
    text = "Dock owners were gloomy, even pessimistic about the last quarter of 2031."
    found = analyze_article(Article(id="t", text=text), nlp).quotes
    assert [q.text for q in found] == ["pessimistic about the last quarter of 2031"]
    # Negative: "divided on" a question is still a stance held
    text = "Traders were divided on the future of the mill."
    found = analyze_article(Article(id="t", text=text), nlp).quotes
    assert [(q.speaker_text, q.text) for q in found] == [
        ("Traders", "divided on the future of the mill")
    ]


def test_who_after_a_body_named_with_a_preposition_gives_the_body_no_stance(nlp: Any) -> None:
    # "a teacher at the Velmora Academy who is ...": "who" is the teacher's, never the school's
    text = (
        "The talk was given by a teacher at the Velmora Academy who is sympathetic to the"
        " strikers at the mill."
    )
    found = analyze_article(Article(id="t", text=text), nlp).quotes
    assert not any("Academy" in f"{q.speaker_text} {q.speaker_name}" for q in found), found
    # Negative: "who" right after a person is still that person's
    text = "The talk was given by Ann Lee, who is sympathetic to the strikers at the mill."
    found = analyze_article(Article(id="t", text=text), nlp).quotes
    assert [q.speaker_name for q in found if q.cue == "sympathetic"] == ["Ann Lee"], found
