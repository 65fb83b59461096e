"""The words of time: month, weekday, unit, part-of-day and holiday names, the words for
now / the past / the future, and number words ("twenty-four", "nineteen ninety-six")."""

from __future__ import annotations

import re

WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
MONTHS = {
    m: i + 1
    for i, names in enumerate(
        [
            ("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"),
            ("may",), ("june", "jun"), ("july", "jul"), ("august", "aug"),
            ("september", "sep", "sept"), ("october", "oct"), ("november", "nov"),
            ("december", "dec"),
        ]
    )
    for m in names
}  # fmt: skip
# unit -> (TIMEX3 letter, is a clock unit, multiplier): decades and centuries count in years.
UNITS = {
    "second": ("S", True, 1), "minute": ("M", True, 1), "hour": ("H", True, 1),
    "day": ("D", False, 1), "night": ("D", False, 1), "week": ("W", False, 1),
    "fortnight": ("W", False, 2), "month": ("M", False, 1), "quarter": ("Q", False, 1),
    "year": ("Y", False, 1), "decade": ("Y", False, 10), "century": ("Y", False, 100),
}  # fmt: skip
ORDINALS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
    "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18,
    "nineteenth": 19, "twentieth": 20, "thirtieth": 30,
}  # fmt: skip
SMALL = {
    "zero": 0, "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5,
    "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
    "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
    "eighteen": 18, "nineteen": 19, "couple": 2, "dozen": 12,
}  # fmt: skip
TENS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
}  # fmt: skip
VAGUE = {"several", "few", "many", "some", "numerous"}
PARTS_OF_DAY = {
    "morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI", "tonight": "NI",
    "overnight": "NI",
}  # fmt: skip
SEASONS = {"spring": "SP", "summer": "SU", "fall": "FA", "autumn": "FA", "winter": "WI"}
# Time zones a clock is written with ("1500 GMT", "9:46 PM CDT"), lower-cased: the one list
# the clock patterns (``patterns.ZONE``, ``patterns.CLOCK24``, ``whole_dates``) and the span
# finder (``spans``) read. "local time" is the zone of two words each of them adds.
ZONES = ("gmt", "utc", "bst", "cet", "est", "edt", "cst", "cdt", "mst", "mdt", "pst", "pdt")
_REFS = {
    "PRESENT_REF": {
        "now", "currently", "current", "right now", "at present", "present", "these days",
        "nowadays", "the present", "the moment", "this moment", "the time being",
    },
    "PAST_REF": {
        "recently", "recent", "previously", "formerly", "the past", "past", "lately",
        "earlier", "once", "more recently", "until recently", "the recent past",
    },
    "FUTURE_REF": {
        "soon", "the future", "future", "shortly", "the near future", "the near term",
        "the short term", "near term", "short term", "the long term", "eventually",
        "as soon as possible", "later", "the foreseeable future", "the coming years",
        "a later date", "a future date",
    },
}  # fmt: skip
REF_OF = {w: ref for ref, words in _REFS.items() for w in words}
# Frequency adjectives modify an event ("quarterly profit"); alone they are not a time.
FREQUENCY = {"quarterly", "annual", "annually", "daily", "weekly", "monthly", "yearly", "hourly"}
QUOTE_S = "'s"
# Holidays as month-day, or (month, weekday, n-th; -1 = last) for the movable ones.
HOLIDAYS: dict[str, tuple[int, int] | tuple[int, int, int]] = {
    "christmas eve": (12, 24), "christmas day": (12, 25), "christmas": (12, 25),
    "new year's eve": (12, 31), "new year's day": (1, 1), "new years day": (1, 1),
    "independence day": (7, 4), "fourth of july": (7, 4), "halloween": (10, 31),
    "valentine's day": (2, 14), "thanksgiving day": (11, 3, 4), "thanksgiving": (11, 3, 4),
    "labor day": (9, 0, 1), "memorial day": (5, 0, -1), "veterans day": (11, 11),
    "boxing day": (12, 26),
    # Other English-speaking countries' and Europe's days news dates events by; a saint's
    # day only with "day" (the saint alone is a person, a church or a place).
    "martin luther king jr. day": (1, 0, 3), "martin luther king day": (1, 0, 3),
    "remembrance sunday": (11, 6, 2), "remembrance day": (11, 11), "armistice day": (11, 11),
    "st. patrick's day": (3, 17), "st patrick's day": (3, 17), "saint patrick's day": (3, 17),
    "st. andrew's day": (11, 30), "st andrew's day": (11, 30), "st. david's day": (3, 1),
    "st david's day": (3, 1), "st. george's day": (4, 23), "st george's day": (4, 23),
    "hogmanay": (12, 31), "bastille day": (7, 14), "anzac day": (4, 25),
    "australia day": (1, 26), "canada day": (7, 1), "columbus day": (10, 0, 2),
}  # fmt: skip
# Each holiday name as one whole-word pattern, compiled once: its "'s" optional (cleaned text
# drops it) and in either apostrophe ("new year’s day"); a longer name before one inside it.
_HOLIDAY_NAMES = [
    (re.compile(r"\b" + re.escape(name).replace(QUOTE_S, "(?:['’]s)?") + r"\b"), name)
    for name in HOLIDAYS
]


def holiday_name(t: str) -> str | None:
    """The key in HOLIDAYS of the first holiday named in lower-case text, or None."""
    for pattern, name in _HOLIDAY_NAMES:
        if pattern.search(t):
            return name
    return None


def number(text: str) -> int | None:
    """'twenty four' -> 24, '30' -> 30, 'a' -> 1, 'several' -> None (vague)."""
    words = text.replace("-", " ").split()
    if not words:
        return None
    if len(words) == 1 and re.fullmatch(r"\d+", words[0]):
        return int(words[0])
    total, current = 0, 0
    for w in words:
        if w in SMALL:
            current += SMALL[w]
        elif w in TENS:
            current += TENS[w]
        elif w == "hundred":
            current = (current or 1) * 100
        elif w == "thousand":
            total += (current or 1) * 1000
            current = 0
        elif w in {"and", "half"}:
            continue
        else:
            return None
    return total + current


def year_words(t: str) -> int | None:
    """'nineteen ninety-six' -> 1996, 'two thousand' -> 2000."""
    m = re.search(r"\b(nineteen|twenty)\s+(\w+(?:[ -]\w+)?)\b", t)
    if m:
        rest = number(m.group(2))
        if rest is not None and 10 <= rest < 100:
            return (19 if m.group(1) == "nineteen" else 20) * 100 + rest
    m = re.search(r"\btwo\s+thousand(?:\s+and)?(?:\s+(\w+))?\b", t)
    if m:
        extra = number(m.group(1)) if m.group(1) else 0
        return 2000 + (extra or 0)
    return None
