""" "The last quarter of 2030" is that year's fourth quarter; "last quarter" alone is the
quarter before the article's."""

from __future__ import annotations

from typing import Any

from tests.analyze.times_found import times_in

MAY = "2031-05-14"


def _found(nlp: Any, text: str) -> dict[str, str | None]:
    return {t.text: t.value for t in times_in(nlp, text, MAY)}


def test_the_last_quarter_of_a_year_is_its_fourth(nlp: Any) -> None:
    found = _found(nlp, "Ferry fares rose in the last quarter of 2030, the harbour board said.")
    assert list(found.values()) == ["2030-Q4"]


def test_last_quarter_alone_is_the_quarter_before(nlp: Any) -> None:
    found = _found(nlp, "Ferry fares rose last quarter, the harbour board said.")
    assert list(found.values()) == ["2031-Q1"]
