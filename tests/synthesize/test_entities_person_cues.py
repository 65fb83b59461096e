"""A person mention's kinship cues, looked up once for its gender and its relation."""

from __future__ import annotations

import pytest

from crossbrief.synthesize.entities.gender import person_cues, relation_cue, sure_gender

CASES = [
    ("Yesterday his wife Mira Velko arrived.", "Mira Velko", ("f", "kin")),
    ("Tomas Velko, her father, spoke.", "Tomas Velko", ("m", "kin")),
    ("Later the elder Velko left early.", "Velko", (None, "rank")),
    ("Then Ms. Velko said she would stay.", "Ms. Velko", ("f", None)),
    ("When he hit his wife, Velko left.", "Velko", (None, None)),
    ("His father, harbour coach Tomas Velko, said so.", "Tomas Velko", ("m", "kin")),
    ("Then Mr. Velko met his sister Ann Velko.", "Ann Velko", ("f", "kin")),
    ("Ann Velko spoke.", "Ann Velko", (None, None)),
]


@pytest.mark.parametrize(("text", "name", "expected"), CASES)
def test_person_cues(text: str, name: str, expected: tuple[str | None, str | None]) -> None:
    start = text.index(name)
    end = start + len(name)
    cues = person_cues(text, start, end, name, 0)
    assert cues == expected
    # the one lookup answers as the two functions it stands for in the mentions' collection
    assert cues == (sure_gender(text, start, name, 0), relation_cue(text, start, 0, end))
