"""A transcript label opening its paragraph names the quote after its colon: a name after
title words ('Former harbour master Ann Lee:') or before a party tag in brackets
('Councillor Ann Lee (R-S.C.):')."""

from __future__ import annotations

from typing import Any

import pytest

from tests.analyze.test_quotes import one, quotes


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            'Councillor Ann Lee (R-S.C.): "I have never heard anyone quote that figure. '
            'Who told you that?"',
            "Councillor Ann Lee",
        ),
        (
            'Councillor Ann Lee (D-Va.):"I have never heard anyone quote that figure. '
            'Who told you that?"',
            "Councillor Ann Lee",
        ),
        (
            'Councillor Ann Lee (D- Calif.): "I have never heard anyone quote that figure. '
            'Who told you that?"',
            "Councillor Ann Lee",
        ),
        (
            'Former harbour master Ann Lee: "We learned that from the board and its own '
            'review of the logs."',
            "Former harbour master Ann Lee",
        ),
    ],
)
def test_a_label_opening_its_paragraph_names_the_speaker(nlp: Any, text: str, speaker: str) -> None:
    q = one(quotes(nlp, text), "direct", "heard anyone" if "heard" in text else "learned")
    assert q.speaker_text == speaker
    assert q.speaker_name == "Ann Lee"


def test_a_clause_before_the_colon_is_no_label(nlp: Any) -> None:
    # A verb before the name: a sentence of the writer's, not a label.
    text = 'The board heard from harbour master Ann Lee: "We learned that from the logs."'
    assert all(
        q.speaker_text != "The board heard from harbour master Ann Lee" for q in quotes(nlp, text)
    )
