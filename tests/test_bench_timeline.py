"""bench/timeline.py's reading of a timeline entry against the gold TIMEX3 of its expression
(invented article; no evaluation data)."""

from __future__ import annotations

import sys
from pathlib import Path
from types import SimpleNamespace

import pytest

from crossbrief.model import AnalyzedArticle, Article, Span, TimeExpr, TimelineEntry

BENCH = Path(__file__).resolve().parents[1] / "bench"
sys.path.insert(0, str(BENCH))
timeline = pytest.importorskip("timeline")

TEXT = "The pier at Orlen shut on Friday. The harbour board met on Friday."
FRIDAY = TEXT.index("Friday", 40)  # the second sentence's


def _article() -> AnalyzedArticle:
    second = TEXT.index("The harbour")
    times = (
        TimeExpr("Friday", TEXT.index("Friday"), TEXT.index("Friday") + 6, "DATE", "2031-05-09"),
        TimeExpr("Friday", FRIDAY, FRIDAY + 6, "DATE", "2031-05-02"),
    )
    return AnalyzedArticle(
        article=Article(id="a", text=TEXT),
        sentences=(Span(0, second - 1), Span(second, len(TEXT))),
        times=times,
    )


def _entry(date: str, precision: str = "day") -> TimelineEntry:
    return TimelineEntry(date, precision, "", "a", 1, "Friday", None)


def _gold(value: str | None, start: int = FRIDAY, end: int = FRIDAY + 6) -> SimpleNamespace:
    return SimpleNamespace(start=start, end=end, value=value)


def test_the_expression_is_the_one_in_the_entrys_sentence() -> None:
    time = timeline.expression_of(_article(), _entry("2031-05-02"))
    assert time is not None and time.start == FRIDAY  # not the first sentence's Friday


def test_an_entry_is_right_only_on_the_gold_value_of_its_expression() -> None:
    time = timeline.expression_of(_article(), _entry("2031-05-02"))
    assert timeline.judge(_entry("2031-05-02"), time, [_gold("2031-05-02")]) == "right"
    assert timeline.judge(_entry("2031-05-09"), time, [_gold("2031-05-02")]) == "wrong"
    # a clock time is listed under its day
    assert timeline.judge(_entry("2031-05-02"), time, [_gold("2031-05-02T14:00")]) == "right"


def test_no_overlapping_gold_or_no_claimed_value_is_not_scored() -> None:
    # Negative: a gold time elsewhere, a gold value that is no date, a weekday of no week
    # and a day of no year are never counted right or wrong.
    time = timeline.expression_of(_article(), _entry("2031-05-02"))
    assert timeline.judge(_entry("2031-05-02"), time, [_gold("2031-05-02", 0, 5)]) == "no gold"
    assert timeline.judge(_entry("2031-05-02"), time, [_gold("PRESENT_REF")]) == "no gold"
    assert timeline.judge(_entry("Friday", "weekday"), time, [_gold("2031-05-02")]) == "undated"
    assert timeline.judge(_entry("XXXX-05-02"), time, [_gold("2031-05-02")]) == "undated"
