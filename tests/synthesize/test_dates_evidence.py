"""Which clues may date an undated article (measured in bench/dates.py): a weekday only when
told in the past and when two dated articles fix the story's week; a past month-day bounds
the date without giving it (invented articles)."""

from __future__ import annotations

from crossbrief.synthesize.dates import infer_dates
from crossbrief.synthesize.story import Story
from tests.synthesize.test_dates import DATED, make


def _date(
    *undated_times: tuple[str, str, str | None, str | None], sentences: list[str]
) -> str | None:
    undated = make("u", sentences, list(undated_times))
    return infer_dates(Story([*DATED, undated]))["u"].date


def test_weekday_without_past_tense_dates_nothing() -> None:
    got = _date(("Monday", "DATE", None, "W:0:0"), sentences=["The vote is on Monday."])
    assert got is None


def test_weekday_told_in_the_past_dates_the_article() -> None:
    got = _date(("Monday", "DATE", None, "W:0:-1"), sentences=["The council voted on Monday."])
    assert got == "2040-06-11"


def test_one_dated_article_does_not_fix_the_week() -> None:
    undated = make("u", ["The council voted on Monday."], [("Monday", "DATE", None, "W:0:-1")])
    assert infer_dates(Story([DATED[0], undated]))["u"].date is None


def test_past_month_day_bounds_but_does_not_date() -> None:
    assert _date(("June 8", "DATE", None, "MD:6:8:-1"), sentences=["It rained on June 8."]) is None


def test_weekday_before_a_past_month_day_dates_nothing() -> None:
    got = _date(
        ("Saturday", "DATE", None, "W:5:-1"),
        ("June 11", "DATE", None, "MD:6:11:-1"),
        sentences=["The dam burst on Saturday.", "Repairs began on June 11."],
    )
    assert got is None


def test_weekday_after_a_past_month_day_dates_the_article() -> None:
    got = _date(
        ("Monday", "DATE", None, "W:0:-1"),
        ("June 8", "DATE", None, "MD:6:8:-1"),
        sentences=["The council voted on Monday.", "It rained on June 8."],
    )
    assert got == "2040-06-11"
