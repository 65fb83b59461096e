"""Stances told with an adjective, on invented sentences with the real pipeline."""

from __future__ import annotations

from typing import Any

import pytest

from crossbrief.analyze import analyze_article
from crossbrief.model import Article


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ann Lee is critical of the new toll.", [("Ann Lee", "critical of the new toll")]),
        (
            "Tom Varga was confident that the ferry would run.",
            [("Tom Varga", "the ferry would run")],
        ),
        (
            "Residents are worried about the bridge closure.",
            [("Residents", "worried about the bridge closure")],
        ),
        # "critical to" is no stance anyone holds.
        ("The new toll is critical to the port's budget.", []),
        ("Ann Lee is willing to close the pier.", [("Ann Lee", "willing to close the pier")]),
        (
            "Residents are nervous about the ferry fares.",
            [("Residents", "nervous about the ferry fares")],
        ),
        # a will needs someone to hold it
        ("The old ferry was reluctant to sail.", []),
    ],
)
def test_a_stance_adjective_reports_what_its_subject_holds(
    nlp: Any, text: str, expected: list[tuple[str, str]]
) -> None:
    found = analyze_article(Article(id="t", text=text), nlp).quotes
    assert [(q.speaker_text, q.text) for q in found] == expected
    assert all(q.kind == "indirect" for q in found)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ann Lee is a fierce supporter of the new ferry.",
            [("Ann Lee", "supporter of the new ferry")],
        ),
        (
            "Tom Varga has long been a critic of the harbour toll.",
            [("Tom Varga", "critic of the harbour toll")],
        ),
        # A description in apposition is no stance told.
        ("Ann Lee, a supporter of the ferry, arrived on Monday.", []),
    ],
)
def test_a_noun_for_a_stance_holder_reports_what_its_subject_holds(
    nlp: Any, text: str, expected: list[tuple[str, str]]
) -> None:
    found = analyze_article(Article(id="t", text=text), nlp).quotes
    assert [(q.speaker_text, q.text) for q in found] == expected


def test_a_determiner_that_stays_in_the_reported_object(nlp: Any) -> None:
    found = analyze_article(Article(id="t", text="The mayor rejected that idea."), nlp).quotes
    assert [(q.speaker_text, q.text) for q in found] == [("The mayor", "rejected that idea")]


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        (
            "The council's decision to close the pier angered residents.",
            "The council's",
            "decision to close the pier",
        ),
        ("Lee's refusal to apologize surprised her aides.", "Lee's", "refusal to apologize"),
    ],
)
def test_a_choice_told_with_a_noun_and_an_infinitive_is_its_possessors(
    nlp: Any, text: str, speaker: str, content: str
) -> None:
    found = analyze_article(Article(id="t", text=text), nlp).quotes
    assert [(q.speaker_text, q.text) for q in found] == [(speaker, content)]


def test_a_plan_to_build_is_no_attribution(nlp: Any) -> None:
    # "plan" and "bid" mostly name undertakings, not stances: left out on purpose.
    text = "The council's plan to build a pier was approved."
    assert not analyze_article(Article(id="t", text=text), nlp).quotes


def test_a_clause_that_the_parser_calls_an_object_is_still_left_out(nlp: Any) -> None:
    text = "Mr Lee told his cabinet that the port was preparing for a wave of ferries."
    found = analyze_article(Article(id="t", text=text), nlp).quotes
    assert [q.text for q in found] == ["the port was preparing for a wave of ferries"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ann Lee was angry at the harbour board.", [("Ann Lee", "angry at the harbour board")]),
        (
            "Residents are unhappy with the new ferry timetable.",
            [("Residents", "unhappy with the new ferry timetable")],
        ),
        (
            "Tom Varga is confident in the new harbour crew.",
            [("Tom Varga", "confident in the new harbour crew")],
        ),
        (
            "Ann Lee is skeptical about the toll plan.",
            [("Ann Lee", "skeptical about the toll plan")],
        ),
        # a feeling needs someone to hold it
        ("The cabin is comfortable with six people aboard.", []),
    ],
)
def test_a_feeling_about_something_is_a_stance_of_someone(
    nlp: Any, text: str, expected: list[tuple[str, str]]
) -> None:
    found = analyze_article(Article(id="t", text=text), nlp).quotes
    assert [(q.speaker_text, q.text) for q in found] == expected
