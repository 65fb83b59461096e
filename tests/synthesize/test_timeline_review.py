"""Review findings on the timeline (session 8, invented articles): a "<" in prose opens no
markup tag, and an outlet lends the year it writes for a month-day only when it writes the
year to mark an earlier year's episode, not its own news."""

from __future__ import annotations

from crossbrief.model import TimelineEntry
from crossbrief.synthesize.dates import infer_dates
from crossbrief.synthesize.story import Story
from crossbrief.synthesize.timeline import build_timeline
from tests.synthesize.test_dates import make


def _timeline(*articles: object) -> list[TimelineEntry]:
    story = Story(list(articles))  # type: ignore[arg-type]
    return build_timeline(story, infer_dates(story))


def test_a_less_than_sign_in_prose_hides_no_later_time() -> None:
    a = make(
        "a",
        ["Shares of Orlen fell by <1% on Tuesday after the report.",
         "On Wednesday, the board of Orlen met in Brno.",
         "On Thursday, chief executive Ann Vale resigned."],
        [("Tuesday", "DATE", None, "W:1:-1"), ("Wednesday", "DATE", None, "W:2:-1"),
         ("Thursday", "DATE", None, "W:3:-1")],
        "2040-06-10",
    )  # fmt: skip
    assert [e.sentence for e in _timeline(a)] == [0, 1, 2]


def test_a_time_inside_a_tag_after_a_less_than_sign_is_still_markup() -> None:
    a = make(
        "a",
        ["Shares fell by <1% on Tuesday.",
         '<post datetime="2040-06-09">The ruling is wrong, the speaker wrote.</post>'],
        [("Tuesday", "DATE", None, "W:1:-1"), ("2040-06-09", "DATE", "2040-06-09", None)],
        "2040-06-10",
    )  # fmt: skip
    assert [e.sentence for e in _timeline(a)] == [0]


def _anniversary(lender_published: str) -> set[tuple[str, str]]:
    a = make(
        "a",
        ["The Orlen plant in Brno exploded on Feb. 8, 2040, killing four workers."],
        [("Feb. 8, 2040", "DATE", "2040-02-08", None)],
        lender_published,
    )
    b = make(
        "b",
        ["On Feb. 8, survivors of the Orlen plant explosion in Brno gathered to mark it."],
        [("Feb. 8", "DATE", None, "MD:2:8:-1")],
        "2041-02-10",
    )
    return {(e.article, e.date) for e in _timeline(a, b)} | {
        (r.article, e.date) for e in _timeline(a, b) for r in e.also_in
    }


def test_an_outlet_writing_its_own_news_lends_no_year() -> None:
    assert ("b", "2041-02-08") in _anniversary("2040-02-09")


def test_an_outlet_writing_this_years_day_late_in_the_year_lends_no_year() -> None:
    assert ("b", "2041-02-08") in _anniversary("2040-12-30")


def test_an_outlet_narrating_last_year_lends_its_year() -> None:
    assert ("b", "2040-02-08") in _anniversary("2041-02-11")
