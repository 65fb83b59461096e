"""Timeline values: the precision and first day of a TIMEX3 value, a year-less day ("XXXX-11-14")
or weekday ("XXXX-WXX-2") for an article no date places, and a day said to be near another
("just before Christmas", "three weeks after Nov. 28")."""

from __future__ import annotations

import calendar
import datetime as dt
import re

from crossbrief.analyze.timex.shift import shift_day
from crossbrief.analyze.timex.words import SMALL, TENS, number
from crossbrief.model import TimeExpr

# "XXXX-WXX-2": a Tuesday of a week no date gives (TIMEX3 numbers weekdays from Monday, 1).
WEEKDAY_VALUE = re.compile(r"^XXXX-WXX-[1-7]$")
_PRECISION = (
    (re.compile(r"^\d{4}-\d{2}-\d{2}T"), "time"),
    (re.compile(r"^\d{4}-\d{2}-\d{2}$"), "day"),
    (re.compile(r"^\d{4}-W\d{2}"), "week"),
    (re.compile(r"^\d{4}-\d{2}$"), "month"),
    (re.compile(r"^\d{4}-Q[1-4]$"), "quarter"),
    (re.compile(r"^\d{4}-(?:SP|SU|FA|WI)$"), "season"),
    (re.compile(r"^\d{4}-H[12]$"), "half"),
    (re.compile(r"^\d{4}$"), "year"),
    # A month-day an undated article gives without its year ("Nov. 14"): a day, in no year.
    (re.compile(r"^XXXX-\d{2}-\d{2}$"), "day"),
)


def yearless(relative: str) -> str | None:
    """The TIMEX3 value of a year-less month-day ("MD:11:14:-1" -> "XXXX-11-14") or a count
    of days from one ("DS:14:MD:11:14:-1" -> "XXXX-11-28"), for an article no date places:
    its day is known, its year is not; other forms, a day no year has ("Feb. 30") and a
    count into another year give none."""
    form = relative.split("@")[0].split(":")
    if form[0] == "DS" and len(form) > 2 and re.fullmatch(r"-?\d+", form[1]):
        # A count of days from a year-less day ("two weeks after Nov. 14"): that day moved.
        beside = yearless(":".join(form[2:]))
        days = int(form[1])
        return (
            _shifted(beside, str(abs(days)), "days", "before" if days < 0 else "after")
            if beside
            else None
        )
    if form[0] != "MD" or len(form) < 3 or not (form[1].isdigit() and form[2].isdigit()):
        return None
    month, day = int(form[1]), int(form[2])
    # Checked against a leap year: Feb. 29 is a day of some year.
    if not (1 <= month <= 12 and 1 <= day <= calendar.monthrange(2000, month)[1]):
        return None
    return f"XXXX-{month:02d}-{day:02d}"


# "just before Christmas 2002", "days after May 3": near that day, not on it; the sentence
# is dated to its month at most (a clock time keeps its day). A count makes it exact
# ("three weeks after May 3": 24 May) unless hedged ("about three weeks after"); a count
# read in part would move the day wrongly, so the count takes its whole number, range
# ("two to three weeks") or decimal ("1.5 weeks"), and only a whole number moves the day.
_ONES = r"(?:one|two|three|four|five|six|seven|eight|nine)"
_TENS = "(?:" + "|".join(TENS) + ")"
# Tens with their ones ("twenty-one", "thirty two"): read whole, never as their last word.
_TENS_ONES = rf"{_TENS}(?:[-\s]{_ONES})?"
_NUMBER = (
    rf"(?:\d[\d.,]*|a|an|{_TENS_ONES}|{_ONES}|ten|eleven|twelve|"
    r"(?:thir|four|fif|six|seven|eigh|nine)teen)"
)
_APPROXIMATE = re.compile(
    rf"(?:(?<![\w.,-])(?P<count>{_NUMBER}(?:\s*(?:-|\u2013|to|or)\s*{_NUMBER})?)"
    r"\s+(?P<unit>days?|weeks?|months?|years?|hours?)|\bjust|\bshortly|\bright|\bsoon|\bwell|"
    r"\blong|(?<![\d.,]\s)\b(?:days|weeks|months|hours))\s+(?P<side>before|after)\s+$",
    re.I,
)
# A hedge before a count ("about three weeks after"): no exact day.
HEDGED = re.compile(
    r"\b(?:about|around|nearly|almost|some|roughly|approximately|more\s+than|less\s+than|"
    r"over|under|at\s+least|at\s+most|up\s+to|within|close\s+to)\s+$",
    re.I,
)
_WHOLE = re.compile(r"\d{1,3}(?:,\d{3})+|\d+")


def _count(text: str) -> int | None:
    """The whole number a count says ("three", "12", "2,000"); None for a range, a decimal
    or a number not written whole."""
    if _WHOLE.fullmatch(text):
        return int(text.replace(",", ""))
    # A range's words ("two-three") are no number: only tens and their ones are read whole.
    words = text.lower()
    return number(words) if re.fullmatch(_TENS_ONES, words) else SMALL.get(words)


def _shifted(value: str, count: str, unit: str, side: str) -> str | None:
    """A day ("2040-11-28" or year-less "XXXX-11-28") moved by a count of days, weeks,
    months or years before or after it; None for hours (the day depends on a clock time
    not given), for a count that is no whole number, for a day or result no calendar has,
    and for a year-less day whose result depends on the year (across Feb. 29) or falls in
    another year (its month-day would take the year of the day it was counted from)."""
    n = _count(count)
    if n is None:
        return None
    n = -n if side.lower() == "before" else n
    yearless = not value[:4].isdigit()
    # A year-less day is moved in the leap and common years that have it: it has a value
    # when all agree (Feb. 29 exists in leap years only).
    years = (2000, 2001) if yearless else (int(value[:4]),)
    out = set()
    for year in years:
        try:
            day = dt.date(year, int(value[5:7]), int(value[8:10]))
        except ValueError:
            continue
        moved = shift_day(day, n, unit)  # None for hours and past the calendar
        if moved is None:
            return None
        if yearless and moved.year != day.year:
            return None
        # A dated day keeps the year it lands in ("three weeks after Dec. 20, 2040").
        out.add("XXXX" + moved.isoformat()[4:] if yearless else moved.isoformat())
    return out.pop() if len(out) == 1 else None


# The words up to a "before"/"after" inside an expression, checked against ``_APPROXIMATE``.
_INSIDE = re.compile(r".*?\b(?:before|after)\s+", re.I)


def near(value: str, text: str, t: TimeExpr) -> tuple[str, str] | None:
    """The value and expression of a day said to be near another ("just before X": X's
    month; "three weeks after X": the day three weeks on), unchanged when not near; None
    when nothing can be placed (a hedged count, a count of hours, a year-less month)."""
    approx = _APPROXIMATE.search(text, max(0, t.start - 30), t.start)
    expression = approx.group().strip() + " " + t.text if approx else t.text
    # An expression may hold the words itself: "just before Christmas" is near Christmas,
    # while a count ("one year after Nov. 14") was read by the analysis, which gives the day
    # it lands on or none (``analyze.timex.dates``); only a hedge on it is left to weigh.
    inside = _INSIDE.match(t.text)
    if not approx and inside:
        words = t.text[: inside.end()]
        found = _APPROXIMATE.search(words)
        if found and found.group("count"):
            hedged = HEDGED.search(words, 0, found.start()) or HEDGED.search(
                text, max(0, t.start - 20), t.start
            )
            return None if hedged else (value, t.text)
        if not (t.relative or "").startswith("DS:"):
            approx = found
    # A clock time stays on its day: "shortly before midnight" is still that night.
    if approx and WEEKDAY_VALUE.match(value):
        return None  # "three days after Tuesday": which day of which week is not known
    if not approx or precision(value) != "day":
        return value, t.text
    if approx.group("count"):
        if HEDGED.search(text, max(0, approx.start() - 20), approx.start()):
            return None
        # The year the article's date gave a month-day ("Nov. 14") follows the clause's
        # tense, which is the event's, not the day's: counted in months or years from it,
        # the event may land a year off ("will reopen one year after Nov. 14").
        relative = (t.relative or "").startswith("MD:") and value[:4].isdigit()
        if relative and approx.group("unit").lower().startswith(("month", "year")):
            return None
        moved = _shifted(value, approx.group("count"), approx.group("unit"), approx.group("side"))
        return (moved, expression) if moved else None
    # A year-less month ("XXXX-11") is no value the brief gives.
    return (value[:7], expression) if value[:4].isdigit() else None


def precision(value: str) -> str | None:
    """time, day, week, month, quarter, season, half or year for a TIMEX3 date value; None
    for values that place nothing on a calendar (PRESENT_REF, decades, "XXXX-WXX-1")."""
    for rx, name in _PRECISION:
        if rx.match(value):
            return name
    return None


def start_of(value: str) -> str:
    """The first day a TIMEX3 date value covers, for ordering values of mixed precision
    ("2022-W09" starts 2022-02-28, "2022-Q1" on 2022-01-01)."""
    m = re.match(r"^(\d{4})-W(\d{2})", value)
    if m:
        try:
            return dt.date.fromisocalendar(int(m.group(1)), int(m.group(2)), 1).isoformat()
        except ValueError:  # a week the year does not have ("2022-W53"): ordered at its end
            return f"{m.group(1)}-12-31"
    m = re.match(r"^(\d{4})-(Q|H)(\d)", value)
    if m:
        month = (int(m.group(3)) - 1) * (3 if m.group(2) == "Q" else 6) + 1
        return f"{m.group(1)}-{month:02d}-01"
    m = re.match(r"^(\d{4})-(SP|SU|FA|WI)", value)
    if m:
        month = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}[m.group(2)]
        return f"{m.group(1)}-{month:02d}-01"
    m = re.match(r"^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?", value)
    if m:
        return f"{m.group(1)}-{m.group(2) or '01'}-{m.group(3) or '01'}"
    return value


def weekday(relative: str) -> str | None:
    """The TIMEX3 value of a weekday alone ("W:1:-1" -> "XXXX-WXX-2"), for an article no date
    places (the other outlets' dates do not fix its week); "last Tuesday" and "next Tuesday" (a week off whichever week it is) and other
    forms give none."""
    form = relative.split("@")[0].split(":")
    if form[0] != "W" or len(form) != 3 or form[2] not in {"-1", "0", "1"}:
        return None
    return f"XXXX-WXX-{int(form[1]) + 1}" if form[1].isdigit() and int(form[1]) < 7 else None
