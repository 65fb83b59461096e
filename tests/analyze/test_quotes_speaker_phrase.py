"""Which phrase around a cue is its speaker (session 11): a participle after a comma goes on
from the clause before it, not from the name after it; of two subjects the parser gives a
verb, the one next to it speaks. Invented text, real pipeline."""

from __future__ import annotations

from typing import Any

from tests.analyze.test_quotes import one, quotes


def test_a_participle_hung_elsewhere_goes_on_from_the_clause_before(nlp: Any) -> None:
    text = (
        "It was a strong reply by the two rivals, as Mrs. Hale echoed the point, saying "
        'Mr. Reed "forgets every day who he works for" and left.'
    )
    q = one(quotes(nlp, text), "partial", "forgets")
    assert q.speaker_text == "Mrs. Hale"


def test_the_object_of_telling_is_not_its_speaker(nlp: Any) -> None:
    text = (
        "It was a long night for the board, as Ann Hale took the floor, telling Tom Reed "
        "the pier would close."
    )
    assert one(quotes(nlp, text), "indirect", "pier").speaker_name == "Ann Hale"


def test_a_participle_on_its_own_clause_keeps_its_subject(nlp: Any) -> None:
    text = "Mrs. Hale spoke on Monday, saying the pier would close."
    assert one(quotes(nlp, text), "indirect", "pier").speaker_text == "Mrs. Hale"


def test_of_two_subjects_the_one_next_to_the_verb_speaks(nlp: Any) -> None:
    text = (
        "In her 1999 address, a tribute to Ann Hale, the late mayor, Mrs. Reed decried the "
        '"brokers who sell the town to anyone" and sat down.'
    )
    assert one(quotes(nlp, text), "partial", "brokers").speaker_text == "Mrs. Reed"


def test_a_reflexive_or_a_bare_apposition_is_no_second_subject(nlp: Any) -> None:
    found = quotes(nlp, "Ann Hale herself said the pier would close.")
    assert one(found, "indirect", "pier").speaker_name == "Ann Hale"
    found = quotes(nlp, "Tom Reed the realist knows that the pier will close.")
    assert one(found, "indirect", "pier").speaker_name == "Tom Reed"


def test_a_stance_of_the_subjects_own_names_the_subject(nlp: Any) -> None:
    text = (
        "Tom Reed has run the port for years. He has been stepping up his criticism of the "
        "harbour board that wants to close the pier."
    )
    assert one(quotes(nlp, text), "indirect", "harbour board").speaker_text == "He"
    text = "Local fishermen have been scathing in their criticism of the plan to close the pier."
    assert one(quotes(nlp, text), "indirect", "plan").speaker_text == "Local fishermen"


def test_a_possessor_that_is_not_the_subject_stays(nlp: Any) -> None:
    text = "The board members heard his criticism of the plan to close the pier at dawn."
    assert one(quotes(nlp, text), "indirect", "plan").speaker_text == "his"
