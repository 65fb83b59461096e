"""Words of saying or judging that report nothing here (session 20): the connective "That
said," and a contest's result in the passive ("were beaten by"). Invented text, real pipeline."""

from __future__ import annotations

from typing import Any

import pytest

from crossbrief.analyze import analyze_article
from crossbrief.model import Article
from tests.analyze.quote_rows import reported


def _speakers(nlp: Any, text: str) -> list[str]:
    quotes = analyze_article(Article(id="t", text=text), nlp).quotes
    return [q.speaker_text or "" for q in quotes]


@pytest.mark.parametrize(
    "text",
    [
        "That said, the Rovers won the second half easily.",
        "But that said, the harbour board kept its ferry schedule.",
        "This said, the Velmora pier stayed open through the storm.",
    ],
)
def test_that_said_as_a_connective_reports_nothing(nlp: Any, text: str) -> None:
    assert reported(nlp, text) == []


def test_a_report_after_that_said_keeps_its_own_speaker(nlp: Any) -> None:
    found = reported(nlp, "That said, Ann Lee still believes the harbour plan will fail.")
    assert [f[0] for f in found] == ["Ann Lee"]
    # Negative: "That" is no one's name
    assert all(f[0] != "That" for f in found)


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # Negative: "that" as what was said, and a tag set off by commas, keep their rows.
        ("Ann Lee said that the harbour plan would fail.", "Ann Lee"),
        ("That, said Ann Lee, was the end of the harbour plan.", "Ann Lee"),
        ("That said more about the board than the plan, Ann Lee told reporters.", "Ann Lee"),
    ],
)
def test_said_with_that_in_a_report_keeps_its_row(nlp: Any, text: str, speaker: str) -> None:
    assert speaker in _speakers(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "The Velmora Rovers were defeated by the Orsk Wanderers on Sunday.",
        "Ann Lee was defeated by Tomas Brel in the race for harbour mayor.",
    ],
)
def test_a_side_defeated_by_its_rival_is_a_result_not_a_verdict(nlp: Any, text: str) -> None:
    assert reported(nlp, text) == []


def test_a_measure_defeated_by_a_body_is_its_verdict(nlp: Any) -> None:
    # Negative: a bill voted down keeps the council's position.
    found = reported(nlp, "The toll bill was defeated by the harbour council.")
    assert [f[0] for f in found] == ["the harbour council"]


@pytest.mark.parametrize(
    "text",
    [
        # A score or a tally after "with": a rout in a game, no words.
        "Velmora blasted Orsk with 352 rushing yards on Sunday.",
        "The Rovers blasted the Wanderers with four goals in the second half.",
        # Armed forces striking a place: a deed.
        "Velmora forces attacked another school in the harbour district.",
    ],
)
def test_a_rout_or_a_strike_reports_nothing(nlp: Any, text: str) -> None:
    assert reported(nlp, text) == []


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # Negative: words thrown at a plan, and a critic attacking a school's policy.
        ("Ann Lee blasted the harbour plan with a stream of sharp criticism.", "Ann Lee"),
        ("Ann Lee blasted the board for cutting 300 jobs at the port.", "Ann Lee"),
        ("Ann Lee attacked the school over its new fees.", "Ann Lee"),
    ],
)
def test_a_verbal_attack_keeps_its_row(nlp: Any, text: str, speaker: str) -> None:
    assert [f[0] for f in reported(nlp, text)] == [speaker]
