"""A question or an exclamation followed by a name and a verb that ends its clause ('"...?"
Ann Lee asked.') takes that cue, although the parser ends a sentence after the mark; a
sentence of the writer's with an object after the verb ('Its critics called it ...') is no
cue. Invented text, real pipeline."""

from __future__ import annotations

from typing import Any

from tests.analyze.test_quotes import one, quotes


def test_a_question_then_name_and_verb_is_that_person_s(nlp: Any) -> None:
    text = '"We have plans for the harbour," Ann Lee said. "A second pier?" Tom Hale asked.'
    assert one(quotes(nlp, text), "direct", "pier?").speaker_text == "Tom Hale"


def test_an_exclamation_then_name_and_verb_is_that_person_s(nlp: Any) -> None:
    text = '"We have plans for the harbour," Ann Lee said. "Never!" Tom Hale shouted.'
    assert one(quotes(nlp, text), "direct", "Never").speaker_text == "Tom Hale"


def test_a_writer_s_sentence_after_a_question_is_no_cue(nlp: Any) -> None:
    text = 'Ann Lee replied: "Why wait for spring?" Its critics called the reply a dodge.'
    assert one(quotes(nlp, text), "direct", "spring").speaker_text == "Ann Lee"
