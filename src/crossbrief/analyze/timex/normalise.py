"""The entry point: a time expression's text -> TIMEX3 type, value or relative form.

Text is cleaned (hedges, prepositions, "the end of" dropped: the TIMEX3 mod), then read as a
set ("every week"), a reference word ("now"), a clock time or part of day added to a date, or
a date or duration (``crossbrief.analyze.timex.dates``).
"""

from __future__ import annotations

import re

from crossbrief.analyze.timex.dates import date_part
from crossbrief.analyze.timex.decades import as_decade
from crossbrief.analyze.timex.feasts import feast_form
from crossbrief.analyze.timex.patterns import (
    CLOCK,
    CLOCK24,
    MD,
    MONTH_RE,
    PREFIX,
    WEEKDAY,
    WEEKDAY_RE,
    ZONE,
)
from crossbrief.analyze.timex.words import (
    FREQUENCY,
    MONTHS,
    PARTS_OF_DAY,
    REF_OF,
    WEEKDAYS,
    holiday_name,
)


def clean(text: str) -> str:
    """Lower-cased text without prepositions, hedges, "the end of", "'s" or "or so"."""
    t = text.strip().lower().replace("’", "'")
    t = re.sub(r"\s+", " ", t)
    t = as_decade(t)  # "the 1990's": a decade, its "'s" no possessive's
    t = re.sub(r"'s\b", "", t)
    t = re.sub(r"\s+or\s+so\b", "", t)  # "a week or so ago": the hedge is the TIMEX3 mod
    t = re.sub(r"(?<=[a-z])-(?=[a-z])|(?<=\d)-(?=[a-z])", " ", t)
    previous = None
    while t != previous:  # "earlier in the year", "around 7:15 p.m.", "the end of 1990"
        previous = t
        t = PREFIX.sub("", t).strip()
    return t


# What is left of "that night", "the next morning" once the part of day is taken out: the
# day last named, shifted.
_ANAPHORIC_DAY = {
    "that": 0, "that same": 0, "same": 0, "next": 1, "following": 1, "previous": -1,
    "preceding": -1,
}  # fmt: skip


# A day of the year with "every year" or "each year" after it: a set, not one date.
_DAY_EVERY_YEAR = re.compile(r"(.+?),?\s+(?:every|each)\s+year")


def normalise(text: str, tense: int = -1) -> tuple[str, str | None, str | None]:
    """(type, absolute value or None, relative form or None) of a time expression's text.

    Absolute values need no anchor; relative forms are resolved by ``resolve_relative``.
    A relative form starting with "~" refers to the quarter ("~Q-1": a year before it,
    "~QY1988": the same quarter of 1988), year ("~Y1"), month ("~M1", "~DM24": its 24th)
    or day ("~D1", "~D0@T06:00", "~@W:4:-2": the Friday before it) last named, then "|"
    and what to use when none was: a relative form, "=" and a value, or nothing.
    ``extract_times`` replaces it.
    """
    raw = text.strip().lower()
    t = clean(text)
    if not t:
        return "DATE", None, None
    if t in REF_OF or raw in REF_OF:
        return "DATE", REF_OF.get(t) or REF_OF[raw], None
    m = re.match(r"^(?:once|twice|thrice|\w+\s+times)\s+(?:a|an|per|each|every)\s+(.+)$", t)
    if m:  # "twice a week": a set (its frequency is the TIMEX3 freq, not part of the value)
        return "SET", set_value(m.group(1)), None
    m = re.match(r"^(?:every|each|per|a|an)\s+(.+)$", t)
    if (
        m
        and not re.search(r"\b(ago|earlier|later|before)\b", t)
        and not t.startswith(("a ", "an "))
    ):
        return "SET", set_value(m.group(1)), None
    if t in FREQUENCY:
        return "SET", set_value(t), None
    m = _DAY_EVERY_YEAR.fullmatch(t)
    if m:  # "may 1 every year", "christmas each year": that day of every year
        _, _, relative = date_part(m.group(1), tense)
        kind, *args = (relative or "").split(":")
        if kind == "MD" and "@" not in (relative or ""):
            return "SET", f"XXXX-{int(args[0]):02d}-{int(args[1]):02d}", None
    m = re.fullmatch(rf"({WEEKDAY_RE})(?:s|\s+({'|'.join(PARTS_OF_DAY)})s)", t)
    if m:  # "on Mondays", "Tuesday nights": every such day (night)
        part = PARTS_OF_DAY.get(m.group(2) or "")
        return (
            "SET",
            f"XXXX-WXX-{WEEKDAYS.index(m.group(1)) + 1}" + (f"T{part}" if part else ""),
            None,
        )
    clock, part = time_of_day(t)
    if clock or part:
        rest = ZONE.sub("", CLOCK24.sub("", CLOCK.sub("", t)))
        rest = re.sub(r"\b(?:hours|hrs)\b", "", rest)
        rest = re.sub(rf"\b({'|'.join(PARTS_OF_DAY)})\b", "", rest)
        rest = re.sub(
            r"^\W*(?:(?:on|of|the|in|at)\b)?\W*|\W*(?:\b(?:on|of|the|in|at))?\W*$", "", rest.strip()
        )
        suffix = "T" + (clock or part or "")
        rest = clean(rest)
        if not rest:
            # A bare "6 a.m.", "the morning": on the day last named (the temporal focus),
            # else the article's own day.
            return "TIME", None, f"~D0@{suffix}|D:0@{suffix}"
        if rest in {"this", "today"}:
            return "TIME", None, f"D:0@{suffix}"
        if rest in _ANAPHORIC_DAY:
            # "that night", "the next morning": on the day last named (or none).
            return "TIME", None, f"~D{_ANAPHORIC_DAY[rest]}@{suffix}|"
        if rest in {"last", "yesterday"} and part == "NI" and rest == "last":
            return "TIME", None, f"D:-1@{suffix}"
        _, value, relative = date_part(rest, tense)
        if value and re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
            return "TIME", value + suffix, None
        if relative and relative.split(":")[0] in {"W", "D", "MD"}:
            return "TIME", None, f"{relative}@{suffix}"
        return "TIME", value, relative
    return _holiday_with_determiner(t, tense) or date_part(t, tense)


# Which way "last"/"next" sends a holiday: strictly before the anchor, or the coming one.
_HOLIDAY_SHIFT = {"last": -2, "next": 1}


def _holiday_with_determiner(t: str, tense: int) -> tuple[str, str | None, str | None] | None:
    """ "last christmas" (the one before the article's day, whatever the tense), "next
    easter" (the coming one), "this thanksgiving" (the article's year's); None for any other
    text."""
    m = re.fullmatch(r"(this|last|next)\s+([a-z' ]+)", t)
    if not m or (holiday_name(m.group(2)) is None and feast_form(m.group(2)) is None):
        return None
    if m.group(1) == "this":
        reading = date_part(f"{m.group(2)} this year", tense)
    else:
        reading = date_part(m.group(2), _HOLIDAY_SHIFT[m.group(1)])
    kind = (reading[2] or "").split(":")[0]
    return reading if kind in {"MD", "NW", "EA", "EAW", "YR"} else None


def set_value(t: str) -> str | None:
    """The TIMEX3 value of a set after its "every"/"each": "XXXX-WXX-4", "P1W"."""
    t = t.strip()
    m = WEEKDAY.search(t)
    if m:
        return f"XXXX-WXX-{WEEKDAYS.index(m.group(1)) + 1}"
    m = MD.match(t)
    if m and not m.group(3):  # "every may 1": the day of each year (TIMEX3 "XXXX-05-01")
        return f"XXXX-{MONTHS[m.group(1)]:02d}-{int(m.group(2)):02d}"
    m = re.match(rf"^({MONTH_RE})\b", t)
    if m:
        return f"XXXX-{MONTHS[m.group(1)]:02d}"
    for word, value in (
        ("day", "P1D"),
        ("daily", "P1D"),
        ("night", "P1D"),
        ("week", "P1W"),
        ("weekly", "P1W"),
        ("month", "P1M"),
        ("monthly", "P1M"),
        ("quarter", "P1Q"),
        ("quarterly", "P1Q"),
        ("year", "P1Y"),
        ("annual", "P1Y"),
        ("annually", "P1Y"),
        ("yearly", "P1Y"),
        ("hour", "PT1H"),
        ("hourly", "PT1H"),
    ):
        if re.match(rf"^{word}s?\b", t):
            return value
    return None


def time_of_day(t: str) -> tuple[str | None, str | None]:
    """(clock "17:00" or None, part of day "NI" or None)."""
    clock = None
    m = CLOCK.search(t)
    if m:
        if m.group(4):
            clock = "00:00" if m.group(4) == "midnight" else "12:00"
        else:
            hour, minute = int(m.group(1)), int(m.group(2) or 0)
            if m.group(3).startswith("p") and hour < 12:
                hour += 12
            elif m.group(3).startswith("a") and hour == 12:
                hour = 0
            if hour < 24 and minute < 60:
                clock = f"{hour:02d}:{minute:02d}"
    elif m24 := CLOCK24.search(t):
        clock = f"{m24.group(1)}:{m24.group(2)}"
    part = None
    m2 = re.search(rf"\b({'|'.join(PARTS_OF_DAY)})\b", t)
    if m2:
        part = PARTS_OF_DAY[m2.group(1)]
    return clock, part
