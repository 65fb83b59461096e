"""Timeline date labels shared by the renderers: a year-less day or a weekday of no known
week as a reader reads it, what a relative time was read from, and the weekday entries in
runs by how they were told."""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date

from crossbrief.model import TimelineEntry

_MONTH_NAMES = (
    "Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.",
    "Dec.",
)  # fmt: skip


# The heading of a timeline's weekday entries (precision "weekday"), listed apart from the
# dated ones: which week each is, is not known, so they may be of several weeks.
WEEKDAYS_APART = "Days of the week (which week is not known): told in the past first"
# The labels of its groups by how they were told (``TimelineEntry.told``), in list order.
WEEKDAYS_TOLD = {-1: "Told in the past", 0: "Tense not clear", 1: "Still to come"}
_WEEKDAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


def date_label(value: str) -> str:
    """A timeline date as a reader reads it: a year-less day as "Nov. 14 (year not given)", a
    weekday of no known week ("XXXX-WXX-2") as "Tuesday (date not given)", an ISO week
    ("2031-W11"), a notation few readers know, as "week of" its Monday ("week of
    2031-03-10"), any other value as it is."""
    w = re.fullmatch(r"XXXX-WXX-([1-7])", value)
    if w:
        return f"{_WEEKDAY_NAMES[int(w.group(1)) - 1]} (date not given)"
    week = re.fullmatch(r"(\d{4})-W(\d{2})", value)
    if week:
        try:
            return f"week of {date.fromisocalendar(int(week[1]), int(week[2]), 1).isoformat()}"
        except ValueError:  # no such week ("2031-W54"): shown as written
            return value
    m = re.fullmatch(r"XXXX-(\d{2})-(\d{2})", value)
    if m is None or not 1 <= int(m.group(1)) <= 12:
        return value
    return f"{_MONTH_NAMES[int(m.group(1)) - 1]} {int(m.group(2))} (year not given)"


def anchor_label(anchor: str | None) -> str:
    """What a relative time was read from, as a clause to append: ", from 2040-06-12", or for an
    article placed within a few days ("2040-06-12/2040-06-17"), ", from an article written
    between 2040-06-12 and 2040-06-17" (the value is the same from any of those days); ""
    for none.
    Plain text: the HTML renderer escapes it."""
    if not anchor:
        return ""
    first, _, last = anchor.partition("/")
    return f", from an article written between {first} and {last}" if last else f", from {anchor}"


def written_note(t: TimelineEntry) -> str:
    """What an entry's date note says beside its label: the words as written and what a
    relative time was read from ("last Tuesday night, from 2040-06-12"); words the label
    already says leave the note (a bare weekday, "Tuesday", under "Tuesday (date not given)";
    a year, "1970", under "1970"). Plain text: the HTML renderer escapes it."""
    said = " ".join(t.expression.split())
    if said.casefold() == date_label(t.date).split(" (")[0].casefold():
        said = ""
    return (said + anchor_label(t.anchor)).removeprefix(", ")


def weekday_groups(
    entries: Iterable[TimelineEntry],
) -> list[tuple[str | None, list[TimelineEntry]]]:
    """Weekday entries in runs of one ``told``, each with its label (``WEEKDAYS_TOLD``) so a
    reader sees where those still to come start; one run told in the past goes unlabelled,
    as the heading says as much."""
    groups: list[tuple[int, list[TimelineEntry]]] = []
    for e in entries:
        if groups and groups[-1][0] == e.told:
            groups[-1][1].append(e)
        else:
            groups.append((e.told, [e]))
    if len(groups) == 1 and groups[0][0] < 0:
        return [(None, groups[0][1])]
    return [(WEEKDAYS_TOLD.get(told, ""), run) for told, run in groups]
