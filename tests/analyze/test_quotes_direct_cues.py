"""Which verb a direct quote hangs on when the parser offers a nearer or a later one.
Invented text, real pipeline."""

from __future__ import annotations

from typing import Any

import spacy
from spacy.tokens import Doc

from crossbrief.analyze.quotes.direct import _said_by_someone
from tests.analyze.test_quotes import one, quotes

VOCAB = spacy.blank("en").vocab


def test_a_reporting_verb_nearer_the_quote_beats_a_verb_of_no_speech(nlp: Any) -> None:
    # The parser hangs the quote on "scored"; "who declared" is between them.
    text = (
        "On Thursday, Edvin Salo scored his first endorsement from a harbour colleague, "
        "from Mara Quist, who declared in the town hall, "
        "\u201cI\u2019m sending the signal that it\u2019s time to unite.\u201d"
    )
    q = one(quotes(nlp, text), "direct", "sending the signal")
    assert q.cue == "declared"
    assert q.speaker_name == "Mara Quist"


def _doc(rows: list[tuple[str, int, str, str]]) -> Any:
    return Doc(
        VOCAB,
        words=[r[0] for r in rows],
        heads=[r[1] for r in rows],
        deps=[r[2] for r in rows],
        pos=[r[3] for r in rows],
    )


def test_a_verb_whose_subject_is_a_pointing_word_is_no_nearer_cue() -> None:
    this = _doc([("This", 1, "nsubj", "PRON"), ("says", 1, "ROOT", "VERB")])
    assert not _said_by_someone(this[1], bytearray(2))
    lee = _doc([("Lee", 1, "nsubj", "PROPN"), ("says", 1, "ROOT", "VERB")])
    assert _said_by_someone(lee[1], bytearray(2))
    # 'Lee thanked them and boomed': the subject of the verb it is coordinated with.
    conj = _doc(
        [
            ("Lee", 1, "nsubj", "PROPN"),
            ("thanked", 1, "ROOT", "VERB"),
            ("and", 1, "cc", "CCONJ"),
            ("boomed", 1, "conj", "VERB"),
        ]
    )
    assert _said_by_someone(conj[3], bytearray(4))
    assert not _said_by_someone(conj[3], bytearray([1, 0, 0, 0]))  # a name inside a quote
