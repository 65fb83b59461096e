"""What the timeline leaves out or re-dates, found reading real briefs (session 8): list
headings with no event, embedded posts' markup and stamps, and a year-less day another
outlet writes with last year's year (invented articles)."""

from __future__ import annotations

from crossbrief.model import TimelineEntry
from crossbrief.synthesize.dates import infer_dates
from crossbrief.synthesize.story import Story
from crossbrief.synthesize.timeline import build_timeline
from tests.synthesize.test_dates import make


def _timeline(*articles: object) -> list[TimelineEntry]:
    story = Story(list(articles))  # type: ignore[arg-type]
    return build_timeline(story, infer_dates(story))


def test_list_heading_with_no_word_is_not_an_event() -> None:
    a = make(
        "a",
        ["1953:", "1990-92", "1956: Commands a brigade in the desert."],
        [("1953", "DATE", "1953", None), ("1990", "DATE", "1990", None),
         ("1956", "DATE", "1956", None)],
        "2040-06-10",
    )  # fmt: skip
    assert [(e.date, e.sentence) for e in _timeline(a)] == [("1956", 2)]


def test_markup_attribute_and_post_stamp_are_not_events() -> None:
    a = make(
        "a",
        ['<post id="7" datetime="2040-06-09">The ruling is wrong, the speaker wrote.',
         "pic.example.com/x — Ann Vale (@AnnVale) June 9, 2040</post>."],
        [("2040-06", "DATE", "2040-06", None), ("June 9, 2040", "DATE", "2040-06-09", None)],
        "2040-06-10",
    )  # fmt: skip
    assert _timeline(a) == []


def test_date_in_prose_after_a_handle_stays() -> None:
    a = make(
        "a",
        ["Ann Vale (@AnnVale) wrote on June 9, 2040 that the ruling was wrong."],
        [("June 9, 2040", "DATE", "2040-06-09", None)],
        "2040-06-10",
    )
    assert [e.date for e in _timeline(a)] == ["2040-06-09"]


def _episode(year_written: str) -> list[TimelineEntry]:
    a = make(
        "a",
        ["In a Feb. 8 meeting, the chief of staff asked about the dossier."],
        [("Feb. 8", "DATE", None, "MD:2:8:-1")],
        "2041-04-19",
    )
    b = make(
        "b",
        [f"The memos describe a Feb. 8, {year_written}, encounter over the dossier."],
        [(f"Feb. 8, {year_written}", "DATE", f"{year_written}-02-08", None)],
        "2041-04-19",
    )
    return _timeline(a, b)


def test_yearless_day_takes_last_year_another_outlet_writes() -> None:
    dates = {(e.article, e.date) for e in _episode("2040")}
    assert ("a", "2040-02-08") in dates


def test_yearless_day_keeps_its_year_when_the_written_one_is_long_ago() -> None:
    dates = {(e.article, e.date) for e in _episode("2031")}
    assert ("a", "2041-02-08") in dates
