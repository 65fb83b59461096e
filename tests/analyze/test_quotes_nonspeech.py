"""A verb of speech in a sense that reports nothing: a phone or a door "answered" (a deed,
not words given), while "answered that ...", questions answered and a doubt "questioned"
stay cues; on invented sentences with the real pipeline."""

from __future__ import annotations

from typing import Any

import pytest

from tests.analyze.quote_rows import reported


@pytest.mark.parametrize(
    "text",
    [
        "Tom Varga answered the door at the library.",
        "The clerk answered the phone in the Velmora office.",
    ],
)
def test_a_phone_or_a_door_answered_is_no_attribution(nlp: Any, text: str) -> None:
    assert reported(nlp, text) == []


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        ("Ann Lee questioned the cost of the new pier.", "Ann Lee", "the cost of the new pier"),
        (
            "The harbour board questioned whether the pier was safe.",
            "The harbour board",
            "whether the pier was safe",
        ),
        (
            "Tom Varga answered that the pier would stay open.",
            "Tom Varga",
            "the pier would stay open",
        ),
        ("Tom Varga answered readers' questions.", "Tom Varga", "readers' questions"),
        ("Ann Lee questioned Tom Varga's account.", "Ann Lee", "account"),
        ("Ann Lee questioned the temperament of the board.", "Ann Lee", "temperament"),
    ],
)
def test_a_doubt_raised_or_an_answer_given_stays(
    nlp: Any, text: str, speaker: str, content: str
) -> None:
    found = reported(nlp, text)
    assert len(found) == 1
    assert found[0][0] == speaker
    assert content in found[0][1]
