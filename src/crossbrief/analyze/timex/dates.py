"""Dates and durations: a cleaned time expression (no clock time) read as a value or a
relative form."""

from __future__ import annotations

import datetime as dt
import re

from crossbrief.analyze.timex.anaphoric import anaphoric, vague_plural
from crossbrief.analyze.timex.eras import era
from crossbrief.analyze.timex.feasts import feast_form, feast_value, feast_year
from crossbrief.analyze.timex.patterns import (
    BARE_UNITS,
    DECADE,
    DM,
    DURATION,
    HALF,
    ISO,
    MD,
    MONTH,
    MONTH_RE,
    MY,
    NUMERIC_DATE,
    ORDINAL_DAY,
    OWN_YEAR,
    QUARTER,
    QUARTER_NUM,
    SEASON,
    SHIFT,
    WEEKDAY,
    YEAR4,
)
from crossbrief.analyze.timex.resolve import iso_week, resolve
from crossbrief.analyze.timex.shift import shift_day
from crossbrief.analyze.timex.units import duration, shifted_unit
from crossbrief.analyze.timex.words import (
    HOLIDAYS,
    MONTHS,
    ORDINALS,
    SEASONS,
    UNITS,
    WEEKDAYS,
    holiday_name,
    number,
    year_words,
)

Reading = tuple[str, str | None, str | None]  # (TIMEX3 type, value, relative form)


def date_part(t: str, tense: int) -> Reading:
    """Normalise a date (no clock time) already cleaned by ``clean``.

    Readers are tried in order, each for one kind of expression (HeidelTime groups its rules
    the same way); the first that recognises the text gives the reading.
    """
    t = _week_of_month(t)
    for read in (
        _year_phrase,
        _day_beside,
        _counted_beside,
        _named_day,
        _week_of,
        anaphoric,
        vague_plural,
        _calendar_day,
        _calendar_period,
        era,
        _years_ago_weekday,
        _weekday,
        _counted,
    ):
        found = read(t, tense)
        if found is not None:
            return found
    return "DATE", None, None


def _week_of_month(t: str) -> str:
    """Rewrite "the first week of March" as "the week of march 1": the ISO week holding
    its first (or last) seven days."""
    m = re.fullmatch(
        rf"(?:the\s+)?(first|second|third|fourth|last)\s+week\s+of\s+({MONTH_RE})\b(.*)", t
    )
    if not m:
        return t
    n = {"first": 1, "second": 2, "third": 3, "fourth": 4, "last": 5}[m.group(1)]
    day = min(1 + 7 * (n - 1), 22)
    return f"the week of {m.group(2)} {day + (6 if n == 5 else 0)}{m.group(3)}"


# A day or holiday with a year phrase: "christmas day this year", "last year june 12".
_PHRASE_AFTER = re.compile(r"(.+?),?\s+(?:of\s+)?(this|last|next)\s+year")
_PHRASE_BEFORE = re.compile(r"(this|last|next)\s+year\s+(.+)")
# How many numbers of each dated form name the day (the rest is the tense, dropped here).
_DAY_FORMS = {"MD": 2, "NW": 3, "EA": 1, "EAW": 1}


def _year_phrase(t: str, tense: int) -> Reading | None:
    """A day or holiday in the year a phrase names from the article's: "June 12 this year"
    is in the article's year, "Christmas last year" in the one before, whatever the nearest
    such day ("YR:-1:MD:12:25"). A month ("March this year") is left to its own reader."""
    after, before = _PHRASE_AFTER.fullmatch(t), _PHRASE_BEFORE.fullmatch(t)
    if after:
        rest, word = after.group(1), after.group(2)
    elif before:
        word, rest = before.group(1), before.group(2)
    else:
        return None
    _, value, relative = date_part(rest, tense)
    kind, *args = (relative or "").split(":")
    if value is not None or kind not in _DAY_FORMS or "@" in (relative or ""):
        return None
    shift = {"this": 0, "last": -1, "next": 1}[word]
    return "DATE", None, ":".join(["YR", str(shift), kind, *args[: _DAY_FORMS[kind]]])


# Nouns after a holiday's name that make it a stretch of weeks around the day.
_HOLIDAY_STRETCH = re.compile(r"\b(?:season|period|holidays|break|rush)\b")


def _named_day(t: str, tense: int) -> Reading | None:
    """Today, yesterday, holidays, and "the 24th" (of the month in focus)."""
    if t in {"today", "this day", "this date"}:
        return "DATE", None, "D:0"
    if t == "yesterday":
        return "DATE", None, "D:-1"
    if t in {"the day before yesterday", "day before yesterday"}:
        return "DATE", None, "D:-2"
    if t in {"the day after tomorrow", "day after tomorrow"}:
        return "DATE", None, "D:2"
    if t == "tomorrow":
        return "DATE", None, "D:1"
    feast = feast_form(t)
    if feast is not None:
        year = feast_year(t)
        if year is not None:
            return "DATE", feast_value(feast[0], year, feast[1]), None
        return "DATE", None, f"{feast[0]}:{feast[1]}" + (f":{tense}" if tense else "")
    name = holiday_name(t)
    if name is not None:
        spec, year = HOLIDAYS[name], explicit_year(t)
        # Told in the past, a holiday is one already kept: marked "H" so that it is not read
        # as a day soon after the article, as a deadline told in the past may be.
        told = (f":{tense}" if tense else "") + (":H" if tense < 0 else "")
        if len(spec) == 2 and _HOLIDAY_STRETCH.search(t):
            # "the Christmas season", "the Christmas period": weeks around the day, told by
            # its month; the feast day itself it is not.
            if year is not None:
                return "DATE", f"{year:04d}-{spec[0]:02d}", None
            return "DATE", None, f"MO:{spec[0]}" + (f":{tense}" if tense else "")
        if len(spec) == 2:
            if year is not None:
                return "DATE", f"{year:04d}-{spec[0]:02d}-{spec[1]:02d}", None
            return "DATE", None, f"MD:{spec[0]}:{spec[1]}{told}"
        form = f"NW:{spec[0]}:{spec[1]}:{spec[2]}"
        if year is not None:
            return "DATE", resolve(form + ":2", dt.date(year, 1, 1)), None
        return "DATE", None, form + told
    m = re.fullmatch(r"(?:the\s+)?(\d{1,2})(?:st|nd|rd|th)", t)
    if m and 1 <= int(m.group(1)) <= 31:  # "on the 24th": of the month in focus
        return "DATE", None, f"~DM{m.group(1)}|DM:{m.group(1)}:{tense}"
    return None


# Relative forms of one day a count of days can move: a weekday, a day from the article's, a
# month-day, a counted weekday (Thanksgiving) and a moveable feast's day (Easter's).
_MOVABLE_DAYS = {"W", "D", "MD", "NW", "EA"}


def _day_beside(t: str, tense: int) -> Reading | None:
    """A day next to another: "the day before last Tuesday", "the day after Christmas"; an
    ordinal counts the days ("the third day after Christmas" is three days after it)."""
    m = re.fullmatch(r"(?:the\s+)?(?:(\w+)\s+)?day\s+(before|after)\s+(.+)", t)
    if not m or m.group(3) in {"yesterday", "tomorrow"}:
        return None
    if m.group(1) is not None and m.group(1) not in ORDINALS:
        return None
    days = ORDINALS.get(m.group(1) or "first", 1) * (-1 if m.group(2) == "before" else 1)
    _, value, relative = date_part(m.group(3), tense)
    if value and re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        moved = shift_day(dt.date.fromisoformat(value), days, "day")
        return "DATE", moved.isoformat() if moved else None, None
    if relative and relative.split(":")[0] in _MOVABLE_DAYS:
        return "DATE", None, f"DS:{days}:{relative}"
    return None


# "three weeks after nov. 14", "10 days before christmas": a whole count of days, weeks,
# months or years from a day, in one expression (the parser often joins them). A hedge
# ("about three weeks after") is cleaned off before this: it is the TIMEX3 mod.
_COUNTED_BESIDE = re.compile(
    r"(?P<count>\d[\d.]*|[a-z]+(?:[\s-][a-z]+){0,2})\s+(?P<unit>days?|weeks?|months?|years?|hours?)"
    r"\s+(?P<side>before|after)\s+(?P<day>.+)"
)

_VAGUE_COUNT = re.compile(r"a few|few|several|some|many|\w+\s+(?:to|or)\s+\w+|\d+\.\d+")


def _counted_beside(t: str, tense: int) -> Reading | None:
    """A day a whole count of days, weeks, months or years from another, read as the day it
    lands on ("three weeks after nov. 28, 2040": 2040-12-19); from a relative day, days and
    weeks move its form ("DS:21:MD:11:28:-1"), while months and years place nothing (the
    year a month-day takes follows its clause's tense, the event's, so it may be a year
    off); a count of hours, a vague count or a range ("a few", "two to three", "1.5")
    places no day either."""
    m = _COUNTED_BESIDE.fullmatch(t)
    if m is None:
        return None
    n = number(m.group("count"))
    if n is None and not _VAGUE_COUNT.fullmatch(m.group("count")):
        return None
    _, value, relative = date_part(m.group("day"), tense)
    if value is None and relative is None:
        return None
    unit = m.group("unit").rstrip("s")
    if n is None or unit == "hour":
        return "DATE", None, None
    n = -n if m.group("side") == "before" else n
    if value and re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        # A count past the calendar ("3000 years before" a day of 2040) places nothing.
        moved = shift_day(dt.date.fromisoformat(value), n, unit)
        return "DATE", moved.isoformat() if moved else None, None
    if relative and unit in {"day", "week"} and relative.split(":")[0] in _MOVABLE_DAYS:
        return "DATE", None, f"DS:{n * (7 if unit == 'week' else 1)}:{relative}"
    return "DATE", None, None


def _week_of(t: str, tense: int) -> Reading | None:
    """The ISO week holding a day: "the week of March 6"."""
    m = re.fullmatch(r"(?:the\s+)?week\s+of\s+(.+)", t)
    if m:
        _, value, relative = date_part(m.group(1), tense)
        if value and re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
            return "DATE", iso_week(value), None
        if relative and relative.split(":")[0] in {"W", "D", "MD"}:
            return "DATE", None, f"{relative}@WK"
    return None


# Days of one month with the year once at the end: "may 2-8, 2033" starts on May 2, 2033.
_DAYS_OF_MONTH = re.compile(
    rf"({MONTH_RE})\.?\s+(\d{{1,2}})\s*(?:-|\u2013|to|through)\s*\d{{1,2}},?\s+(\d{{4}})"
)


def _calendar_day(t: str, tense: int) -> Reading | None:
    """A day of the calendar: "2022-03-05", "March 5", "5 March 2022"."""
    m = ISO.search(t)
    if m:
        return "DATE", m.group(0), None
    m = NUMERIC_DATE.fullmatch(t)
    if m:
        # A two-digit year is this century's below 50 ("1/6/17"), else the last's ("10/30/89").
        year = int(m.group(3)) + (
            0 if len(m.group(3)) == 4 else 2000 if int(m.group(3)) < 50 else 1900
        )
        try:
            return "DATE", dt.date(year, int(m.group(1)), int(m.group(2))).isoformat(), None
        except ValueError:
            return "DATE", None, None
    m = _DAYS_OF_MONTH.fullmatch(t)
    if m:
        try:
            return (
                "DATE",
                dt.date(int(m.group(3)), MONTHS[m.group(1)], int(m.group(2))).isoformat(),
                None,
            )
        except ValueError:
            return "DATE", None, None
    for rx, mi, di, yi in ((MD, 1, 2, 3), (DM, 2, 1, 3)):
        m = rx.search(t)
        if m:
            month, day = MONTHS[m.group(mi)], int(m.group(di))
            if not 1 <= day <= 31:
                continue
            if m.group(yi):
                try:
                    return "DATE", dt.date(int(m.group(yi)), month, day).isoformat(), None
                except ValueError:
                    return "DATE", None, None
            return "DATE", None, f"MD:{month}:{day}" + (f":{tense}" if tense else "")
    return None


def _calendar_period(t: str, tense: int) -> Reading | None:
    """Quarters, halves, seasons and months, of a year given or relative."""
    year = explicit_year(t)
    year_shift = (
        -1 if re.search(r"\blast year\b|\bprevious year\b|\byear (?:earlier|ago)\b", t)
        else 1 if re.search(r"\bnext year\b|\bcoming year\b", t)
        else 0
    )  # fmt: skip
    m = re.search(r"\b(first|last)\s+two\s+(?:fiscal\s+)?quarters\b", t)
    if m:  # "the first two quarters of 1990": its first half
        n = 1 if m.group(1) == "first" else 2
        if year is not None:
            return "DATE", f"{year:04d}-H{n}", None
        return "DATE", None, f"H:{n}:{year_shift}"
    m = QUARTER.search(t)
    if m:
        n = QUARTER_NUM.get(m.group(1)) or int(m.group(1)[0])
        if year is not None:
            return "DATE", f"{year:04d}-Q{n}", None
        # Told in the past, a quarter that has not begun yet is last year's ("reported a
        # loss for the fourth quarter", written in January).
        past = ":-1" if tense < 0 and year_shift == 0 else ""
        return "DATE", None, f"Q:{n}:{year_shift}{past}"
    m = HALF.search(t)
    # "the last half of the '70s" is the decade (its end the TIMEX3 mod), not a year's half.
    if m and not re.search(r"\bhalf\s+(?:a|an)\b", t) and not DECADE.search(t):
        n = 1 if m.group(1) == "first" else 2
        if year is not None:
            return "DATE", f"{year:04d}-H{n}", None
        if OWN_YEAR.search(t) or not re.search(r"\byear\b", t):
            # "the first half of its fiscal year": a company's year need not be the
            # calendar's, and no year is named to place it. A half with no year at all
            # ("in the second half") may be a game's, a season's or a year's, and which year
            # the text does not say: no value ("of the year", "this year's" and "next year"
            # name one).
            return "DATE", None, None
        return "DATE", None, f"H:{n}:{year_shift}"
    m = SEASON.search(t)
    if m and not re.search(r"\bseasons?\b|\bfalls?\s+(?!of)\w", t):
        code = SEASONS[m.group(1)]
        if year is not None:
            return "DATE", f"{year:04d}-{code}", None
        shift = -1 if re.search(r"\blast\b|\bprevious\b", t) else 1 if "next" in t else 0
        return "DATE", None, f"SE:{code}:{shift}"
    m = MY.search(t)
    if m:
        return "DATE", f"{int(m.group(2)):04d}-{MONTHS[m.group(1)]:02d}", None
    m = re.fullmatch(rf"({MONTH_RE})\.?,?\s+(?:of\s+)?(.+)", t)
    if m and (m.group(2) in {"this year", "last year", "next year"}):
        # "January this year", "June last year": the month of that year, not the nearest.
        shift = {"this": 0, "last": -1, "next": 1}[m.group(2).split()[0]]
        return "DATE", None, f"YM:{MONTHS[m.group(1)]}:{shift}"
    if m and (year := year_words(m.group(2))) is not None:
        return "DATE", f"{year:04d}-{MONTHS[m.group(1)]:02d}", None  # "January nineteen ninety"
    m = MONTH.match(t)
    if m and not (m.group(2) == "may" and m.group(1) is None and t != "may"):
        month = MONTHS[m.group(2)]
        mod = m.group(1)
        direction = {"last": -2, "past": -1, "next": 2, "coming": 1, "this": 3}.get(mod or "", 0)
        if direction == 0:
            direction = tense
        return "DATE", None, f"MO:{month}" + (f":{direction}" if direction else "")
    return None


# "ten years ago Monday": a count of years back from the weekday that marks the anniversary.
_YEARS_AGO_WEEKDAY = re.compile(rf"^([\w-]+)\s+years?\s+ago\s+(?:on\s+|this\s+)?{WEEKDAY.pattern}$")


def _years_ago_weekday(t: str, tense: int) -> Reading | None:
    """A count of years back with a weekday ("ten years ago Monday the talks were held"):
    the weekday nearest the DCT (this week's anniversary) moved back that many years."""
    m = _YEARS_AGO_WEEKDAY.match(t)
    n = number(m.group(1)) if m else None
    if m is None or not n:
        return None
    return "DATE", None, f"YS:{-n}:W:{WEEKDAYS.index(m.group(2))}:0"


def _weekday(t: str, tense: int) -> Reading | None:
    """A weekday, counted from the DCT by its modifier or the tense of its clause."""
    m = WEEKDAY.search(t)
    if m:
        weekday = WEEKDAYS.index(m.group(1))
        if re.search(r"\b(previous|preceding|following)\b|^the\s+next\b", t):
            # "the previous Friday" counts from the day last named, "last Friday" from today;
            # with its article, "the next Saturday" is the one after the day last named too.
            later = bool(re.search(r"following|next", t))
            form = f"W:{weekday}:{2 if later else -2}"
            # With no day named, one after the article's day cannot be told in the past.
            return "DATE", None, f"~@{form}|" + ("" if later and tense < 0 else form)
        if re.search(r"\b(last|past)\b", t):
            direction = -2
        elif re.search(r"\b(next|coming)\b", t):
            direction = 2
        elif re.search(r"\bthis\b", t):
            direction = 0
        else:
            direction = tense
        return "DATE", None, f"W:{weekday}:{direction}"
    return None


def _counted(t: str, tense: int) -> Reading | None:
    """A year alone, a unit shifted ("last week") or counted ("three days", "its twelfth
    day"), "the fiscal year"."""
    year = explicit_year(t)
    if year is not None and not DURATION.search(t):
        return "DATE", f"{year:04d}", None
    m = SHIFT.match(t)
    if m:
        return shifted_unit(m.group(1), m.group(2), tense)
    m = DURATION.search(t)
    if m:
        return duration(t, m)
    m = BARE_UNITS.match(t)
    if m:
        if m.group(1) == "centurie":
            # Some number of centuries: no count of years says it, so the unit is the century.
            return "DURATION", "PXC", None
        letter, clock, _ = UNITS[m.group(1)]
        return "DURATION", ("PT" if clock else "P") + "X" + letter, None
    m = ORDINAL_DAY.search(t)
    if m:
        if m.group(2) == "day":
            # "the strike entering its ninth day" names a day (TIMEX3 DATE): in the present
            # tense it is the day of writing; otherwise the day the count starts from is
            # unknown here (synthesis counts from a start date the article gives).
            return "DATE", None, "D:0" if tense == 0 else None
        raw = m.group(1)
        n = ORDINALS.get(raw) or int(re.sub(r"\D", "", raw))
        letter = UNITS[m.group(2)][0]
        return "DURATION", f"P{n}{letter}", None
    if year is not None:
        return "DATE", f"{year:04d}", None
    if re.fullmatch(r"(?:the\s+)?(?:fiscal|calendar)\s+year|year\s+end", t):  # "year-end"
        return "DATE", None, "Y:0"
    return None


def explicit_year(t: str) -> int | None:
    """A year written out in the text ("1989", "nineteen ninety"), or None."""
    m = YEAR4.search(t)
    if m:
        return int(m.group(1))
    return year_words(t)
