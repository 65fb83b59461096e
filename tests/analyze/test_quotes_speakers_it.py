"""An "it" speaking in a clause joined to one with a subject of its own stands for that
subject ("The Lee administration never blamed the board, just as it never said ..."), never
for another organisation named before; a person is never "it". Invented text, real
pipeline."""

from __future__ import annotations

from typing import Any

import pytest

from tests.analyze.test_quotes import one, quotes


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "The Harbour Board met on Monday. The Lee administration has never blamed the "
            "board, just as it has never said the port was safe.",
            "Lee",
        ),
        # Negatives: "it" opening its own sentence is the organisation just named; a person
        # subject before it is not "it".
        ("The Harbour Board met on Monday. It said the port was safe.", "The Harbour Board"),
        (
            "Blue Fin Ltd met on Monday. The mayor left early and it said the port was safe.",
            "Blue Fin Ltd",
        ),
    ],
)
def test_it_goes_on_from_its_sentence_subject(nlp: Any, text: str, name: str) -> None:
    assert one(quotes(nlp, text), "indirect", "port").speaker_name == name
