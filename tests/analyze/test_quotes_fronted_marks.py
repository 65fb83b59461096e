"""The person whom reported words put before their cue are about is not the "he" who says
them, also when a closing quote mark stands beside the comma ('Mr Hale "made the
decisions," he told the court'). Invented text, real pipeline."""

from __future__ import annotations

from typing import Any

from tests.analyze.test_quotes import one, quotes

_STAND = "Tom Reed took the stand on Monday. "


def test_a_name_in_fronted_words_ending_in_a_mark_is_not_the_he(nlp: Any) -> None:
    text = _STAND + 'Mr Hale "made the accounting decisions," he told the court.'
    assert one(quotes(nlp, text), "indirect", "accounting").speaker_name == "Tom Reed"


def test_a_clause_joined_by_and_goes_on_with_its_own_subject(nlp: Any) -> None:
    # Negative: "and he told" goes on from Mr Hale's own clause; those are no reported
    # words about him, so he stays the "he".
    text = (
        _STAND + 'Mr Hale "made the accounting decisions" in 2001, and he told the court that '
        "he regretted them."
    )
    assert one(quotes(nlp, text), "indirect", "regretted").speaker_name == "Hale"
