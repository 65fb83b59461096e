"""Reporting verbs that report only with a particle or an 'as' phrase ("laid out a plan",
"weighed in on the deal", "painted Lee as weak"), and verbs of voicing or taking a side
("articulated", "envisions", "championed", "rebuffed"). Invented sentences, real pipeline."""

from __future__ import annotations

from typing import Any

import pytest

from crossbrief.analyze.quotes import is_position
from tests.analyze.test_quotes import indirect


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        ("Ann Lee laid out her plan for the harbour on Tuesday.", "Ann Lee",
         "her plan for the harbour"),
        ("The mayor spelled out the terms of the ferry contract.", "The mayor",
         "the terms of the ferry contract"),
        ("Several councillors weighed in on the toll dispute.", "Several councillors",
         "the toll dispute"),
        ("Ann Lee weighed in with her support for the new pier.", "Ann Lee",
         "her support for the new pier"),
        ("Tom Varga painted the mayor as unfit to run the port.", "Tom Varga",
         "the mayor as unfit to run the port"),
        ("Ann Lee articulated a different vision for the harbour.", "Ann Lee",
         "a different vision for the harbour"),
        ("The senator envisions a ferry link to every island.", "The senator",
         "a ferry link to every island"),
    ],
)  # fmt: skip
def test_a_framed_reporting_verb_reports(nlp: Any, text: str, speaker: str, content: str) -> None:
    found = indirect(nlp, text)
    assert [q.speaker_text for q in found] == [speaker]
    assert content in found[0].text


@pytest.mark.parametrize(
    "text",
    [
        "The mayor laid a wreath at the harbour memorial.",
        "The fishermen laid their nets on the pier.",
        "The boxer weighed 80 kilos before the fight.",
        "The crew weighed the catch on the dock.",
        "Ann Lee painted the harbour office blue.",
        "The children spelled their names on the board.",
    ],
)
def test_without_its_frame_the_verb_reports_nothing(nlp: Any, text: str) -> None:
    assert indirect(nlp, text) == []


def test_championing_or_rebuffing_is_a_position_of_someone(nlp: Any) -> None:
    found = indirect(nlp, "The senator championed the harbour bill.")
    assert [q.speaker_text for q in found] == ["The senator"]
    assert is_position(found[0].cue)
    found = indirect(nlp, "Ann Lee rebuffed an offer from the ferry company.")
    assert [q.speaker_text for q in found] == ["Ann Lee"]


def test_no_one_takes_a_side_when_a_thing_rebuffs(nlp: Any) -> None:
    assert indirect(nlp, "The storm rebuffed the ferry at the harbour mouth.") == []


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("Ann Lee spoke of a split in the harbour council.", "a split in the harbour council"),
        ("The mayor warned of a long strike at the port.", "a long strike at the port"),
        ("Tom Varga boasted of his record on ferry fares.", "his record on ferry fares"),
        ("The crews complained of low pay and long shifts.", "low pay and long shifts"),
    ],
)
def test_what_a_verb_of_speaking_speaks_of(nlp: Any, text: str, content: str) -> None:
    found = indirect(nlp, text)
    assert len(found) == 1
    assert content in found[0].text


def test_of_after_a_verb_of_thinking_reports_nothing(nlp: Any) -> None:
    # "thought of X": a name recalled as often as a view held
    assert indirect(nlp, "Ann Lee thought of the harbour as her home.") == []


def test_who_was_questioned_about_something_did_not_ask(nlp: Any) -> None:
    # as with "was asked about": the question is put by no one named, not by Lee
    found = indirect(nlp, "Ann Lee was questioned about the dispute over the pier.")
    assert [(q.speaker_text, q.text) for q in found] == [
        (None, "questioned about the dispute over the pier")
    ]
