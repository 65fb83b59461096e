"""A name inside a modifier of the speaker phrase ("One of the wives of Tom Hale", "a critic
of Ann Lee", "officials at the school where Dan Cole teaches") is never the speaker; a name
in apposition to the phrase's head is ("his wife, longtime aide Ann Lee"). Invented text,
real pipeline."""

from __future__ import annotations

from typing import Any

import pytest

from tests.analyze.test_quotes import quotes


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("One of the wives of Tom Hale said the arrest came at dawn.", None),
        ("One of the former lawyers for Tom Hale said the two cases were different.", None),
        ("An acerbic critic of the mayor, Tom Hale, said the plan was a disaster.", None),
        (
            "Officials at the Harbour School, where Tom Hale teaches, said the school stays open.",
            None,
        ),
        # The name in apposition to the head is the speaker, not one modifying that name.
        (
            "Tom Hale's wife, longtime Ann Lee aide Rosa Diaz, said the couple had separated.",
            "Rosa Diaz",
        ),
        # Negatives: a name heading the phrase, or in apposition to its head, is the speaker.
        ("Tom Hale, a critic of the mayor, said the plan was a disaster.", "Tom Hale"),
        ("The mayor's critic, Tom Hale, said the plan was a disaster.", "Tom Hale"),
        ("Harbour master Ellen Voss said the pier would close.", "Ellen Voss"),
    ],
)
def test_a_name_modifying_the_speaker_is_not_the_speaker(nlp: Any, text: str, name: str) -> None:
    found = [q for q in quotes(nlp, text) if q.kind == "indirect"]
    assert found, text
    assert found[0].speaker_name == name, (found[0].speaker_text, found[0].speaker_name)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # "his friends" are other people than "his" man; "his lawyer" speaks for him.
        ("Tom Hale took the post on Friday. Both his friends said he was no diplomat.", None),
        ("Tom Hale took the post on Friday. His lawyer said he was no diplomat.", "Tom Hale"),
    ],
)
def test_his_friends_are_not_him(nlp: Any, text: str, name: str) -> None:
    found = [q for q in quotes(nlp, text) if q.kind == "indirect"]
    assert found, text
    assert found[0].speaker_name == name, (found[0].speaker_text, found[0].speaker_name)
