"""A dateline's date ("ORLEN, June 14 (Velmora Post) -") tells where and when the report
was filed, not an event: it is no timeline entry, with or without a year, whether the
splitter cut it from the story's first sentence or not (invented text)."""

from __future__ import annotations

from typing import Any

import pytest

from crossbrief.model import Article
from crossbrief.pipeline import brief_articles

RESIGNED = "Ann Lee resigned as mayor of Orlen on Monday."


def _dates(nlp: Any, text: str) -> list[tuple[str, str]]:
    brief = brief_articles([Article(id="a", text=text, published="2040-06-14")], nlp=nlp)
    return [(e.date, e.expression.split()[0]) for e in brief.timeline]


@pytest.mark.parametrize(
    "dateline",
    [
        "ORLEN, June 14 (Velmora Post) -",
        "ORLEN, March 11 -",
        "ORLEN, Velmora, June 14 (Velmora Post) \u2014",
        "Orlen, June 14 (Velmora Post) --",
    ],
)
def test_a_dateline_date_is_no_entry(nlp: Any, dateline: str) -> None:
    # (the parser may find no date in such a line at all; then too only Monday is placed)
    assert _dates(nlp, f"{dateline} {RESIGNED}") == [("2040-06-11", "Monday")]


@pytest.mark.parametrize(
    "text",
    [
        f"June 12 - {RESIGNED}",
        f"Orlen, June 12 - {RESIGNED}",
        "The harbour board of ORLEN met on June 12 - the day after Ann Lee resigned.",
    ],
)
def test_a_date_heading_an_entry_or_told_in_the_story_is_kept(nlp: Any, text: str) -> None:
    # Negatives: a chronology's date with no place before it; a place not in capitals
    # with no wire's name after the date (a story may open so); a date told in the story.
    assert ("2040-06-12", "June") in _dates(nlp, text)


SHUT = "The harbour board voted to shut the quay. It met on March 2."


def test_a_dateline_whose_place_the_date_swallowed_is_no_entry(nlp: Any) -> None:
    # The parser may read the place and the date as one date ("Orsk, March 11"): the place
    # is then at the start of the date's own text, not before it.
    got = _dates(nlp, f"Orsk, March 11 (Velmora Post) - {SHUT}")
    assert got == [("2040-03-02", "March")]


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        (f"Orsk, March 11 - {SHUT}", "2040-03-11"),
        ("ORSK, March 11 - The harbour board voted on Tuesday to shut the quay.", "2040-06-12"),
    ],
)
def test_a_date_after_a_place_with_no_wire_or_a_story_day_is_kept(
    nlp: Any, text: str, kept: str
) -> None:
    # Negatives: a mixed-case place and date with no wire's name may open a story; a day
    # the story tells after a dateline is an entry.
    assert kept in [date for date, _ in _dates(nlp, text)]
