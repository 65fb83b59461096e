"""Weekday entries of no known week ("XXXX-WXX-N") are listed apart from the dated ones,
under a heading that says their weeks are not known (session 11; invented text)."""

from __future__ import annotations

import re

from crossbrief.model import Article, Brief, BriefArticle, TimelineEntry
from crossbrief.render import render_html, render_markdown

A = Article(id="a1", text="The ferry sank. The crew swam.", source="Orlen Post")
ARTICLES = (BriefArticle(A.id, A.source, "t", None, False, None, None, None, A.words, ()),)
HEADING = "Days of the week (which week is not known): told in the past first"


def _entry(date: str, precision: str, text: str, expression: str) -> TimelineEntry:
    return TimelineEntry(date, precision, text, "a1", 0, expression, None)


DATED = _entry("XXXX-11-14", "day", "The ferry sank on Nov. 14.", "Nov. 14")
TUESDAY = _entry("XXXX-WXX-2", "weekday", "The crew swam on Tuesday.", "Tuesday")
MONDAY = _entry("XXXX-WXX-1", "weekday", "The crew rested on Monday.", "Monday")


def test_weekday_entries_are_listed_apart_in_markdown() -> None:
    md = render_markdown(Brief(articles=ARTICLES, timeline=(DATED, TUESDAY, MONDAY)))
    timeline = md[md.index("## Timeline") :]
    assert f"### {HEADING}" in timeline
    dated, apart = timeline.split(f"### {HEADING}")
    assert "Nov. 14 (year not given)" in dated and "Tuesday" not in dated
    assert apart.index("Tuesday (date not given)") < apart.index("Monday (date not given)")


def test_weekday_entries_are_listed_apart_in_html() -> None:
    page = render_html(Brief(articles=ARTICLES, timeline=(DATED, TUESDAY, MONDAY)))
    ordered = re.search(r'<ol class="timeline">(.*?)</ol>', page, re.S)
    assert ordered and "Nov. 14" in ordered.group(1) and "Tuesday" not in ordered.group(1)
    apart = page[page.index(HEADING) :]
    assert re.search(r"<ul[^>]*>.*Tuesday \(date not given\).*Monday", apart, re.S)


def test_a_timeline_with_no_weekday_entry_has_no_such_heading() -> None:
    brief = Brief(articles=ARTICLES, timeline=(DATED,))
    assert HEADING not in render_markdown(brief) and HEADING not in render_html(brief)
    # weekday entries alone still make a timeline, under the heading only
    brief = Brief(articles=ARTICLES, timeline=(TUESDAY,))
    page = render_html(brief)
    assert HEADING in page and '<ol class="timeline">' not in page
