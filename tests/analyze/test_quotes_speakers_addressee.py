"""Whom a verb of telling tells ("informed Velmora Freight that ...") and what a verb of
judging judges ("denounced the remarks of ...") are never the speaker, even where the parser
loses the verb's subject (no speaker beats a wrong one); an inverted cue's name after the verb
still speaks. Invented text, real pipeline."""

from __future__ import annotations

from typing import Any

from tests.analyze.quote_rows import reported


def test_the_one_informed_is_not_the_speaker(nlp: Any) -> None:
    text = (
        "In 1991 Paris, who still works for the board, informed Velmora Freight that the "
        "inquiry was being widened."
    )
    # (the parser hangs the subject on "In 1991", so no speaker may be found at all)
    assert all("Velmora" not in spk for spk, _ in reported(nlp, text))


def test_a_name_after_an_inverted_cue_still_speaks(nlp: Any) -> None:
    # Negative: no clause follows the name, so it is the speaker of the words before.
    text = "The inquiry was being widened, said Nora Paris on Tuesday."
    assert ("Nora Paris", "The inquiry was being widened") in reported(nlp, text)


def test_with_its_subject_parsed_the_teller_speaks(nlp: Any) -> None:
    # Negative: the teller is found; the hearer stays out of the speaker.
    text = "Nora Paris informed Velmora Freight that the inquiry was being widened."
    assert ("Nora Paris", "the inquiry was being widened") in reported(nlp, text)


_JUDGED = (
    "Ann Lee is a councillor. Lately she had argued firmly against harbour "
    "crime, denounced the harsh statements of a council member and was campaigning hard "
    "against waste in the Velmora city government."
)


def test_what_a_verb_of_judging_judges_is_not_its_speaker(nlp: Any) -> None:
    assert all("statements" not in spk for spk, _ in reported(nlp, _JUDGED))


def test_the_judge_named_as_subject_still_speaks(nlp: Any) -> None:
    # Negative: with its subject parsed, the one who condemns is the speaker.
    text = "The mayor condemned the harsh statements of a council member."
    assert [spk for spk, _ in reported(nlp, text)] == ["The mayor"]
