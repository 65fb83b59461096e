"""Timeline rows of session 17's time fixes (invented text): a feast with a year phrase is one
row in its own year, a day of a repeated time is no row, and a day told once before a comma
splice whose second clause opens with a habit ("shut on Tuesday, every week it does") keeps
its row."""

from __future__ import annotations

from typing import Any

import pytest

from crossbrief.model import Article
from crossbrief.pipeline import brief_articles

RESIGNED = "Ann Lee resigned as mayor of Orlen on Monday."


def _entries(nlp: Any, sentence: str) -> list[tuple[str, str]]:
    text = f"{RESIGNED} {sentence}"
    brief = brief_articles([Article(id="a", text=text, published="2040-06-14")], nlp=nlp)
    return [(e.date, e.text) for e in brief.timeline]


def _rows_of(entries: list[tuple[str, str]], word: str) -> list[str]:
    return [d for d, text in entries if word in text]


def test_a_feast_last_year_is_one_row_in_the_year_before(nlp: Any) -> None:
    entries = _entries(nlp, "The Velmora parade was held at Easter last year.")
    # Easter fell on 2039-04-10; the article's own (2040-04-01) and a bare year are wrong.
    assert _rows_of(entries, "Velmora") == ["2039-04-10"], entries


@pytest.mark.parametrize(
    "sentence",
    [
        "The Velmora quay shut on Tuesday, every week it does.",
        "The Velmora quay shut on Tuesday, every week the harbour board shuts it.",
        "The Velmora quay shut on Tuesday, it shuts every week.",
    ],
)
def test_a_day_before_a_habit_of_its_own_clause_keeps_its_row(nlp: Any, sentence: str) -> None:
    entries = _entries(nlp, sentence)
    assert _rows_of(entries, "Velmora") == ["2040-06-12"], entries


@pytest.mark.parametrize(
    "sentence",
    [
        # Negative: the repeated time names the day's habit, with no clause of its own.
        "The Velmora ferry sails to Orlen on Tuesday, every week.",
        "The Velmora ferry sails on Tuesday, every week, to Orlen and back.",
        "The Velmora parade is held on May 3 every year.",
        "The Velmora parade is held every May 3.",
    ],
)
def test_a_day_of_a_habit_is_still_no_row(nlp: Any, sentence: str) -> None:
    entries = _entries(nlp, sentence)
    assert _rows_of(entries, "Velmora") == [], entries
    assert _rows_of(entries, "resigned") == ["2040-06-11"], entries
