"""Regular expressions over cleaned (lower-case) time-expression text."""

from __future__ import annotations

import re

from crossbrief.analyze.timex.words import MONTHS, ORDINALS, SMALL, TENS, WEEKDAYS, ZONES

MONTH_RE = "|".join(sorted(MONTHS, key=len, reverse=True))
WEEKDAY_RE = "|".join(WEEKDAYS)
ZONE_RE = "|".join(ZONES)
# The year may follow "in" ("Dec. 26 in 2004"): the same day, as TimeML extents join them.
MD = re.compile(rf"\b({MONTH_RE})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?\b(?:,?\s+(?:in\s+)?(\d{{4}}))?")
DM = re.compile(
    rf"\b(\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?({MONTH_RE})\b\.?(?:,?\s+(?:in\s+)?(\d{{4}}))?"
)
MY = re.compile(rf"\b({MONTH_RE})\b\.?(?:\s+of)?,?\s+(\d{{4}})\b")
MONTH = re.compile(rf"^(?:(last|next|this|the|coming|past)\s+)?({MONTH_RE})\b\.?$")
ISO = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")
# A numeric date in the US order month/day/year ("1/6/17", "11/02/1989"), as American news
# and TimeBank's own creation times write it.
NUMERIC_DATE = re.compile(r"\b(0?[1-9]|1[0-2])/(0?[1-9]|[12]\d|3[01])/(\d{2}|\d{4})\b")
YEAR4 = re.compile(r"(?<![\d.,$])\b(1[0-9]\d\d|20\d\d)\b(?![\d.,%]\d)")
DECADE = re.compile(r"(?:\b(?:the\s+)?(1[0-9]|20)(\d)0s|'(\d)0s)\b")
DECADE_WORD = re.compile(
    r"\b(twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)\b"
)
CENTURY = re.compile(r"\b(\d{1,2})(?:st|nd|rd|th)\s+century\b")
WEEKDAY = re.compile(rf"\b({WEEKDAY_RE})s?\b")
CLOCK = re.compile(
    r"\b(\d{1,2})(?:[:.](\d{2}))?\s*(a\.?\s?m\b\.?|p\.?\s?m\b\.?|o'clock)|\b(noon|midday|midnight)\b"
)
# Wire-service 24-hour times, "1500 GMT", "15:00 local time", "0900 hours": the zone or
# "hours" tells them from years and figures.
CLOCK24 = re.compile(rf"\b([01]\d|2[0-3]):?([0-5]\d)\s*(?=(?:hours|hrs|{ZONE_RE}|local\s+time)\b)")
ZONE = re.compile(rf"\b({ZONE_RE}|local time)\b")
# "The last quarter of 2004" is its fourth; "last quarter" alone is the one before the
# article's (``SHIFT``).
QUARTER = re.compile(
    r"\b(?:fiscal\s+)?(first|second|third|fourth|final|last(?=\s+(?:fiscal\s+)?quarter\s+of\b)|"
    r"1st|2nd|3rd|4th)\s+(?:fiscal\s+)?quarter\b"
)
QUARTER_NUM = {"first": 1, "second": 2, "third": 3, "fourth": 4, "final": 4, "last": 4}
# Not "the first half-hour" or "the second half-century": a count of a smaller unit, not a
# half of the year ("the first half year" is one). HALF_OF makes a time of a span with no
# other time word: "the first half of ..." as much as "the second half of ...", whose
# "second" is a unit; a bare half is left to the tagger's other words (a game's half).
HALF = re.compile(
    r"\b(first|second|last|latter)\s+half\b(?![\s-]+(?:hour|minute|day|century|decade|mile)s?\b)"
)
HALF_OF = re.compile(HALF.pattern + r"\s+of\b")
# A business's own year ("its fiscal year", "the financial year"), not the calendar's.
OWN_YEAR = re.compile(r"\b(?:fiscal|financial|business|company's|group's)\s+year\b")
SEASON = re.compile(r"\b(spring|summer|fall|autumn|winter)\b")
SHIFT = re.compile(
    r"^(?:the\s+)?(last|this|next|past|coming|previous|current|following|prior|same|the|"
    r"latest|full|fiscal)\s+(?:fiscal\s+|calendar\s+|full\s+)?(week|month|year|weekend|quarter|"
    r"period|decade|century|day)$"
)
NUMWORD = "|".join(
    sorted(
        [*SMALL, *TENS, "hundred", "thousand", "several", "few", "many", "some", "numerous"],
        key=len,
        reverse=True,
    )
)
DURATION = re.compile(
    rf"\b((?:\d{{1,3}}(?:,\d{{3}})*(?:\.\d+)?|(?:{NUMWORD})(?:[\s-]+(?:{NUMWORD}))*)(?:\s+and\s+a\s+half)?(?:\s+of)?)"
    r"\s+(?:more\s+|full\s+|straight\s+|consecutive\s+|additional\s+|extra\s+|long\s+|fiscal\s+|"
    r"trading\s+|business\s+|working\s+|"
    r"calendar\s+)?(second|minute|hour|day|night|week|fortnight|month|quarter|year|decade|"
    r"century|centurie)s?\b(\s+ago|\s+earlier|\s+before|\s+from\s+now|\s+hence)?"
)
BARE_UNITS = re.compile(
    r"^(?:the\s+)?(?:(?:early|first|last|past|next|coming|recent)\s+)?"
    r"(second|minute|hour|day|week|month|quarter|year|decade|centurie)s(?:\s+ahead)?$"
)
ORDINAL_DAY = re.compile(
    r"\b(" + "|".join(ORDINALS) + r"|\d+(?:st|nd|rd|th))\s+(day|week|month|year)\b"
)
YEAR_AGO = re.compile(
    r"^(?:the\s+)?(?:a\s+)?(?:year\s+(?:earlier|ago)|year\s+before|same\s+\w+\s+(?:a\s+)?"
    r"(?:last\s+year|year\s+earlier|year\s+ago)|corresponding\s+\w+\s+(?:of\s+)?last\s+year|"
    r"(?:\w+\s+)?(?:quarter|period)\s+a\s+year\s+(?:ago|earlier)|(?:\w+\s+)?year\s+(?:earlier|ago)\s+"
    r"(?:\w+\s+)?(?:quarter|period)|last\s+year's\s+(?:\w+\s+)?(?:quarter|period))$"
)
THE_QUARTER = re.compile(
    r"^(?:the\s+)?(latest|last|recent|most\s+recent)?\s*(?:fiscal\s+)?(?:quarter|period)$"
)

# Prepositions, hedges (the TIMEX3 "mod") and "the end of": the value is the inner time's.
PREFIX = re.compile(
    r"^(?:on|in|at|by|since|until|from|of|during|before|after|for|over|under|within|about|"
    r"around|nearly|approximately|roughly|almost|just|only|more\s+than|less\s+than|"
    r"at\s+least|at\s+most|up\s+to|shortly|sometime|"
    r"(?:the\s+)?(?:very\s+)?(?:end|beginning|start|middle|rest|remainder|close|turn|bulk|"
    r"balance|course|good\s+part|part)\s+of|(?:the\s+)?(?:early|late|mid|earlier|later))\b\s*"
    r"(?=\S)"
)
