""" "The last quarter of 2030" is that year's fourth quarter; "last quarter" alone is the
quarter before the article's."""

from __future__ import annotations

from typing import Any

from crossbrief.analyze.paragraphs import Paragraph, paragraph_spans
from crossbrief.analyze.times import extract_times

MAY = "2031-05-14"


def _found(nlp: Any, text: str) -> dict[str, str | None]:
    paragraphs = [Paragraph(s, nlp(text[s:e])) for s, e in paragraph_spans(text)]
    return {t.text: t.value for t in extract_times(paragraphs, MAY)}


def test_the_last_quarter_of_a_year_is_its_fourth(nlp: Any) -> None:
    found = _found(nlp, "Ferry fares rose in the last quarter of 2030, the harbour board said.")
    assert list(found.values()) == ["2030-Q4"]


def test_last_quarter_alone_is_the_quarter_before(nlp: Any) -> None:
    found = _found(nlp, "Ferry fares rose last quarter, the harbour board said.")
    assert list(found.values()) == ["2031-Q1"]
