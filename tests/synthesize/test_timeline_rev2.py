"""Year-less days and counted offsets on the timeline (session 10 review; invented text)."""

from __future__ import annotations

from crossbrief.synthesize.dates import infer_dates
from crossbrief.synthesize.story import Story
from crossbrief.synthesize.timeline import build_timeline
from tests.synthesize.test_dates import make

CLOSED = "The council of Orlen closed the ferry pier on Nov. 14 after a storm."
REPORTED = "The Orlen ferry pier was closed by the council on Nov. 14 after the storm."
MET = "The Orlen council met again on Nov. 20 to discuss the pier."


def _timeline(*articles: tuple[str, str, str, str, str | None]) -> list[tuple[str, str, str]]:
    """(date, precision, expression) of each entry, for (id, sentence, expression, relative,
    published) articles."""
    made = [
        make(aid, [text], [(expr, "DATE", None, relative)], published)
        for aid, text, expr, relative, published in articles
    ]
    story = Story(made)
    return [(e.date, e.precision, e.expression) for e in build_timeline(story, infer_dates(story))]


def test_a_day_one_article_gives_a_year_is_not_also_listed_without_it() -> None:
    got = _timeline(
        ("a", CLOSED, "Nov. 14", "MD:11:14:-1", "2040-11-20"),
        ("b", REPORTED, "Nov. 14", "MD:11:14:-1", None),
    )
    assert [date for date, _, _ in got] == ["2040-11-14"]


def test_a_day_given_several_years_is_not_listed_without_one() -> None:
    got = _timeline(
        ("a", CLOSED, "Nov. 14", "MD:11:14:-1", "2040-11-20"),
        ("c", CLOSED, "Nov. 14", "MD:11:14:-1", "2041-11-20"),
        ("b", REPORTED, "Nov. 14", "MD:11:14:-1", None),
    )
    assert sorted(date for date, _, _ in got) == ["2040-11-14", "2041-11-14"]


def test_a_year_less_day_stays_when_the_dated_articles_give_it_no_year() -> None:
    got = _timeline(
        ("a", MET, "Nov. 20", "MD:11:20:-1", "2040-11-21"),
        ("b", REPORTED, "Nov. 14", "MD:11:14:-1", None),
    )
    assert [date for date, _, _ in got] == ["2040-11-20", "XXXX-11-14"]


def test_a_day_no_year_has_is_no_entry() -> None:
    text = "The pier closed on Feb. 30 after a storm."
    assert _timeline(("a", text, "Feb. 30", "MD:02:30:-1", None)) == []
    text = "The pier closed on Feb. 29 after a storm."
    assert [d for d, _, _ in _timeline(("a", text, "Feb. 29", "MD:02:29:-1", None))] == [
        "XXXX-02-29"
    ]
    assert _timeline(("a", "The pier closed in 13 after it.", "13", "MD:13:01:-1", None)) == []


def test_a_count_of_weeks_after_a_day_moves_the_day() -> None:
    text = "The pier reopened three weeks after Nov. 28, officials said."
    got = _timeline(("a", text, "Nov. 28", "MD:11:28:-1", "2041-01-20"))
    assert got == [("2040-12-19", "day", "three weeks after Nov. 28")]
    text = "The pier reopened 10 days before Nov. 28, officials said."
    got = _timeline(("a", text, "Nov. 28", "MD:11:28:-1", "2041-01-20"))
    assert got == [("2040-11-18", "day", "10 days before Nov. 28")]


def test_a_count_moves_a_year_less_day_too() -> None:
    text = "The pier reopened two weeks after Nov. 14, officials said."
    got = _timeline(("a", text, "Nov. 14", "MD:11:14:-1", None))
    assert got == [("XXXX-11-28", "day", "two weeks after Nov. 14")]


def test_a_hedged_or_hourly_count_places_nothing() -> None:
    for before in ("about three weeks after", "more than two weeks after", "six hours after"):
        text = f"The pier reopened {before} Nov. 28, officials said."
        assert _timeline(("a", text, "Nov. 28", "MD:11:28:-1", "2041-01-20")) == [], before


def test_near_a_day_without_a_count_still_dates_the_month() -> None:
    text = "The pier reopened weeks after Nov. 28, officials said."
    got = _timeline(("a", text, "Nov. 28", "MD:11:28:-1", "2041-01-20"))
    assert got == [("2040-11", "month", "weeks after Nov. 28")]
    # A year-less month is no value of the brief's.
    text = "The pier reopened just after Nov. 14, officials said."
    assert _timeline(("a", text, "Nov. 14", "MD:11:14:-1", None)) == []


def test_a_count_after_a_year_less_feb_29_does_not_crash() -> None:
    text = "The pier closed three days after Feb. 29, when a storm hit."
    got = _timeline(("a", text, "Feb. 29", "MD:02:29:-1", None))
    assert got == [("XXXX-03-03", "day", "three days after Feb. 29")]
    text = "The pier closed one year after Feb. 29, when a storm hit."
    assert _timeline(("a", text, "Feb. 29", "MD:02:29:-1", None)) == []


def test_a_count_of_years_on_a_year_less_day_is_not_the_dated_day() -> None:
    got = _timeline(
        ("a", CLOSED, "Nov. 14", "MD:11:14:-1", "2040-11-20"),
        ("b", "The pier will reopen one year after Nov. 14.", "Nov. 14", "MD:11:14:-1", None),
    )
    assert got == [("2040-11-14", "day", "Nov. 14")]
    text = "The pier reopened three weeks after Dec. 20, officials said."
    assert _timeline(("a", text, "Dec. 20", "MD:12:20:-1", None)) == []


def test_a_count_is_read_whole_or_places_nothing() -> None:
    text = "The pier reopened 2,000 days before Nov. 14, officials said."
    got = _timeline(("a", text, "Nov. 14", "MD:11:14:-1", "2041-01-20"))
    assert got == [("2035-05-25", "day", "2,000 days before Nov. 14")]
    for before in ("1.5 weeks after", "two to three weeks after", "two or three weeks after"):
        text = f"The pier reopened {before} Nov. 28, officials said."
        assert _timeline(("a", text, "Nov. 28", "MD:11:28:-1", "2041-01-20")) == [], before


def test_a_count_across_new_year_moves_a_dated_day_into_the_next_year() -> None:
    text = "The pier reopened three weeks after Dec. 20, officials said."
    got = _timeline(("a", text, "Dec. 20", "MD:12:20:-1", "2041-01-20"))
    assert got == [("2041-01-10", "day", "three weeks after Dec. 20")]


def test_a_count_inside_the_expression_is_the_analysis_reading() -> None:
    # The analysis moves a count inside one expression ("DS:14:..."); the timeline takes
    # that day as it is and does not count again.
    dated = "The Orlen pier reopened two weeks after Nov. 14, the council said."
    got = _timeline(("a", dated, "two weeks after Nov. 14", "DS:14:MD:11:14:-1", "2041-01-20"))
    assert got == [("2040-11-28", "day", "two weeks after Nov. 14")]
    got = _timeline(("a", dated, "two weeks after Nov. 14", "DS:14:MD:11:14:-1", None))
    assert got == [("XXXX-11-28", "day", "two weeks after Nov. 14")]
    # where the analysis places nothing ("one year after Nov. 14": no value), nor does it
    got = _timeline(
        ("a", CLOSED, "Nov. 14", "MD:11:14:-1", "2040-11-20"),
        ("b", "The pier will reopen one year after Nov. 14.", "one year after Nov. 14",
         None, None),
    )  # fmt: skip
    assert got == [("2040-11-14", "day", "Nov. 14")]


def test_a_hedged_count_inside_the_expression_places_nothing() -> None:
    text = "The pier reopened about two weeks after Nov. 14, the council said."
    expr = "about two weeks after Nov. 14"
    assert _timeline(("a", text, expr, "DS:14:MD:11:14:-1", "2041-01-20")) == []


def test_months_or_years_from_a_day_the_article_date_placed_place_nothing() -> None:
    for words in ("one year after", "two months after"):
        text = f"The pier will reopen {words} Nov. 14, the council said."
        got = _timeline(("a", text, f"{words} Nov. 14", None, "2041-01-20"))
        assert got == [], words
        got = _timeline(("a", text, "Nov. 14", "MD:11:14:1", "2041-01-20"))
        assert got == [], words
    # a year written with the day is no guess: the count moves it
    text = "The pier will reopen one year after Nov. 14, 2040, the council said."
    story = Story(
        [make("a", [text], [("Nov. 14, 2040", "DATE", "2040-11-14", None)], "2041-01-20")]
    )
    assert [e.date for e in build_timeline(story, infer_dates(story))] == ["2041-11-14"]
