"""A "he said" after a sentence that gives a named person's view ("In Ann Lee's opinion, ...",
"According to Ann Lee, ...") stands for that person, not for a subject named before whom
the text says never spoke. Invented text, real pipeline."""

from __future__ import annotations

from typing import Any

from tests.analyze.test_quotes import one, quotes

_SILENT = "Dan Reed, who chairs the port council, has never said a word about the plan. "
_QUOTE = "\u201cThe harbour board should wait,\u201d he said."


def test_he_after_in_someones_opinion_is_that_person(nlp: Any) -> None:
    text = _SILENT + "In Carl Voss's opinion, the council would be unwise to act. " + _QUOTE
    assert one(quotes(nlp, text), "direct", "harbour board").speaker_name == "Carl Voss"


def test_he_after_according_to_someone_is_that_person(nlp: Any) -> None:
    text = _SILENT + "According to Carl Voss, the council would be unwise to act. " + _QUOTE
    assert one(quotes(nlp, text), "direct", "harbour board").speaker_name == "Carl Voss"


def test_a_name_in_a_plain_prepositional_phrase_is_no_holder(nlp: Any) -> None:
    # Negative: "with Carl Voss" gives no one's view; the subject before stays the "he".
    text = (
        "Dan Reed, who chairs the port council, spoke about the plan on Monday. "
        "In a meeting with Carl Voss, the council agreed to wait. " + _QUOTE
    )
    assert one(quotes(nlp, text), "direct", "harbour board").speaker_name == "Dan Reed"


# "Hope" is a surname the tagger does not tag as a name when it stands alone.
_NAMED_IN_FULL = "Carl Hope, a lawyer for the ferry company, spoke on Monday. "


def test_an_untagged_surname_holding_the_opinion_is_that_person(nlp: Any) -> None:
    text = _NAMED_IN_FULL + _SILENT + "In Hope's opinion, the council would be unwise to act. "
    assert one(quotes(nlp, text + _QUOTE), "direct", "harbour board").speaker_name == "Carl Hope"


def test_an_untagged_surname_in_a_plain_possessive_is_no_holder(nlp: Any) -> None:
    # Negative: "Hope's staff" in a meeting gives no one's view; the subject before stays.
    text = (
        _NAMED_IN_FULL + "Dan Reed, who chairs the port council, spoke about the plan. "
        "In a meeting with Hope's staff, the council agreed to wait. " + _QUOTE
    )
    assert one(quotes(nlp, text), "direct", "harbour board").speaker_name == "Dan Reed"
