"""An undated article another outlet's dated report places within a few days: its relative
times keep the value every one of those days gives (session 11; invented text)."""

from __future__ import annotations

from dataclasses import replace

import pytest

from crossbrief.model import AnalyzedArticle
from crossbrief.synthesize.date_window import anchor_of, resolve_in
from crossbrief.synthesize.dates import infer_dates
from crossbrief.synthesize.story import Story
from crossbrief.synthesize.timeline import build_timeline
from tests.synthesize.test_dates import make
from tests.synthesize.test_timeline_weekdays import timeline_brief

# Wednesday 2040-06-13: the dated outlet reports the bridge opened on Tuesday 2040-06-12.
DATED = make(
    "a",
    ["The mayor of Orlen opened the new river bridge over the Tarn on Tuesday."],
    [("Tuesday", "DATE", None, "W:1:-1")],
    "2040-06-13",
)
OTHER = make(
    "c",
    ["Ferry crews in Orlen held a meeting about their wages on Monday."],
    [("Monday", "DATE", None, "W:0:-1")],
    "2040-06-13",
)


def _undated(first: str, form: str, tense: int) -> AnalyzedArticle:
    a = make(
        "b",
        [
            first,
            "The council votes on the bridge tolls next month.",
            "The mayor speaks at the harbour on Friday.",
        ],
        [
            (first.split(" bridge ")[1].rstrip("."), "DATE", None, form),
            ("next month", "DATE", None, "M:1"),
            ("Friday", "DATE", None, "W:4:1"),
        ],
    )
    times = (replace(a.times[0], tense=tense), *a.times[1:])
    return replace(a, times=times)


def _entries(*articles: AnalyzedArticle) -> list[tuple[str, str, str | None]]:
    story = Story(list(articles))
    timeline = build_timeline(story, infer_dates(story))
    return [(e.date, e.expression, e.anchor) for e in timeline if e.article == "b"]


def test_this_week_of_a_dated_event_places_what_every_day_of_the_week_agrees_on() -> None:
    b = _undated("The mayor of Orlen opened the new river bridge earlier this week.", "WK:0", -1)
    dates = infer_dates(Story([DATED, OTHER, b]))
    assert dates["b"].date is None and dates["b"].window == ("2040-06-12", "2040-06-17")
    got = _entries(DATED, OTHER, b)
    window = "2040-06-12/2040-06-17"
    assert ("2040-07", "next month", window) in got
    assert ("2040-W24", "earlier this week", window) in got
    # Friday is the 15th from Tuesday to Thursday but the 22nd from Saturday: no date,
    # a Friday of no known week (session 13)
    assert [e for e in got if e[1] == "Friday"] == [("XXXX-WXX-5", "Friday", None)]


def test_an_unrelated_clause_gives_no_window_and_no_relative_entry() -> None:
    b = _undated(
        "The harbour of Orlen painted its old cranes bridge earlier this week.", "WK:0", -1
    )
    dates = infer_dates(Story([DATED, OTHER, b]))
    assert dates["b"].window is None
    # its Friday is a weekday of no known week (session 13), no relative entry has a date
    assert _entries(DATED, OTHER, b) == [("XXXX-WXX-5", "Friday", None)]


def test_a_past_weekday_of_a_dated_event_from_an_article_dated_by_its_dateline() -> None:
    # No article has a given date; one writes its own day in full (a dateline) and
    # "yesterday": the undated one's Tuesday is that day, the article within six days of it.
    dateline = make(
        "a",
        [
            "Posted June 13, 2040",
            "The mayor of Orlen opened the new river bridge over the Tarn yesterday.",
        ],
        [("June 13, 2040", "DATE", "2040-06-13", None), ("yesterday", "DATE", None, "D:-1")],
    )
    dateline = replace(dateline, times=(replace(dateline.times[0], tense=-1), dateline.times[1]))
    b = _undated("The mayor of Orlen opened the new river bridge on Tuesday.", "W:1:-1", -1)
    dates = infer_dates(Story([dateline, b]))
    assert dates["a"].date == "2040-06-13" and dates["a"].inferred
    assert dates["b"].window == ("2040-06-12", "2040-06-18")
    story = Story([dateline, b])
    timeline = build_timeline(story, infer_dates(story))
    # b's Tuesday is the dateline article's "yesterday": one entry citing both.
    bridge = [e for e in timeline if e.date == "2040-06-12"]
    assert len(bridge) == 1 and [r.article for r in bridge[0].also_in] == ["b"]
    assert ("2040-07", "next month", "2040-06-12/2040-06-18") in _entries(dateline, b)


def test_windows_that_do_not_meet_place_nothing() -> None:
    # The bridge's week and the week after the crews' Monday meeting share no day.
    b = _undated("The mayor of Orlen opened the new river bridge earlier this week.", "WK:0", -1)
    text = b.article.text + " Ferry crews in Orlen held a meeting about their wages last week."
    start = text.index("last week")
    crews = replace(b.times[0], text="last week", start=start, end=start + 9, relative="WK:-1")
    spans = (*b.sentences, replace(b.sentences[-1], start=b.sentences[-1].end + 1, end=len(text)))
    b = replace(b, article=replace(b.article, text=text), sentences=spans, times=(*b.times, crews))
    assert infer_dates(Story([DATED, OTHER, b]))["b"].window is None
    assert resolve_in("M:1", ("2040-06-12", "2040-06-17")) == "2040-07"
    assert resolve_in("W:4:1", ("2040-06-12", "2040-06-17")) is None
    assert anchor_of(("2040-06-13", "2040-06-13")) == "2040-06-13"


def test_an_interval_anchor_is_a_valid_brief_value_and_reads_as_days() -> None:
    jsonschema = pytest.importorskip("jsonschema")
    from crossbrief.render.date_labels import anchor_label
    from crossbrief.schema import validate_brief

    entry = {
        "date": "2040-07",
        "precision": "month",
        "text": "The council votes on the bridge tolls next month.",
        "article": "b",
        "sentence": 1,
        "expression": "next month",
        "anchor": "2040-06-12/2040-06-17",
        "also_in": [],
    }
    brief = timeline_brief(entry)
    validate_brief(brief)
    with pytest.raises(jsonschema.ValidationError):
        validate_brief({**brief, "timeline": [{**entry, "anchor": "2040-06-12/June"}]})
    assert anchor_label("2040-06-12/2040-06-17") == (
        ", from an article written between 2040-06-12 and 2040-06-17"
    )
    assert anchor_label("2040-06-12") == ", from 2040-06-12"


def test_an_article_dated_by_a_past_weekday_keeps_only_what_its_week_agrees_on() -> None:
    # Dated Tuesday from "on Tuesday" told in the past, it may be from Wednesday: its
    # "last night" is no known night, its Tuesday stays.
    b = make(
        "b",
        [
            "The mayor of Orlen opened the new river bridge on Tuesday.",
            "A storm knocked out the power lines in Velmora last night.",
        ],
        [("Tuesday", "DATE", None, "W:1:-1"), ("last night", "TIME", None, "D:-1@TNI")],
    )
    b = replace(b, times=tuple(replace(t, tense=-1) for t in b.times))
    story = Story([DATED, OTHER, b])
    dates = infer_dates(story)
    assert dates["b"].date == "2040-06-12" and dates["b"].window == ("2040-06-12", "2040-06-18")
    entries = [(e.date, e.expression) for e in build_timeline(story, dates)]
    assert ("2040-06-12", "Tuesday") in entries or any(
        e.date == "2040-06-12" and [r.article for r in e.also_in] == ["b"]
        for e in build_timeline(story, dates)
    )
    assert not [e for e in build_timeline(story, dates) if e.expression == "last night"]


def test_an_article_dated_by_its_own_written_date_keeps_its_day() -> None:
    a = make(
        "a",
        ["Posted June 13, 2040", "Ferry crews of Orlen walked out last night over their wages."],
        [("June 13, 2040", "DATE", "2040-06-13", None), ("last night", "TIME", None, "D:-1@TNI")],
    )
    a = replace(a, times=(replace(a.times[0], tense=-1), a.times[1]))
    story = Story([a])
    dates = infer_dates(story)
    assert dates["a"].date == "2040-06-13" and dates["a"].window is None
    got = [(e.date, e.anchor) for e in build_timeline(story, dates)]
    assert got == [("2040-06-12", "2040-06-13")]


def test_the_markdown_timeline_reads_an_interval_anchor_as_days() -> None:
    from crossbrief.render.date_labels import anchor_label

    assert anchor_label(None) == ""
    assert "/" not in anchor_label("2040-06-12/2040-06-17")
