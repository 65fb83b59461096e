"""Expressions that resolve to a value but name no point a reader can place stay off the
timeline (session 9's read): decades back, hedged counts back, "the past year", a part of
day with no day. Their plain neighbours stay."""

from __future__ import annotations

from crossbrief.model import TimelineEntry
from crossbrief.synthesize.dates import infer_dates
from crossbrief.synthesize.story import Story
from crossbrief.synthesize.timeline import build_timeline
from tests.synthesize.test_dates import make

# A Tuesday.
DAY = "2040-06-12"


def _dates(sentence: str, expr: str, value: str | None, relative: str | None) -> list[str]:
    a = make("a", [sentence], [(expr, "DATE", value, relative)], DAY)
    story = Story([a])
    entries: list[TimelineEntry] = build_timeline(story, infer_dates(story))
    return [e.date for e in entries]


def test_decades_ago_is_no_point() -> None:
    assert (
        _dates("The family came to Orlen four decades ago.", "four decades ago", None, "Y:-40")
        == []
    )


def test_years_ago_stays() -> None:
    found = _dates("The family came to Orlen four years ago.", "four years ago", None, "Y:-4")
    assert found == ["2036"]


def test_a_hedged_count_back_is_no_point() -> None:
    text = "The mayor spoke in Orlen less than two weeks ago."
    assert _dates(text, "less than two weeks ago", None, "D:-14") == []


def test_the_past_year_is_no_point() -> None:
    text = "During the past year, the families heard rising fears in Orlen."
    assert _dates(text, "the past year", None, "Y:-1") == []


def test_last_year_stays() -> None:
    found = _dates(
        "Last year, the families heard rising fears in Orlen.", "Last year", None, "Y:-1"
    )
    assert found == ["2039"]


def test_a_part_of_day_with_no_day_is_no_point() -> None:
    text = "Lights shine on the flags of the school at night."
    assert _dates(text, "night", None, "D:0@TNI") == []


def test_a_part_of_day_with_its_day_stays() -> None:
    text = "The flags of the school were burned on Monday night."
    assert _dates(text, "Monday night", None, "W:0:-1@TNI") == ["2040-06-11"]
