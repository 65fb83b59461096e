"""A quote after a colon that closes a clause whose subject is someone: the writer hands
the quote to that subject ('Lee delivered a blunt message to Reed: "..."')."""

from __future__ import annotations

from typing import Any

import pytest

from crossbrief.analyze.quotes.marks import Seg
from crossbrief.analyze.quotes.openers import colon_clause
from tests.analyze.quote_rows import Row, build_para
from tests.analyze.test_quotes import one, quotes


def _rows(subject: Row, verb: str = "delivered") -> list[Row]:
    # 'Lee delivered a message to Reed: "It is time."' with "Reed" misread as a verb the
    # quote hangs on, as the parser does with 'to Trump:'.
    return [
        subject,
        (verb, 1, "ROOT", "VERB"),
        ("a", 3, "det", "DET"),
        ("message", 1, "dobj", "NOUN"),
        ("to", 5, "aux", "PART"),
        ("Reed", 3, "relcl", "VERB"),
        (":", 5, "punct", "PUNCT"),
        ('"', 5, "punct", "PUNCT"),
        ("It", 9, "nsubj", "PRON"),
        ("is", 5, "ccomp", "AUX"),
        ("time", 9, "attr", "NOUN"),
        (".", 1, "punct", "PUNCT"),
        ('"', 1, "punct", "PUNCT"),
    ]


def _attr(subject: Row, verb: str = "delivered") -> Any:
    text, para = build_para(_rows(subject, verb), range(8, 12))
    start = para.doc[8].idx
    return colon_clause(text, para, Seg(start, para.doc[11].idx + 1, 0))


def test_the_someone_heading_the_clause_before_the_colon_speaks() -> None:
    attr = _attr(("Lee", 1, "nsubj", "PROPN"))
    assert attr is not None and attr.cue.text == "delivered" and attr.speaker == (0, 1)


@pytest.mark.parametrize("verb", ["got", "received", "found", "heard", "saw"])
def test_a_someone_the_words_reached_does_not_speak(verb: str) -> None:
    # 'Lee got a message from Reed: "..."': the subject took the words in.
    assert _attr(("Lee", 1, "nsubj", "PROPN"), verb) is None


@pytest.mark.parametrize("verb", ["sent", "gave", "had"])
def test_a_someone_who_sends_or_has_a_message_speaks(verb: str) -> None:
    attr = _attr(("Lee", 1, "nsubj", "PROPN"), verb)
    assert attr is not None and attr.cue.text == verb and attr.speaker == (0, 1)


def test_a_thing_heading_the_clause_before_the_colon_does_not() -> None:
    assert _attr(("plan", 1, "nsubj", "NOUN")) is None


def test_the_clause_before_the_colon_in_a_real_parse(nlp: Any) -> None:
    text = (
        "\u201cIt is sad that we have so few good boats,\u201d Tom Reed said on Monday.\n\n"
        "Council leader Ann Lee delivered a blunt message to the ferry company: \u201cIt is "
        "time to stop blaming the weather and get the boats running.\u201d"
    )
    q = one(quotes(nlp, text), "direct", "stop blaming")
    assert q.speaker_text == "Council leader Ann Lee"
    text = (
        "\u201cIt is sad that we have so few good boats,\u201d Tom Reed said on Monday.\n\n"
        "The harbour plan has one line in bold: \u201cNo boats after dark.\u201d"
    )
    assert all(q.speaker_text != "The harbour plan" for q in quotes(nlp, text))


def test_a_warning_got_from_someone_is_not_the_getters_in_a_real_parse(nlp: Any) -> None:
    text = (
        "The senator got a stern warning from her doctor last year: \u201cSlow down or you "
        "will not last.\u201d"
    )
    assert all(q.speaker_text != "The senator" for q in quotes(nlp, text))
