"""A speaker phrase with a bracketed short form keeps its closing bracket (session 13): news
style names a body in full with its initials in brackets before the verb ('the Velmora
Harbour Authority (VHA) said'), and a speaker cut after the initials reads as a typo.
Invented text, real pipeline."""

from __future__ import annotations

from typing import Any

from tests.analyze.test_quotes import one, quotes


def test_a_body_named_with_its_initials_keeps_the_closing_bracket(nlp: Any) -> None:
    text = "The Velmora Harbour Authority (VHA) said the pier would close in June."
    q = one(quotes(nlp, text), "indirect", "pier")
    assert q.speaker_text == "The Velmora Harbour Authority (VHA)"


def test_initials_inside_an_apposition_keep_their_bracket(nlp: Any) -> None:
    text = "Ann Lee, head of the Coastal Fishing Council (CFC), said the pier would close."
    q = one(quotes(nlp, text), "indirect", "pier")
    assert q.speaker_text is not None
    assert q.speaker_text.startswith("Ann Lee")
    assert q.speaker_text.count("(") == q.speaker_text.count(")")
    assert not q.speaker_text.endswith(",")


def test_a_speaker_without_brackets_gains_no_punctuation(nlp: Any) -> None:
    q = one(quotes(nlp, "Ann Lee, the mayor, said the pier would close."), "indirect", "pier")
    assert q.speaker_text == "Ann Lee, the mayor"
    q = one(quotes(nlp, "The harbour board said the pier would close."), "indirect", "pier")
    assert q.speaker_text == "The harbour board"
