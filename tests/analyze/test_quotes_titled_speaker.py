"""A quote sentence with no cue right after a sentence in which "Mr/Mrs/Ms/Dr + a capitalised
word" said something is that person's, though the tagger gives the surname no PERSON tag
(a surname that is also a word: "Pebble", "Wheat"). Negative case: another titled person
named in that sentence leaves the quote unattributed. Invented text, real spaCy model."""

from __future__ import annotations

from typing import Any

import pytest

from tests.analyze.test_quotes import quotes


@pytest.mark.parametrize("name", ["Mr Pebble", "Ms Wheat", "Dr Marsh"])
def test_titled_word_surname_speaks_on(nlp: Any, name: str) -> None:
    text = (
        f'The ferry will sail again in May, {name} said. "Our task as a busy port is to keep '
        'the sea lanes open."'
    )
    direct = [q for q in quotes(nlp, text) if q.kind == "direct"]
    assert [q.speaker_text for q in direct] == [name]


def test_another_titled_person_leaves_it_open(nlp: Any) -> None:
    text = 'Mr Pebble met Dr Marsh on Monday and said the pier was safe. "We did it all right."'
    direct = [q for q in quotes(nlp, text) if q.kind == "direct"]
    assert all(q.speaker_text is None for q in direct)
