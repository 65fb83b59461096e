"""The HTML timeline section: a bar chart of events per date (HTML bars) over the list, when
the bars tell something the list does not."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from datetime import date

from crossbrief.model import SentenceRef, TimelineEntry
from crossbrief.render.date_labels import WEEKDAYS_APART, date_label, weekday_groups, written_note
from crossbrief.render.html_page import Page, esc, section

MIN_CHARTED = 3  # dated entries below which the list alone shows how they spread


def _day(value: str) -> date | None:
    try:
        return date.fromisoformat((value + "-01-01")[:10] if len(value) == 4 else value[:10])
    except ValueError:
        try:
            return date.fromisoformat(value[:7] + "-01")
        except ValueError:
            return None


def timeline(page: Page, entries: Sequence[TimelineEntry]) -> str:
    """The dated events, charted by how many fall on each date, then listed with citations;
    weekdays of no known week after them, apart (see ``WEEKDAYS_APART``)."""
    if not entries:
        return section("Timeline", "<p>No dated events found.</p>", "timeline")
    ordered = [t for t in entries if t.precision != "weekday"]
    weekdays = [t for t in entries if t.precision == "weekday"]
    dated = [(d, t) for t in ordered if (d := _day(t.date)) is not None]
    # Year-less days ("Nov. 14 (year not given)") are listed but not charted.
    chart = _chart(dated) if _informs(dated) else ""
    body = chart + (
        f'<ol class="timeline">{"".join(_item(page, t) for t in ordered)}</ol>' if ordered else ""
    )
    if weekdays:
        # Not in the ordered list: a Tuesday and a Monday of unknown weeks read as one week
        # there, though the story may span several.
        body += f"<h3>{esc(WEEKDAYS_APART)}</h3>"
        for label, run in weekday_groups(weekdays):
            # A label where the tense changes: those still to come are not out of order.
            body += f"<h4>{esc(label)}</h4>" if label else ""
            body += f'<ul class="timeline">{"".join(_item(page, t) for t in run)}</ul>'
    return section(
        "Timeline",
        body,
        "timeline",
        "Markers [n] are the articles dating the same event to the same day.",
    )


def _informs(dated: Sequence[tuple[date, TimelineEntry]]) -> bool:
    """Whether a chart of ``dated`` tells what the list under it does not: a date holding more
    entries than another. Bars all of one length (every date holding one entry), or a chart
    of one or two entries, which the list shows at a glance, add height and no information."""
    if len(dated) < MIN_CHARTED:
        return False
    counts = Counter(t.date for _, t in dated)
    return max(counts.values()) > 1


def _item(page: Page, t: TimelineEntry) -> str:
    """One entry: its date, expression and anchor, sentence and citations."""
    note = written_note(t)  # never the day twice: "Tuesday (date not given) (Tuesday)"
    return (
        f"<li>{_time(t.date)} "
        + (f'<span class="muted">({esc(note)})</span> ' if note else "")
        + f"{esc(t.text)} "
        + page.cites([SentenceRef(t.article, t.sentence), *t.also_in])
        + "</li>"
    )


def _time(value: str) -> str:
    """A date as a <time> element; a year-less day, which no calendar places, as text."""
    if value.startswith("XXXX"):
        return f'<span class="date">{esc(date_label(value))}</span>'
    return f'<time datetime="{esc(value)}">{esc(date_label(value))}</time>'


def _chart(dated: Sequence[tuple[date, TimelineEntry]]) -> str:
    """The bar chart: one row per date value, its bar the number of entries there.

    Drawn in HTML, not SVG: an SVG drawn for a desktop shrinks its labels with it to a
    phone's width (to 7 px text at 390 px), while HTML text keeps the page's size; each bar's
    length is a share of the row, so the chart never runs wider than the screen."""
    first = min(d for d, _ in dated)
    last = max(d for d, _ in dated)
    # A row per value at its own precision: a year or a week is labelled as such, not as
    # its first day, which would date a background fact to a day nobody reported.
    start = {t.date: d for d, t in dated}
    labels = sorted(start, key=lambda v: (start[v], len(v), v))
    counts = {v: sum(1 for _, t in dated if t.date == v) for v in labels}
    most = max(counts.values())
    # one row per date, in order; the bar is how many events the articles date to that day
    # (a time-proportional axis would crush a week of news against one old background date)
    rows = "".join(
        f'<li><span class="when">{esc(date_label(v))}</span><span class="track">'
        f'<span class="bar" style="width:{max(100 * counts[v] / most, 2):.1f}%" '
        f'title="{esc(date_label(v))}: {counts[v]} event(s)"></span></span>'
        f'<span class="n">{counts[v]}</span></li>'
        for v in labels
    )
    return (
        f'<ol class="chart" aria-label="events per date, from {first.isoformat()} to '
        f'{last.isoformat()}">{rows}</ol>'
    )
