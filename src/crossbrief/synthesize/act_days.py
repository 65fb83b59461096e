"""The days two sentences date their acts on (``shared_core.named_days``), compared.

A story covered over several days is told by outlets that each open with their newest
development: one lead tells of a promise made on Monday, another of a salvage set for
Tuesday, a third of the grounding on Saturday. Such leads share the story's names and its
ship's description, and read as the main event told in two verbs, but each dates its own act
on its own day: two days that cannot be one (``days_apart``) are two developments, not one
fact. A day is a date the analysis resolved ("2031-05-13") or a weekday's name where it
resolved none ("tuesday": within one story's week, one day); a week, a month, a year or a
vague reference ("PAST_REF") names no day and is not compared.
"""

from __future__ import annotations

import datetime as dt
import re

from crossbrief.analyze.timex.words import WEEKDAYS
from crossbrief.synthesize.text import content_term

# the weekdays' names as content terms: a weekday in a sentence's words is judged as a day
WEEKDAY_TERMS = frozenset(content_term(d) for d in WEEKDAYS)
_ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")


def calendar_day(value: str) -> tuple[str | None, str] | None:
    """The day a date value names, as its ISO date (None for a weekday's name alone) and its
    weekday's name; None for a value that names no day ("1998", "1998-W47", "PAST_REF")."""
    if value in WEEKDAYS:
        return None, value
    m = _ISO_DAY.match(value)
    if m is None:
        return None
    try:
        day = dt.date.fromisoformat(m.group())
    except ValueError:
        return None
    return m.group(), WEEKDAYS[day.weekday()]


def calendar_time(value: str) -> bool:
    """Whether a date value names a time of the calendar: a resolved date of any precision
    ("2031-05-13", "1998-11", "1949") or a weekday's name, not a vague reference
    ("PAST_REF") or an unresolved pattern ("XXXX-12-25")."""
    return value[:1].isdigit() or value in WEEKDAYS


def days_apart(a: frozenset[str], b: frozenset[str]) -> bool:
    """Whether the date values ``a`` and ``b`` (two sentences' ``named_days``) date their acts
    on different days: each names a day (``calendar_day``), they share no value, and no day of
    one can be a day of the other (one ISO date; or one weekday, where either is a weekday's
    name alone). False where either names no day: what is not dated is not judged."""
    if a & b:
        return False
    days_a = [d for v in a if (d := calendar_day(v)) is not None]
    days_b = [d for v in b if (d := calendar_day(v)) is not None]
    if not days_a or not days_b:
        return False
    return not any(_one_day(x, y) for x in days_a for y in days_b)


def _one_day(x: tuple[str | None, str], y: tuple[str | None, str]) -> bool:
    """Whether two days (``calendar_day``) can be one: the same date, or, where either has
    no date, the same weekday."""
    if x[0] is not None and y[0] is not None:
        return x[0] == y[0]
    return x[1] == y[1]
