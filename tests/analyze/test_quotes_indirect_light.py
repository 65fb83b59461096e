"""A light verb with a noun of saying or of taking a stance ('made the case that', 'took
issue with') as a cue, on invented sentences with the real pipeline."""

from __future__ import annotations

from typing import Any

import pytest

from crossbrief.analyze import analyze_article
from crossbrief.analyze.quotes import is_position
from crossbrief.model import Article
from tests.analyze.quote_rows import reported

_found = reported


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        (
            "Ann Lee made the case that the ferry should stay public.",
            "Ann Lee",
            "the ferry should stay public",
        ),
        (
            "Tom Varga made no mention of the toll in his speech.",
            "Tom Varga",
            "made no mention of the toll",
        ),
        (
            "The mayor took issue with the council's plan.",
            "The mayor",
            "took issue with the council's plan",
        ),
        ("Kim took a few shots at the harbour board.", "Kim", "took a few shots at the"),
        ("Ann Lee took aim at the budget plan.", "Ann Lee", "took aim at the budget plan"),
    ],
)
def test_a_light_verb_with_a_noun_of_saying_is_a_cue(
    nlp: Any, text: str, speaker: str, content: str
) -> None:
    found = _found(nlp, text)
    assert [s for s, _ in found] == [speaker]
    assert content in found[0][1]


@pytest.mark.parametrize(
    "text",
    [
        "The storm took aim at the harbour.",
        "The court made the case files public.",
        "Lee took the ferry to the island.",
        "Soldiers took shots at the drone as it crossed the border.",
    ],
)
def test_light_verbs_with_other_objects_or_things_report_nothing(nlp: Any, text: str) -> None:
    assert _found(nlp, text) == []


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        (
            "Ann Lee won the endorsement of the harbour union.",
            "the harbour union",
            "Ann Lee won the endorsement of the harbour union",
        ),
        (
            "The toll plan drew sharp criticism from residents.",
            "residents",
            "The toll plan drew sharp criticism from residents",
        ),
    ],
)
def test_a_stance_received_is_held_by_whoever_gave_it(
    nlp: Any, text: str, speaker: str, content: str
) -> None:
    assert _found(nlp, text) == [(speaker, content)]


def test_a_thing_gives_no_support(nlp: Any) -> None:
    assert _found(nlp, "The pier got support from the old pilings.") == []


def test_a_stance_received_by_a_pronoun_quotes_the_clause_as_a_position(nlp: Any) -> None:
    text = "Ann Lee met Tom Varga on Monday. She won the support of the dockers union."
    quotes = analyze_article(Article(id="t", text=text), nlp).quotes
    assert [(q.speaker_text, q.text) for q in quotes] == [
        ("the dockers union", "She won the support of the dockers union")
    ]
    assert is_position(quotes[0].cue)


def test_support_received_from_a_named_body_is_aid_not_a_stance(nlp: Any) -> None:
    assert _found(nlp, "The town received support from the Red Cross after the flood.") == []
