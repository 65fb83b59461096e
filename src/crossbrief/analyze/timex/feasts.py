"""Moveable feasts: Easter and the days counted from it ("Good Friday", "Easter weekend").

Their date changes every year, so they cannot sit in the month-day table of ``words``; the
Easter Sunday of a year comes from dateutil (the Western computus). Relative forms:

    "EA:-2:-1"   the day two days before Easter (Good Friday) of the nearest year, told in
                 the past (the last argument is the tense, as for "MD")
    "EAW:0:-1"   the weekend of Easter ("Easter weekend"), as a TIMEX3 week-end value
"""

from __future__ import annotations

import datetime as dt
import re

from dateutil.easter import EASTER_JULIAN, EASTER_WESTERN, easter

# Days from Easter Sunday, longest names first so "easter monday" wins over "easter".
FEASTS: dict[str, int] = {
    "easter sunday": 0, "easter day": 0, "easter monday": 1, "easter saturday": -1,
    "holy saturday": -1, "good friday": -2, "maundy thursday": -3, "holy thursday": -3,
    "palm sunday": -7, "ash wednesday": -46, "shrove tuesday": -47, "mardi gras": -47,
    "ascension day": 39, "pentecost": 49, "whit sunday": 49, "whitsunday": 49, "easter": 0,
}  # fmt: skip
_WEEKEND = re.compile(r"\beaster\s+weekend\b")
# A feast is looked for as a whole name ("easter" in "easterly" is none).
_YEAR = re.compile(r"\b[1-9]\d{3}\b")
# The Gregorian calendar (and its Easter) began in 1582; before it, the Julian date is the one
# the sources give.
_GREGORIAN = 1583
_NAMES = [(re.compile(rf"\b{re.escape(name)}\b"), name) for name in FEASTS]


def feast_form(t: str) -> tuple[str, int] | None:
    """The kind ("EA" a day, "EAW" the weekend) and the days from Easter of a feast named in
    cleaned, lower-case text ("over easter weekend" -> ("EAW", 0)), or None."""
    if _WEEKEND.search(t):
        return "EAW", 0
    for pattern, name in _NAMES:
        if pattern.search(t):
            return "EA", FEASTS[name]
    return None


def feast_year(t: str) -> int | None:
    """The year written after a feast ("easter 2450", any four digits), or None."""
    m = _YEAR.search(t)
    return int(m.group()) if m else None


def feast_day(year: int, offset: int) -> dt.date:
    """The day ``offset`` days from Easter Sunday of ``year`` (the Julian reckoning, as then
    dated, before 1583)."""
    sunday: dt.date = easter(year, EASTER_JULIAN if year < _GREGORIAN else EASTER_WESTERN)
    return sunday + dt.timedelta(days=offset)


def feast_value(kind: str, year: int, offset: int) -> str:
    """The TIMEX3 value of a feast in a known year: a day, or the weekend ("2018-W13-WE")."""
    day = feast_day(year, offset)
    if kind == "EAW":
        iso = day.isocalendar()
        return f"{iso[0]}-W{iso[1]:02d}-WE"
    return day.isoformat()
