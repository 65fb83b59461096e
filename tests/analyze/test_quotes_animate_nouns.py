"""Which nouns name someone who can speak: compound roles ("the harbour master", "the
ship's captain") are people; abstract nouns made with "-ment" ("temperament") never are,
however the "-ent" ending of "resident" reads. Invented text, real pipeline."""

from __future__ import annotations

from typing import Any

import pytest

from crossbrief.analyze.quotes.animate import animate
from tests.analyze.test_quotes import quotes


def _subject(nlp: Any, text: str) -> Any:
    doc = nlp(text)
    return next(t for t in doc if t.dep_ == "nsubj")


@pytest.mark.parametrize(
    "noun",
    [
        "harbour master",
        "postmaster",
        "ship's captain",
        "lock keeper",
        "shopkeeper",
        "site engineer",
        "night warden",
        "parish priest",
        # the "-ent" and "-ant" people stay people
        "resident",
        "student",
        "president",
        "opponent",
        "assistant",
    ],
)
def test_a_role_noun_can_speak(nlp: Any, noun: str) -> None:
    assert animate(_subject(nlp, f"The {noun} believes the pier will reopen."))


@pytest.mark.parametrize(
    "noun", ["temperament", "argument", "settlement fund", "refinement", "sentiment"]
)
def test_an_abstract_noun_in_ment_is_no_one(nlp: Any, noun: str) -> None:
    # Negative: "-ment" makes nouns of acts and states, never of people.
    assert not animate(_subject(nlp, f"The {noun} suggests the pier will reopen."))


def test_a_captain_believing_is_reported_and_a_temperament_is_not(nlp: Any) -> None:
    found = quotes(nlp, "The ship's captain believes the storm will pass by Friday.")
    assert [q.speaker_text for q in found if q.kind == "indirect"] == ["The ship's captain"]
    # Negative: an abstract noun believes nothing.
    found = quotes(nlp, "The temperament believes the storm will pass by Friday.")
    assert [q for q in found if q.kind == "indirect" and not q.inanimate_source] == []


def test_the_government_is_a_body_not_a_person(nlp: Any) -> None:
    # A body of people can speak, but is no one person.
    from crossbrief.analyze.quotes.descriptions import a_body, one_person

    assert animate(_subject(nlp, "The government believes the pier will reopen."))
    assert a_body("government")
    assert not one_person("government")
