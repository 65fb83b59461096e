"""A weekday alone in a story no date places: an entry "XXXX-WXX-N" at precision "weekday",
listed last, past before future (session 11; invented text)."""

from __future__ import annotations

import pytest

from crossbrief.render.date_labels import date_label
from crossbrief.synthesize.dates import infer_dates
from crossbrief.synthesize.story import Story
from crossbrief.synthesize.timeline import build_timeline, week_start
from crossbrief.synthesize.timeline_values import weekday
from tests.synthesize.test_dates import make

ARRESTED = "Police in Orlen arrested the harbour master on Tuesday after a long chase."
REPORTED = "The Orlen harbour master was arrested by police on Tuesday after a chase."
MATCH = "The harbour team of Orlen will play its rivals from Velmora on Sunday."
FLOOD = "The river at Orlen flooded the lower town on Nov. 14 after the storm."


def _timeline(*articles: tuple[str, str, str, str, str | None]) -> list[tuple[str, str, int]]:
    made = [
        make(aid, [text], [(expr, "DATE", None, relative)], published)
        for aid, text, expr, relative, published in articles
    ]
    story = Story(made)
    timeline = build_timeline(story, infer_dates(story))
    return [(e.date, e.precision, 1 + len(e.also_in)) for e in timeline]


def test_a_weekday_alone_in_an_undated_story_is_an_entry_after_the_year_less_days() -> None:
    got = _timeline(
        ("c", MATCH, "Sunday", "W:6:1", None),
        ("a", ARRESTED, "Tuesday", "W:1:-1", None),
        ("b", REPORTED, "Tuesday", "W:1:-1", None),
        ("d", FLOOD, "Nov. 14", "MD:11:14:-1", None),
    )
    # the two reports of the arrest are one entry; the match to come is listed after it
    assert got == [
        ("XXXX-11-14", "day", 1),
        ("XXXX-WXX-2", "weekday", 2),
        ("XXXX-WXX-7", "weekday", 1),
    ]


def test_a_weekday_in_a_dated_story_is_a_weekday_entry_and_a_week_off_none() -> None:
    # one dated article does not place an undated one's Tuesday (session 13: shown as a
    # weekday of no known week, no longer dropped)
    dated = ("d", FLOOD, "Nov. 14", "MD:11:14:-1", "2040-11-20")
    assert _timeline(dated, ("a", ARRESTED, "Tuesday", "W:1:-1", None)) == [
        ("2040-11-14", "day", 1),
        ("XXXX-WXX-2", "weekday", 1),
    ]
    assert _timeline(("a", ARRESTED, "Tuesday", "W:1:-2", None)) == []
    assert weekday("W:1:2") is None and weekday("MD:11:14:-1") is None
    text = "Police in Orlen arrested the harbour master three days after Tuesday."
    assert _timeline(("a", text, "Tuesday", "W:1:-1", None)) == []


def test_a_tuesday_gone_and_a_tuesday_to_come_are_two_entries() -> None:
    coming = "Police in Orlen will arrest the harbour master on Tuesday after a long chase."
    got = _timeline(
        ("a", ARRESTED, "Tuesday", "W:1:-1", None), ("b", coming, "Tuesday", "W:1:1", None)
    )
    assert got == [("XXXX-WXX-2", "weekday", 1), ("XXXX-WXX-2", "weekday", 1)]


def test_a_weekday_entry_reads_as_a_day_whose_date_is_not_given() -> None:
    assert date_label("XXXX-WXX-2") == "Tuesday (date not given)"
    assert date_label("XXXX-11-14") == "Nov. 14 (year not given)"
    assert date_label("XXXX-WXX-9") == "XXXX-WXX-9"


def timeline_brief(entry: dict[str, object]) -> dict[str, object]:
    """A brief, as JSON data, with one timeline entry and nothing else."""
    return {
        "crossbrief": "1",
        **{k: [] for k in ("articles", "summary", "entities", "quotes", "facts", "conflicts")},
        "timeline": [entry],
        "errors": [],
    }


def test_a_weekday_entry_is_a_valid_brief_value() -> None:
    jsonschema = pytest.importorskip("jsonschema")
    from crossbrief.schema import validate_brief

    entry = {
        "date": "XXXX-WXX-2",
        "precision": "weekday",
        "text": ARRESTED,
        "article": "a",
        "sentence": 0,
        "expression": "Tuesday",
        "anchor": None,
        "also_in": [],
    }
    brief = timeline_brief(entry)
    validate_brief(brief)
    with pytest.raises(jsonschema.ValidationError):
        validate_brief({**brief, "timeline": [{**entry, "date": "XXXX-WXX-8"}]})


def test_a_day_restating_a_clock_time_in_another_zone_is_no_entry_of_its_own() -> None:
    text = "The storm hit Orlen at 6:15 am (2315 GMT Monday) on Tuesday, officials said."
    times = [("Monday", "DATE", None, "W:0:-1"), ("Tuesday", "DATE", None, "W:1:-1")]
    story = Story([make("a", [text], times, "2040-06-14")])
    # the local Tuesday is the entry, not the other zone's Monday
    assert [e.date for e in build_timeline(story, infer_dates(story))] == ["2040-06-12"]
    # a day in brackets with no clock time before it is a day of its own
    text = "The quake hit Orlen on Wednesday (and again Tuesday), officials said."
    assert _timeline(("a", text, "Tuesday", "W:1:-1", "2040-06-14")) == [("2040-06-12", "day", 1)]


def test_the_last_year_like_the_past_year_is_a_span_up_to_the_article() -> None:
    for words in ("over the last year", "in the last two months", "the last week"):
        text = f"The ferry crews of Orlen have grown closer {words}, the union said."
        assert _timeline(("a", text, words, "Y:-1", "2040-06-14")) == [], words
    # "last year" with no article is the calendar year before
    text = "The ferry crews of Orlen struck last year, the union said."
    assert _timeline(("a", text, "last year", "Y:-1", "2040-06-14")) == [("2039", "year", 1)]


def test_a_year_less_day_takes_no_year_a_decade_from_the_storys_dates() -> None:
    def entries(year: str) -> list[str]:
        bombed = f"The bomb destroyed the Orlen ferry on Dec. 21, {year}, killing nine."
        planned = "The council wants the Orlen ferry rebuilt by Dec. 21, the tenth anniversary."
        story = Story(
            [
                make(
                    "a",
                    [bombed],
                    [(f"Dec. 21, {year}", "DATE", f"{year}-12-21", None)],
                    "2040-12-18",
                ),
                make("b", [planned], [("Dec. 21", "DATE", None, "MD:12:21:1")]),
            ]
        )
        return sorted(e.date for e in build_timeline(story, infer_dates(story)))

    # 2030 is a decade from the story's 2040: the council's Dec. 21 stays year-less
    assert entries("2030") == ["2030-12-21", "XXXX-12-21"]
    # a year near the story's dates is taken (the dated outlet's own day)
    assert entries("2040") == ["2040-12-21"]


def test_weekdays_of_no_known_week_are_listed_in_week_order_from_the_story_s_first() -> None:
    # A fair told Saturday to Tuesday: the longest stretch of days no article names is
    # Wednesday to Friday, so the list starts on Saturday, whatever the articles' order.
    opened = "The Orlen fair opened its gates in the square on Saturday."
    rain = "Heavy rain closed the Orlen fair stalls early on Sunday."
    parade = "A band led the Orlen fair parade through the old town on Monday."
    closed = "The Orlen fair packed up its tents on Tuesday."
    got = _timeline(
        ("a", parade, "Monday", "W:0:-1", None),
        ("b", closed, "Tuesday", "W:1:-1", None),
        ("c", opened, "Saturday", "W:5:-1", None),
        ("d", rain, "Sunday", "W:6:-1", None),
    )
    assert [date for date, _, _ in got] == [
        "XXXX-WXX-6",
        "XXXX-WXX-7",
        "XXXX-WXX-1",
        "XXXX-WXX-2",
    ]


def test_weekdays_of_a_working_week_start_on_monday() -> None:
    court = "The Orlen harbour master appeared in court on Wednesday after his arrest."
    arrest = "Police in Orlen arrested the harbour master on Monday after a long chase."
    got = _timeline(
        ("a", court, "Wednesday", "W:2:-1", None), ("b", arrest, "Monday", "W:0:-1", None)
    )
    assert [date for date, _, _ in got] == ["XXXX-WXX-1", "XXXX-WXX-3"]


def test_weekdays_with_no_one_longest_unnamed_run_start_on_monday() -> None:
    # Review fix (session 12): Monday, Wednesday, Friday and Sunday leave three one-day runs
    # unnamed, none the longest, so the list starts on Monday, as the docstring says.
    assert week_start({1, 3, 5, 7}) == 1
    assert week_start({3, 5}) == 3  # one longest run: Saturday to Tuesday, before Wednesday
    assert week_start({6, 7, 1, 2}) == 6
    assert week_start(set()) == 1
    assert week_start(set(range(1, 8))) == 1
