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
        # an initialism's letters, inside it or at its end, and a pit
        "Agents of the F.B.I. searched the harbour office.",
        "The F.B.I.'s agents searched the harbour office.",
        "A C.I.A. report on the harbour was leaked.",
        "The I.R.S. audited the ferry company.",
        "The ferry company owed the I.R.S. money.",
        "The old coal mine near the harbour closed.",
    ],
)
def test_numerals_countries_initialisms_and_pits_are_no_first_person(text: str) -> None:
    assert not first_person(text)


@pytest.mark.parametrize(
    "text",
    [
        "The F.B.I. called me twice.",
        "Ann told the C.I.A. I was away.",
        "I.R.S. agents came, and I let them in.",
        "I myself doubt it.",
    ],
)
def test_a_pronoun_beside_an_initialism_is_first_person(text: str) -> None:
    assert first_person(text)


@pytest.mark.parametrize(
    ("text", "plural", "quoted", "expected"),
    [
        ("We sold the boat.", True, True, True),
        ("We sold the boat.", False, True, False),
        ('"I sold the boat," Ann Lee said.', True, True, True),
        ('"I sold the boat," Ann Lee said.', True, False, False),
        ('"It sank," Ann Lee told me.', True, False, True),
    ],
)
def test_first_person_by_number_and_quotation(
    text: str, plural: bool, quoted: bool, expected: bool
) -> None:
    assert first_person(text, plural=plural, quoted=quoted) == expected
