"""Weekday entries of no known week say how they were told (``TimelineEntry.told``), and the
renders mark where those told in the past end and those still to come start (session 13;
invented text)."""

from __future__ import annotations

import re

import pytest

from crossbrief.model import Article, Brief, BriefArticle, TimelineEntry
from crossbrief.render import render_html, render_markdown
from crossbrief.synthesize.dates import infer_dates
from crossbrief.synthesize.story import Story
from crossbrief.synthesize.timeline import build_timeline
from tests.synthesize.test_dates import make

A = Article(id="a1", text="The ferry sank. The crew swam.", source="Orlen Post")
ARTICLES = (BriefArticle(A.id, A.source, "t", None, False, None, None, None, A.words, ()),)
COMING = "Still to come"
GONE = "Told in the past"


def _entry(date: str, text: str, expression: str, told: int) -> TimelineEntry:
    precision = "weekday" if date.startswith("XXXX-W") else "day"
    return TimelineEntry(date, precision, text, "a1", 0, expression, None, (), told)


DATED = _entry("XXXX-11-14", "The ferry sank on Nov. 14.", "Nov. 14", 0)
SANK = _entry("XXXX-WXX-4", "The ferry sank on Thursday.", "Thursday", -1)
RACE = _entry("XXXX-WXX-2", "The crews will race on Tuesday.", "Tuesday", 1)


def test_the_timeline_tells_which_weekday_entries_are_to_come() -> None:
    arrested = "Police in Orlen arrested the harbour master on Tuesday after a long chase."
    match = "The harbour team of Orlen will play its rivals from Velmora on Sunday."
    flood = "The river at Orlen flooded the lower town on Nov. 14 after the storm."
    story = Story(
        [
            make("a", [arrested], [("Tuesday", "DATE", None, "W:1:-1")]),
            make("b", [match], [("Sunday", "DATE", None, "W:6:1")]),
            make("c", [flood], [("Nov. 14", "DATE", None, "MD:11:14:-1")]),
        ]
    )
    got = [(e.date, e.told) for e in build_timeline(story, infer_dates(story))]
    # a day with a date is counted from it, never "to come" or "gone" by its telling
    assert got == [("XXXX-11-14", 0), ("XXXX-WXX-2", -1), ("XXXX-WXX-7", 1)]


def test_markdown_marks_where_the_weekdays_still_to_come_start() -> None:
    md = render_markdown(Brief(articles=ARTICLES, timeline=(DATED, SANK, RACE)))
    weekdays = md[md.index("### Days of the week") :]
    assert weekdays.index(GONE) < weekdays.index("Thursday (date not given)")
    assert weekdays.index("Thursday (date not given)") < weekdays.index(COMING)
    assert weekdays.index(COMING) < weekdays.index("Tuesday (date not given)")
    # the dated entries above carry no such mark
    assert COMING not in md[: md.index("### Days of the week")]


def test_markdown_gives_no_mark_when_every_weekday_was_told_in_the_past() -> None:
    md = render_markdown(Brief(articles=ARTICLES, timeline=(DATED, SANK)))
    assert COMING not in md and GONE not in md and "Thursday (date not given)" in md


def test_html_marks_where_the_weekdays_still_to_come_start() -> None:
    page = render_html(Brief(articles=ARTICLES, timeline=(DATED, SANK, RACE)))
    apart = page[page.index("Days of the week") :]
    assert re.search(rf"{GONE}</h4>\s*<ul[^>]*>.*Thursday.*</ul>\s*<h4[^>]*>{COMING}", apart, re.S)
    assert re.search(rf"{COMING}</h4>\s*<ul[^>]*>.*Tuesday", apart, re.S)
    page = render_html(Brief(articles=ARTICLES, timeline=(DATED, SANK)))
    assert COMING not in page and GONE not in page


def test_told_is_a_valid_brief_value_and_only_three_ways() -> None:
    jsonschema = pytest.importorskip("jsonschema")
    from crossbrief.schema import validate_brief

    brief = Brief(articles=(), timeline=(SANK, RACE)).to_dict()
    validate_brief(brief)
    assert [e["told"] for e in brief["timeline"]] == [-1, 1]
    wrong = {**brief, "timeline": [{**brief["timeline"][0], "told": 2}]}
    with pytest.raises(jsonschema.ValidationError):
        validate_brief(wrong)
