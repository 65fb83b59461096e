"""An undated story's past full dates only bound an article's date (session 9's read): a
weekday named with its date checks the year, and the clue shows its words and sentence."""

from __future__ import annotations

from crossbrief.synthesize.dates import infer_dates
from crossbrief.synthesize.story import Story
from tests.synthesize.builders import Time
from tests.synthesize.builders import timed_article as make

HISTORY = "The truce between the two towns broke down on Nov. 3, 2020, after a border raid."
# 2021-01-05 is a Tuesday; 2020-01-05 a Sunday.
PAIR = "Soldiers on Tuesday (5 January) shelled a school in Orlen."


def test_a_past_full_date_alone_leaves_an_undated_story_undated() -> None:
    a = make("a", [HISTORY], [("Nov. 3, 2020", "DATE", "2020-11-03", None, -1)])
    got = infer_dates(Story([a]))["a"]
    assert got.date is None and not got.inferred


def test_a_future_full_date_still_does_not_date_it() -> None:
    text = "The two towns will sign the treaty on Nov. 3, 2020, in Orlen."
    a = make("a", [text], [("Nov. 3, 2020", "DATE", "2020-11-03", None, 1)])
    assert infer_dates(Story([a]))["a"].date is None


def test_a_weekday_with_its_date_after_the_bound_dates_the_article() -> None:
    times: list[Time] = [
        ("Tuesday", "DATE", None, "W:1:-1", -1),
        ("5 January", "DATE", None, "MD:1:5:-1", -1),
        ("Nov. 3, 2020", "DATE", "2020-11-03", None, -1),
    ]
    a = make("a", [PAIR, HISTORY], times)
    got = infer_dates(Story([a]))["a"]
    assert got.date == "2021-01-05" and got.inferred
    assert (
        got.evidence
        and '"Tuesday (5 January)" in "Soldiers on Tuesday (5 January) shelled…"' in got.evidence
    )


def test_a_weekday_with_its_date_far_after_the_bound_says_nothing() -> None:
    old = "The truce between the two towns broke down on Nov. 3, 2016, after a border raid."
    times: list[Time] = [
        ("Tuesday", "DATE", None, "W:1:-1", -1),
        ("5 January", "DATE", None, "MD:1:5:-1", -1),
        ("Nov. 3, 2016", "DATE", "2016-11-03", None, -1),
    ]
    # 5 January is a Tuesday in 2016 (before the bound), then in 2021, over four years on.
    a = make("a", [PAIR, old], times)
    assert infer_dates(Story([a]))["a"].date is None


def test_a_date_the_weekday_pair_contradicts_is_dropped() -> None:
    count = "The strike entered its third day on Nov. 3, 2020, in Orlen."
    times: list[Time] = [
        ("Tuesday", "DATE", None, "W:1:-1", -1),
        ("5 January", "DATE", None, "MD:1:5:-1", -1),
        ("its third day", "DATE", None, None, 0),
        ("Nov. 3, 2020", "DATE", "2020-11-03", None, -1),
    ]
    # Counted from Nov. 3, 2020 the article is 2020-11-05, when the last 5 January (of
    # 2020) was a Sunday, not a Tuesday.
    a = make("a", [PAIR, count], times)
    assert infer_dates(Story([a]))["a"].date is None


def test_a_date_the_weekday_pair_agrees_with_is_kept() -> None:
    count = "The strike entered its third day on Jan. 4, 2021, in Orlen."
    times: list[Time] = [
        ("Tuesday", "DATE", None, "W:1:-1", -1),
        ("5 January", "DATE", None, "MD:1:5:-1", -1),
        ("its third day", "DATE", None, None, 0),
        ("Jan. 4, 2021", "DATE", "2021-01-04", None, -1),
    ]
    a = make("a", [PAIR, count], times)
    got = infer_dates(Story([a]))["a"]
    assert got.date == "2021-01-06"
    assert got.evidence and '"its third day" in "The strike entered its third day…"' in got.evidence


def test_a_datelines_date_in_an_undated_story_is_the_articles() -> None:
    times: list[Time] = [
        ("Nov 14th 2020", "DATE", "2020-11-14", None, -1),
        ("Nov. 3, 2020", "DATE", "2020-11-03", None, -1),
    ]
    a = make("a", ["Posted Nov 14th 2020", HISTORY], times)
    got = infer_dates(Story([a]))["a"]
    assert got.date == "2020-11-14" and got.inferred


# 2021-12-21 is a Tuesday, 2020-12-21 a Monday.
VIGIL = "Orlen remembered the flood of Dec. 21, 2011, with a vigil."


def test_years_ago_with_its_weekday_dates_the_anniversary() -> None:
    text = "The town mourned the dead of the flood 10 years ago Tuesday."
    times: list[Time] = [
        ("10 years ago Tuesday", "DATE", None, "W:1:-1", -1),
        ("Dec. 21, 2011", "DATE", "2011-12-21", None, -1),
    ]
    got = infer_dates(Story([make("a", [text, VIGIL], times)]))["a"]
    assert got.date == "2021-12-21"
    assert (
        got.evidence and '"10 years ago Tuesday" in "The town mourned the dead of…"' in got.evidence
    )


def test_years_ago_with_another_weekday_says_nothing() -> None:
    text = "The town mourned the dead of the flood nine years ago Tuesday."
    times: list[Time] = [
        ("nine years ago Tuesday", "DATE", None, "W:1:-1", -1),
        ("Dec. 21, 2011", "DATE", "2011-12-21", None, -1),
    ]
    assert infer_dates(Story([make("a", [text, VIGIL], times)]))["a"].date is None
