"""A participle of speech on a paper someone filed or sent ("filed a motion asking for a
delay", "sent a letter urging ...") gives the words of whoever filed or sent it, as "issued
a statement saying ..." does. Invented text, real pipeline."""

from __future__ import annotations

from typing import Any

import pytest

from tests.analyze.quote_rows import reported


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        (
            "The ferry company filed a formal motion asking for a two-week delay.",
            "The ferry company",
            "asking for a two-week delay",
        ),
        (
            "Ann Lee sent a letter urging the council to wait.",
            "Ann Lee",
            "the council to wait",
        ),
    ],
)
def test_a_paper_put_out_speaks_for_its_maker(
    nlp: Any, text: str, speaker: str, content: str
) -> None:
    found = reported(nlp, text)
    assert len(found) == 1
    assert found[0][0] == speaker
    assert content in found[0][1]


def test_a_paper_received_does_not_speak_for_its_reader(nlp: Any) -> None:
    # Negative: whoever received the letter did not write it.
    found = reported(nlp, "The harbour board received a letter urging it to wait.")
    assert [s for s, _ in found] == ["a letter"]


def test_a_paper_sent_to_the_subject_of_a_passive_is_not_theirs(nlp: Any) -> None:
    # Negative: "were sent a letter" makes the subject the readers, not the writers.
    found = reported(nlp, "Harbour staff were sent a letter urging them to wait.")
    assert [s for s, _ in found] == ["a letter"]


@pytest.mark.parametrize(
    ("text", "messenger", "writer"),
    [
        (
            "Council clerk Tom Varga delivered a letter from Mayor Ann Lee urging the board"
            " to delay the vote.",
            "Tom Varga",
            "Ann Lee",
        ),
        (
            "Board secretary Dana Holt circulated a memo from Ann Lee saying the ferry could"
            " not be saved.",
            "Dana Holt",
            "Ann Lee",
        ),
        ("Tom Varga filed Ann Lee's motion asking for a two-week delay.", "Tom Varga", "Ann Lee"),
    ],
)
def test_a_paper_from_someone_else_is_its_writers(
    nlp: Any, text: str, messenger: str, writer: str
) -> None:
    # Negative: whoever carried or filed another's paper did not write it.
    found = reported(nlp, text)
    assert len(found) == 1
    assert messenger not in found[0][0]
    assert writer in found[0][0]
