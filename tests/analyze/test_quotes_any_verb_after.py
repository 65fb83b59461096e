"""A name or pronoun and a verb that ends the sentence right after a quote's comma are its
speaker and cue, whatever the verb, though a verb before a colon took the quote."""

from __future__ import annotations

from typing import Any

from tests.analyze.test_quotes import one, quotes


def test_a_name_and_any_verb_after_the_comma_speak(nlp: Any) -> None:
    text = 'Reed said the plan would fail: "It is a joke," Lee scoffed.'
    q = one(quotes(nlp, text), "direct", "It is a joke")
    assert q.cue == "scoffed" and q.speaker_text == "Lee"


def test_a_pronoun_and_any_verb_after_the_comma_speak(nlp: Any) -> None:
    text = 'Reed said the plan would fail: "It is a joke," she laughed.'
    q = one(quotes(nlp, text), "direct", "It is a joke")
    assert q.cue == "laughed" and q.speaker_text == "she"


def test_a_verb_going_on_with_an_object_is_no_such_cue(nlp: Any) -> None:
    text = 'Reed said the plan would fail: "It is a joke," Lee told the crowd in Ohio.'
    q = one(quotes(nlp, text), "direct", "It is a joke")
    assert q.cue == "told" and q.speaker_text == "Lee"


def test_a_day_after_the_comma_is_no_speaker(nlp: Any) -> None:
    text = 'Reed said the plan would fail: "It is a joke," Monday arrived.'
    assert not [q for q in quotes(nlp, text) if q.speaker_text == "Monday"]
