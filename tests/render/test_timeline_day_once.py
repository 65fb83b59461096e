"""A timeline entry prints its day once: "Tuesday (date not given)", then the words as written
only where they tell more than its label ("last Tuesday night"); invented text."""

from __future__ import annotations

import re

import pytest

from crossbrief.model import Article, Brief, BriefArticle, TimelineEntry
from crossbrief.render import render_html, render_markdown
from crossbrief.render.date_labels import written_note

A = Article(id="a1", text="The ferry sank. The crew swam.", source="Orlen Post")
ARTICLES = (BriefArticle(A.id, A.source, "t", None, False, None, None, None, A.words, ()),)


def _entry(date: str, precision: str, expression: str, anchor: str | None = None) -> TimelineEntry:
    return TimelineEntry(date, precision, "The crew swam ashore.", "a1", 0, expression, anchor)


@pytest.mark.parametrize(
    ("entry", "note"),
    [
        (_entry("XXXX-WXX-2", "weekday", "Tuesday"), ""),
        (_entry("XXXX-WXX-2", "weekday", "tuesday"), ""),
        (_entry("XXXX-WXX-2", "weekday", "Tuesday", "2040-06-12"), "from 2040-06-12"),
        (_entry("1970", "year", "1970"), ""),  # a year written as its number: said once too
        (_entry("2040-03", "month", "March 2040"), "March 2040"),
        # Negative: words that tell more than the day, or a dated entry's words, are kept
        (_entry("XXXX-WXX-2", "weekday", "last Tuesday night"), "last Tuesday night"),
        (_entry("2040-06-12", "day", "Tuesday", "2040-06-14"), "Tuesday, from 2040-06-14"),
        (_entry("XXXX-11-14", "day", "Nov. 14"), ""),  # "Nov. 14 (year not given)" says it
        (_entry("XXXX-11-14", "day", "November 14"), "November 14"),
    ],
)
def test_the_words_as_written_are_kept_only_where_they_add(entry: TimelineEntry, note: str) -> None:
    assert written_note(entry) == note


def test_a_weekday_prints_once_in_markdown_and_html() -> None:
    brief = Brief(
        articles=ARTICLES,
        timeline=(
            _entry("XXXX-WXX-2", "weekday", "Tuesday"),
            _entry("XXXX-WXX-4", "weekday", "Thursday morning"),
        ),
    )
    md = render_markdown(brief)
    assert "**Tuesday (date not given)**: The crew swam ashore." in md
    assert "**Thursday (date not given)** (Thursday morning): The crew" in md
    page = render_html(brief)
    timeline = page[page.index('id="timeline"') :]
    assert len(re.findall(r"Tuesday", timeline)) == 1, timeline
    assert "(Thursday morning)" in timeline  # Negative: more than the day stays
