"""A speaker phrase keeps the apposition that describes the speaker ("Ann Lee, the harbour
chief") but not one the parser hung on the name that is a place a "where" clause is on ("Ann Lee, the offices where ...") or that runs into the quoted words ("..., the board's "last word""). Invented
sentences, real pipeline."""

from __future__ import annotations

from typing import Any

import pytest

from tests.analyze.test_quotes import quotes


@pytest.mark.parametrize(
    ("text", "written"),
    [
        (
            'It is, said Rep. Tom Reed, D-Velm., the board\'s "last sour note."',
            "Rep. Tom Reed, D-Velm",
        ),
        (
            "Instead it was, according to Ann Lee, the offices where the harbour records were"
            " stored, that burned.",
            "Ann Lee",
        ),
        # negative: an apposition for a person or a body stays
        ('"The pier is safe," said Ann Lee, the harbour chief.', "Ann Lee, the harbour chief"),
        ("Tom Reed, the Lees' lawyer, said the pier was safe.", "Tom Reed, the Lees' lawyer"),
        (
            "Brookfield Port, the company that owns the pier, said it would sell.",
            "Brookfield Port, the company that owns the pier",
        ),
    ],
)
def test_a_speakers_apposition_describes_them(nlp: Any, text: str, written: str) -> None:
    assert {q.speaker_text for q in quotes(nlp, text)} == {written}
