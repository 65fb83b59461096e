"""Words of saying that report nothing here (session 20): the connective "That said,".
Invented text, real pipeline."""

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
