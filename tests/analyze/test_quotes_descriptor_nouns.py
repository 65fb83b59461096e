"""A capitalised noun for a person's role or origin before a full name ("Historian Ann
Lee", "Welshman Dai Pryce") is no part of the speaker's name nor of the person's mention;
a title, a given name or a lone surname after such a word is left as it is. Invented
text, real pipeline."""

from __future__ import annotations

from typing import Any

import pytest

from crossbrief.analyze import analyze_article
from crossbrief.analyze.quotes.descriptors import descriptor_length
from crossbrief.model import Article
from tests.analyze.test_quotes import quotes


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Olympian Ann Lee said she would race again next year.", "Ann Lee"),
        ("Welshman Dai Pryce said the team had trained hard all winter.", "Dai Pryce"),
        ("Historian Tom Reed says the bridge over the Velm was built in 1820.", "Tom Reed"),
        # Negatives: a given name opening a full name stays in it, and a body's name
        # keeps a first word that would be a descriptor before a person's ("Velmorian").
        ("Rose Ann Lee said she would race again next year.", "Rose Ann Lee"),
        (
            "Velmorian Pacific Railway said the line would reopen in May.",
            "Velmorian Pacific Railway",
        ),
    ],
)
def test_a_descriptor_noun_is_no_part_of_the_speaker_name(nlp: Any, text: str, name: str) -> None:
    found = [q for q in quotes(nlp, text) if q.kind == "indirect"]
    assert found, text
    assert found[0].speaker_name == name, (found[0].speaker_text, found[0].speaker_name)


def test_a_descriptor_noun_is_cut_from_the_person_mention(nlp: Any) -> None:
    text = "Olympian Ann Lee won the race in Velmora on Sunday."
    people = [
        m for m in analyze_article(Article(id="t", text=text), nlp).mentions if m.type == "PERSON"
    ]
    assert [m.text for m in people] == ["Ann Lee"]
    assert text[people[0].start : people[0].end] == "Ann Lee"


@pytest.mark.parametrize(
    ("name", "cut"),
    [
        ("Olympian Ann Lee", len("Olympian ")),
        ("Welshman Dai Pryce", len("Welshman ")),
        # Negatives: a title, a given name, a word for no person, a lone surname after it.
        ("President Ann Lee", 0),
        ("Grace Ann Lee", 0),
        ("Velmora Ann Lee", 0),
        ("Historian Lee", 0),
        ("State Harbour Board", 0),  # a body's name: "state" is a body, not a person
    ],
)
def test_descriptor_length(name: str, cut: int) -> None:
    assert descriptor_length(name) == cut
