"""The timeline's chart is drawn only when it tells something the list does not: a few
years holding one entry each give bars all of one length, so the page shows the list alone.
Invented text."""

from __future__ import annotations

from crossbrief.model import Brief, BriefArticle, TimelineEntry
from crossbrief.render import render_html

ART = BriefArticle(
    "a1", "Orlen Post", "t", None, False, None, None, None, 9, ("The quay reopened.",)
)


def _timeline(*dates: str) -> str:
    entries = tuple(
        TimelineEntry(d, "year" if len(d) == 4 else "day", f"Event {n}.", "a1", 0, d, None)
        for n, d in enumerate(dates)
    )
    page = render_html(Brief(articles=(ART,), timeline=entries))
    return page[page.index('id="timeline"') :].split("</section>")[0]


def test_years_of_one_entry_each_are_listed_without_a_chart() -> None:
    timeline = _timeline("1998", "2004", "2011", "2019")
    assert 'class="chart"' not in timeline
    # the list keeps every entry
    assert all(f"Event {n}." in timeline for n in range(4))


def test_a_pair_of_entries_on_one_day_has_no_chart() -> None:
    # two entries: the list reads at a glance, a one-row chart adds height only
    assert 'class="chart"' not in _timeline("2031-03-20", "2031-03-20")


def test_a_date_holding_several_entries_keeps_the_chart() -> None:
    # Negative: where one date holds more events than another, the bars differ and tell it
    timeline = _timeline("2019", "2031-03-20", "2031-03-20", "2031-03-21")
    assert '<ol class="chart"' in timeline
    assert timeline.count('class="bar"') == 3
