"""Who leads a sentence: the first-person test that makes a quotation its speaker's act."""

from __future__ import annotations

import pytest

from crossbrief.synthesize.text import first_person


@pytest.mark.parametrize(
    "text",
    [
        "I cannot talk about the details.",
        "Yesterday I met the harbour board.",
        "The board, as we know, met twice.",
        "They told my brother nothing.",
        "In London I met him.",
        "On Monday I will go.",
        "Am I?",
        "Could I?",
        "As President I will act.",
        "Ann and I left.",
        "I'm sure.",
        "We're sure.",
    ],
)
def test_first_person_voices(text: str) -> None:
    assert first_person(text)


@pytest.mark.parametrize(
    "text",
    [
        "The memorial honours the dead of World War I.",
        "A portrait of Queen Elizabeth I, the Tudor queen, hangs in the hall.",
        "World War I's dead are honoured here.",
        "The US and its allies met twice.",
        # a numeral inside a name, before a noun or a verb
        "The museum holds the largest World War I archive in the region.",
        "King Ulric I was crowned in the old hall, the guide recalled.",
        "The Phase I trial ended early.",
    ],
)
def test_numerals_and_countries_are_no_first_person(text: str) -> None:
    assert not first_person(text)
