"""A timeline week is shown as the week a reader knows ("week of 2031-03-10"), not in the ISO
notation a reader does not ("2031-W11"); invented text."""

from __future__ import annotations

import re

import pytest

from crossbrief.model import Brief, BriefArticle, TimelineEntry
from crossbrief.render import render_html, render_markdown
from crossbrief.render.date_labels import date_label

ART = BriefArticle("a1", "Orlen Post", "t", None, False, None, None, None, 9, ("The ferry sank.",))


@pytest.mark.parametrize(
    ("value", "label"),
    [
        ("2031-W11", "week of 2031-03-10"),
        ("2031-W01", "week of 2030-12-30"),  # an ISO week 1 may start in the year before
        # Negative: other precisions, and no such week, stay as they are
        ("2031", "2031"),
        ("2031-03", "2031-03"),
        ("2031-03-12", "2031-03-12"),
        ("2031-W54", "2031-W54"),
    ],
)
def test_a_week_is_labelled_by_its_monday(value: str, label: str) -> None:
    assert date_label(value) == label


def test_the_chart_the_list_and_the_markdown_show_the_week_so() -> None:
    entries = (
        TimelineEntry("2031-W11", "week", "The ferry sank last week.", "a1", 0, "last week", None),
        TimelineEntry("2031-03-20", "day", "The crew swam on March 20.", "a1", 0, "March 20", None),
        # two on one day: the chart is drawn only when its bars tell something
        TimelineEntry("2031-03-20", "day", "Boats came on March 20.", "a1", 0, "March 20", None),
    )
    brief = Brief(articles=(ART,), timeline=entries)
    page = render_html(brief)
    timeline = page[page.index('id="timeline"') :].split("</section>")[0]
    assert "2031-W11" not in re.sub(r'datetime="[^"]*"', "", timeline)
    assert timeline.count("week of 2031-03-10") >= 2  # the chart's row and the list's entry
    assert '<time datetime="2031-W11">' in timeline  # the machine-readable value stays
    md = render_markdown(brief)
    assert "**week of 2031-03-10**" in md and "**2031-03-20**" in md
