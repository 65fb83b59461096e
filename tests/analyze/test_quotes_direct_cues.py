"""Which verb a direct quote hangs on when the parser offers a nearer or a later one.
Invented text, real pipeline."""

from __future__ import annotations

from typing import Any

import pytest

from crossbrief.analyze.quotes.direct import _said_by_someone
from tests.analyze.quote_rows import build_doc
from tests.analyze.test_quotes import one, quotes


def test_a_reporting_verb_nearer_the_quote_beats_a_verb_of_no_speech(nlp: Any) -> None:
    # The parser hangs the quote on "won"; "who declared" is between them.
    text = (
        "On Thursday, Edvin Salo won his first backing from a harbour colleague, "
        "from Mara Quist, who declared in the town hall, "
        "\u201cI\u2019m sending the signal that it\u2019s time to unite.\u201d"
    )
    q = one(quotes(nlp, text), "direct", "sending the signal")
    assert q.cue == "declared"
    assert q.speaker_name == "Mara Quist"


def test_a_verb_whose_subject_is_a_pointing_word_is_no_nearer_cue() -> None:
    this = build_doc([("This", 1, "nsubj", "PRON"), ("says", 1, "ROOT", "VERB")])
    assert not _said_by_someone(this[1], bytearray(2))
    lee = build_doc([("Lee", 1, "nsubj", "PROPN"), ("says", 1, "ROOT", "VERB")])
    assert _said_by_someone(lee[1], bytearray(2))
    # 'Lee thanked them and boomed': the subject of the verb it is coordinated with.
    conj = build_doc(
        [
            ("Lee", 1, "nsubj", "PROPN"),
            ("thanked", 1, "ROOT", "VERB"),
            ("and", 1, "cc", "CCONJ"),
            ("boomed", 1, "conj", "VERB"),
        ]
    )
    assert _said_by_someone(conj[3], bytearray(4))
    assert not _said_by_someone(conj[3], bytearray([1, 0, 0, 0]))  # a name inside a quote


def test_a_sentence_that_only_names_the_speaker_introduces_the_quote_after_it(nlp: Any) -> None:
    text = (
        "The ferry stayed in port on Sunday.\n\n"
        "Ellen Voss, the harbour master of Brenholm, said in a statement. "
        "\u201cThe pier will close at dawn tomorrow and stay closed until the storm passes.\u201d"
    )
    q = one(quotes(nlp, text), "direct", "pier will close")
    assert q.cue == "said"
    assert q.speaker_name == "Ellen Voss"


def test_a_sentence_that_says_something_of_its_own_gives_the_next_quote_its_speaker(
    nlp: Any,
) -> None:
    # News style: the words after what Voss said, with no one else in view, are hers
    # (``spoke_before``; this sentence introduced no quote up to session 7).
    text = (
        "Ellen Voss said the pier was safe. "
        "\u201cThe tide tables were wrong all winter and nobody noticed.\u201d"
    )
    assert one(quotes(nlp, text), "direct", "tide tables").speaker_name == "Ellen Voss"


def test_with_two_people_in_view_the_next_quote_has_no_speaker(nlp: Any) -> None:
    # Negative: the words could be either's, so no one is said to have said them.
    text = (
        "Ellen Voss said Tom Varga was wrong about the pier. "
        "\u201cThe tide tables were wrong all winter and nobody noticed.\u201d"
    )
    assert not [q for q in quotes(nlp, text) if "tide tables" in q.text]


def test_what_a_quote_is_from_is_its_source(nlp: Any) -> None:
    text = (
        "The harbour board met on Monday.\n\n"
        "TIDES ARE RISING FASTER - More from Ellen Voss: "
        "\u201cThe pier will close at dawn tomorrow and stay closed until the storm passes.\u201d\n\n"
        "Councillor Mara Quist backed the plan. "
        "From Quist's newsletter: \u201cWe will rebuild the pier before the summer season.\u201d"
    )
    found = quotes(nlp, text)
    assert one(found, "direct", "pier will close").speaker_name == "Ellen Voss"
    q = one(found, "direct", "rebuild the pier")
    assert q.speaker_text == "Quist"  # the owner of the newsletter, without its "'s"
    assert q.speaker_name == "Mara Quist"  # the surname is the Quist named just before


def test_a_quote_in_title_case_is_a_title_not_speech(nlp: Any) -> None:
    text = (
        "Mara Quist writes in \u201cHarbour Lights: How Brenholm Built Its Pier,\u201d "
        "that the ferry saved the town.\n\n"
        "\u201cLike Brenholm. Or Ostby,\u201d Edvin Salo said of the towns that lost ferries."
    )
    found = quotes(nlp, text)
    assert not [q for q in found if q.kind in {"direct", "partial"} and "Harbour" in q.text]
    # Short sentences whose words are all capitalised are still speech.
    assert one(found, "direct", "Like Brenholm").speaker_name == "Edvin Salo"


@pytest.mark.parametrize(
    "first",
    [
        "Tom Varga did not respond to requests for comment.",
        "Tom Varga never commented.",
        "Tom Varga declined to comment.",
        "The mayor answered.",
    ],
)
def test_a_sentence_of_no_words_said_introduces_no_quote(nlp: Any, first: str) -> None:
    assert not [
        q for q in quotes(nlp, f"{first} \u201cIt is over.\u201d") if "It is over" in q.text
    ]
