"""Session 10's read: an undated story keeps its year-less days on the timeline, shown as
such, and "just before" a day dates a sentence to that day's month, not to the day."""

from __future__ import annotations

import json

import jsonschema
import pytest

from crossbrief.model import Brief, BriefArticle, TimelineEntry
from crossbrief.render import render_html, render_json, render_markdown
from crossbrief.schema import validate_brief
from crossbrief.synthesize.dates import infer_dates
from crossbrief.synthesize.story import Story
from crossbrief.synthesize.timeline import build_timeline
from tests.synthesize.test_dates import make

CONVICTED = "The council of Orlen closed the ferry pier on Nov. 14 after a storm."
REPORTED = "The Orlen ferry pier was closed by the council on Nov. 14 after the storm."


def _entries(*articles: tuple[str, str, str, str | None, str | None]) -> list[TimelineEntry]:
    made = [
        make(aid, [text], [(expr, "DATE", None, "MD:11:14:-1")], published)
        for aid, text, expr, published, _ in articles
    ]
    story = Story(made)
    return build_timeline(story, infer_dates(story))


def test_an_undated_story_keeps_a_year_less_day() -> None:
    got = _entries(("a", CONVICTED, "Nov. 14", None, None), ("b", REPORTED, "Nov. 14", None, None))
    assert [(e.date, e.precision) for e in got] == [("XXXX-11-14", "day")]
    assert len(got[0].also_in) == 1  # both outlets' reports are one entry


def test_a_dated_article_gives_the_day_its_year() -> None:
    got = _entries(("a", CONVICTED, "Nov. 14", "2040-11-20", None))
    assert [e.date for e in got] == ["2040-11-14"]


def _approx(sentence: str, expr: str) -> list[tuple[str, str, str]]:
    a = make("a", [sentence], [(expr, "DATE", "2032-12-25", None)], "2034-11-12")
    story = Story([a])
    return [(e.date, e.precision, e.expression) for e in build_timeline(story, infer_dates(story))]


def test_just_before_a_day_dates_its_month() -> None:
    text = "The ferry sank in the harbour of Orlen just before Christmas 2032."
    assert _approx(text, "Christmas 2032") == [("2032-12", "month", "just before Christmas 2032")]


def test_on_a_day_dates_the_day() -> None:
    text = "The ferry sank in the harbour of Orlen on Christmas 2032."
    assert _approx(text, "Christmas 2032") == [("2032-12-25", "day", "Christmas 2032")]


def test_shortly_before_a_clock_time_keeps_the_day() -> None:
    text = "The ferry sank in the harbour of Orlen shortly before midnight."
    a = make("a", [text], [("midnight", "TIME", "2034-11-12T24:00", None)], "2034-11-12")
    story = Story([a])
    assert [e.date for e in build_timeline(story, infer_dates(story))] == ["2034-11-12"]


def _brief(date: str) -> Brief:
    row = BriefArticle("a1", "Orlen Post", "t", None, False, None, None, None, 12, ("x",))
    entry = TimelineEntry(date, "day", CONVICTED, "a1", 0, "Nov. 14", None, ())
    return Brief(articles=(row,), timeline=(entry,))


def test_a_year_less_day_reads_as_such() -> None:
    html = render_html(_brief("XXXX-11-14"))
    assert "Nov. 14 (year not given)" in html and "No dated events found" not in html
    assert "**Nov. 14 (year not given)**" in render_markdown(_brief("XXXX-11-14"))


def test_a_day_with_its_year_reads_as_it_is() -> None:
    html = render_html(_brief("2040-11-14"))
    assert '<time datetime="2040-11-14">2040-11-14</time>' in html
    assert "**2040-11-14**" in render_markdown(_brief("2040-11-14"))


def test_a_year_less_day_keeps_the_brief_valid_json() -> None:
    # The JSON contract must accept what the timeline now emits, and nothing vaguer.
    validate_brief(json.loads(render_json(_brief("XXXX-11-14"))))
    with pytest.raises(jsonschema.ValidationError):
        validate_brief(json.loads(render_json(_brief("XXXX"))))
