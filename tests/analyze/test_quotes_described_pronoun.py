"""A "he" or "she" cue after a quote whose speaker the writer only described ("said a
senior Velmora port official") stands for that description when no named person comes
between: the line keeps the description rather than naming no one."""

from __future__ import annotations

from typing import Any

from tests.analyze.test_quotes import one, quotes

_DESCRIBED = (
    "The harbour board met on Tuesday.\n\n"
    "``The cranes will be back in service by spring,'' said a senior Velmora port "
    "official.\n\n"
    "``The new berth is almost ready. The dredging is also done,'' he added.\n"
)

_NAMED_BETWEEN = (
    "The harbour board met on Tuesday.\n\n"
    "``The cranes will be back in service by spring,'' said a senior Velmora port "
    "official.\n\n"
    "Board chairman Tom Varga spoke to reporters after the meeting.\n\n"
    "``The new berth is almost ready. The dredging is also done,'' he added.\n"
)


def test_a_pronoun_after_a_described_speaker_keeps_the_description(nlp: Any) -> None:
    q = one(quotes(nlp, _DESCRIBED), "direct", "The dredging is also done")
    assert q.speaker_text == "he"
    assert q.speaker_name == "a senior Velmora port official"


def test_a_named_person_between_takes_the_pronoun(nlp: Any) -> None:
    q = one(quotes(nlp, _NAMED_BETWEEN), "direct", "The dredging is also done")
    assert q.speaker_text == "he"
    assert q.speaker_name == "Tom Varga"


def test_a_pronoun_with_no_described_speaker_before_names_no_one(nlp: Any) -> None:
    text = (
        "The harbour board met on Tuesday.\n\n"
        "``The new berth is almost ready. The dredging is also done,'' he added.\n"
    )
    q = one(quotes(nlp, text), "direct", "The dredging is also done")
    assert q.speaker_name is None


def test_each_paragraph_of_a_quote_run_keeps_the_description(nlp: Any) -> None:
    # the run's closing paragraph lies two sentences after the description
    text = (
        "The harbour board met on Tuesday.\n\n"
        "``The cranes will be back in service by spring,'' said a senior Velmora port "
        "official.\n\n"
        "``The new berth is almost ready.\n\n"
        "The dredging is also done,'' he added.\n"
    )
    found = [q for q in quotes(nlp, text) if q.speaker_text == "he"]
    assert found and all(q.speaker_name == "a senior Velmora port official" for q in found)
    said = one(quotes(nlp, text), "direct", "The cranes will be back")
    assert said.speaker_name is None  # the description's own quote is left as written
