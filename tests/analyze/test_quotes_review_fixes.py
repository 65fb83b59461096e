"""Review fixes on invented sentences, real pipeline: a denied "quoted X as saying" credits
X with nothing, a for/over of time is no reason for a verbal attack, a lone person's attack
on an institution is verbal, and "not once but twice" denies nothing."""

from __future__ import annotations

from typing import Any

import pytest

from tests.analyze.test_quotes import quotes


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("The Dunmore Herald did not quote Kim Sato as saying the dock would shut.", "Sato"),
        ("No newspaper quoted Kim Sato as saying the dock would be sold.", "Sato"),
        ("The Dunmore Herald never quoted Ray Holt as saying that fares would rise.", "Holt"),
        ("Kim Sato was not quoted as saying the dock would shut.", "Sato"),
    ],
)
def test_a_denied_quoted_as_saying_credits_no_one(nlp: Any, text: str, person: str) -> None:
    assert not [q for q in quotes(nlp, text) if person in (q.speaker_text or "")]


def test_a_plain_quoted_as_saying_still_credits_the_person(nlp: Any) -> None:
    # Negative: with no denial, the person quoted keeps the words, not negated.
    text = "The Dunmore Herald quoted Kim Sato as saying the dock would shut."
    found = [q for q in quotes(nlp, text) if q.text == "the dock would shut"]
    assert [(q.speaker_text, q.negated) for q in found] == [("Kim Sato", False)]


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen attacked a border post near Dunmore for the second time.",
        "Rioters attacked the Dunmore tax office over the weekend.",
        "Protesters attacked the court building for hours on Friday.",
    ],
)
def test_an_attack_lasting_a_time_is_no_speech(nlp: Any, text: str) -> None:
    assert not any((q.cue or "").lower().startswith("attack") for q in quotes(nlp, text))


@pytest.mark.parametrize(
    "text",
    [
        "Kim Sato attacked the ministry.",
        "Ray Holt attacked the Sato camp in a radio interview.",
        "Kim Sato attacked the harbour office over the fare rise.",
    ],
)
def test_a_persons_attack_on_an_institution_stays_speech(nlp: Any, text: str) -> None:
    assert any((q.cue or "").lower() == "attacked" for q in quotes(nlp, text))


def test_a_lone_attacker_with_a_weapon_is_no_speech(nlp: Any) -> None:
    # Negative: a named weapon keeps even one person's attack physical.
    text = "Ray Holt attacked the tax office with a hammer."
    assert not any((q.cue or "").lower().startswith("attack") for q in quotes(nlp, text))


@pytest.mark.parametrize(
    "text",
    [
        "The mayor has not once but twice said the dock would shut.",
        "The mayor has, not once but twice, said the dock would shut.",
    ],
)
def test_not_once_but_twice_denies_nothing(nlp: Any, text: str) -> None:
    found = [q for q in quotes(nlp, text) if q.text == "the dock would shut"]
    assert [q.negated for q in found] == [False]


def test_not_once_alone_still_denies(nlp: Any) -> None:
    # Negative: without "but", "not once" is a denial.
    text = "The mayor has not once said that the dock would shut."
    found = [q for q in quotes(nlp, text) if q.text == "the dock would shut"]
    assert [q.negated for q in found] == [True]
