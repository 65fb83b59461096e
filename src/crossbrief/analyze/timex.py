"""TIMEX3-style normalisation of time-expression text, with rules of our own.

dateparser is not used: on running text it misreads spans, ignores tense and sends a weekday
equal to the base day a week back (see ../shared/PACKAGES.md); a few hundred lines of rules
cover what news text names, and they are fast (no per-call parsing cost).

Relative expressions are first turned into an anchor-free ``relative`` form, then resolved
against the article date:

    "W:5:-1"     the weekday 5 (Saturday) on or before the anchor (past tense); "W:5:1" on
                 or after it (future); "W:5:0" the nearest; "W:5:-2" / "W:5:2" strictly
                 before / after ("last Saturday", "next Saturday")
    "D:-1"       days from the anchor (yesterday)
    "WK:-1", "M:-1", "Y:-1"   last week / month / year (granularity-level shift)
    "WE:0:-1"    the weekend of the anchor's week; with -1 (past tense) the one before it
                 when the anchor is a weekday
    "MD:2:24"    month and day without year: the nearest such day; "MD:2:24:1" the next
                 one; "MD:2:24:-1" the last one (unless it falls soon after the anchor)
    "MO:2"       a month without year: the nearest; "MO:2:1" the next; "MO:2:-2" the last
                 one before the anchor's month; "MO:2:3" the anchor's year
    "YM:6:-1"    June of the year before the anchor's ("June last year")
    "NW:11:3:4"  the 4th Thursday (weekday 3) of November (-1: the last), nearest year
    "Q:3:0"      the third quarter of the anchor's year (+0 years); "QS:-1" the quarter
                 before the anchor's
    "H:2:0"      the second half of the anchor's year; "SE:SU:-1" last year's summer
    "DE:-1"      the previous decade ("198")

Any form may end in "@TNI", "@TMO" or "@T17:00": a part of day or clock time added to a
resolved day. ``resolve_relative(relative, anchor)`` turns a form into a TIMEX3 value;
synthesis calls it again when an undated article's date is inferred later.
"""

from __future__ import annotations

import datetime as dt
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
_SMALL = {
    "zero": 0, "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5,
    "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
    "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
    "eighteen": 18, "nineteen": 19, "couple": 2, "dozen": 12,
}  # fmt: skip
_TENS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
}  # fmt: skip
_VAGUE = {"several", "few", "many", "some", "numerous"}
PARTS_OF_DAY = {
    "morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI", "tonight": "NI",
    "overnight": "NI",
}  # fmt: skip
SEASONS = {"spring": "SP", "summer": "SU", "fall": "FA", "autumn": "FA", "winter": "WI"}
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
    },
}  # fmt: skip
REF_OF = {w: ref for ref, words in _REFS.items() for w in words}
# Frequency adjectives modify an event ("quarterly profit"); alone they are not a time.
FREQUENCY = {"quarterly", "annual", "annually", "daily", "weekly", "monthly", "yearly", "hourly"}
# How far after the article date a month-day named in a past-tense clause may fall and still
# be read as this year's ("the deadline was moved to Dec. 15"), and how far before it one in
# a future-tense clause may ("said it would vote on Oct. 23", reported two days later):
# beyond them, the tense decides the year.
PAST_GRACE_DAYS = 60
FUTURE_GRACE_DAYS = 14
QUOTE_S = "'s"
# Holidays as month-day, or (month, weekday, n-th; -1 = last) for the movable ones.
HOLIDAYS: dict[str, tuple[int, int] | tuple[int, int, int]] = {
    "christmas eve": (12, 24), "christmas day": (12, 25), "christmas": (12, 25),
    "new year's eve": (12, 31), "new year's day": (1, 1), "new years day": (1, 1),
    "independence day": (7, 4), "fourth of july": (7, 4), "halloween": (10, 31),
    "valentine's day": (2, 14), "thanksgiving day": (11, 3, 4), "thanksgiving": (11, 3, 4),
    "labor day": (9, 0, 1), "memorial day": (5, 0, -1), "veterans day": (11, 11),
    "boxing day": (12, 26),
}  # fmt: skip
_MONTH_RE = "|".join(sorted(MONTHS, key=len, reverse=True))
_WEEKDAY_RE = "|".join(WEEKDAYS)
_MD = re.compile(rf"\b({_MONTH_RE})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?\b(?:,?\s+(\d{{4}}))?")
_DM = re.compile(
    rf"\b(\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?({_MONTH_RE})\b\.?(?:,?\s+(\d{{4}}))?"
)
_MY = re.compile(rf"\b({_MONTH_RE})\b\.?(?:\s+of)?,?\s+(\d{{4}})\b")
_MONTH = re.compile(rf"^(?:(last|next|this|the|coming|past)\s+)?({_MONTH_RE})\b\.?$")
_ISO = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")
YEAR4 = re.compile(r"(?<![\d.,$])\b(1[0-9]\d\d|20\d\d)\b(?![\d.,%]\d)")
_DECADE = re.compile(r"\b(?:the\s+)?(?:(1[0-9]|20)(\d)0s|'(\d)0s)\b")
DECADE_WORD = re.compile(
    r"\b(twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)\b"
)
_CENTURY = re.compile(r"\b(\d{1,2})(?:st|nd|rd|th)\s+century\b")
_WEEKDAY = re.compile(rf"\b({_WEEKDAY_RE})s?\b")
_CLOCK = re.compile(
    r"\b(\d{1,2})(?:[:.](\d{2}))?\s*(a\.?\s?m\b\.?|p\.?\s?m\b\.?|o'clock)|\b(noon|midday|midnight)\b"
)
_ZONE = re.compile(r"\b(est|edt|cst|cdt|pst|pdt|gmt|utc|bst|cet|local time)\b")
_QUARTER = re.compile(
    r"\b(?:fiscal\s+)?(first|second|third|fourth|final|1st|2nd|3rd|4th)\s+(?:fiscal\s+)?quarter\b"
)
_QUARTER_NUM = {"first": 1, "second": 2, "third": 3, "fourth": 4, "final": 4}
_HALF = re.compile(r"\b(first|second|last|latter)\s+half\b")
_SEASON = re.compile(r"\b(spring|summer|fall|autumn|winter)\b")
_SHIFT = re.compile(
    r"^(?:the\s+)?(last|this|next|past|coming|previous|current|following|prior|same|the|"
    r"latest|full|fiscal)\s+(?:fiscal\s+|calendar\s+|full\s+)?(week|month|year|weekend|quarter|"
    r"period|decade|day)$"
)
_NUMWORD = "|".join(
    sorted(
        [*_SMALL, *_TENS, "hundred", "thousand", "several", "few", "many", "some", "numerous"],
        key=len,
        reverse=True,
    )
)
_DURATION = re.compile(
    rf"\b((?:\d{{1,3}}(?:,\d{{3}})*(?:\.\d+)?|(?:{_NUMWORD})(?:[\s-]+(?:{_NUMWORD}))*)(?:\s+and\s+a\s+half)?(?:\s+of)?)"
    r"\s+(?:more\s+|full\s+|straight\s+|consecutive\s+|additional\s+|extra\s+|long\s+|fiscal\s+|"
    r"calendar\s+)?(second|minute|hour|day|night|week|fortnight|month|quarter|year|decade|"
    r"century|centurie)s?\b(\s+ago|\s+earlier|\s+before|\s+from\s+now|\s+hence)?"
)
_BARE_UNITS = re.compile(
    r"^(?:the\s+)?(?:(?:early|first|last|past|next|coming|recent)\s+)?"
    r"(second|minute|hour|day|week|month|quarter|year|decade)s(?:\s+ahead)?$"
)
_ORDINAL_DAY = re.compile(
    r"\b(" + "|".join(ORDINALS) + r"|\d+(?:st|nd|rd|th))\s+(day|week|month|year)\b"
)
_YEAR_AGO = re.compile(
    r"^(?:the\s+)?(?:a\s+)?(?:year\s+(?:earlier|ago)|year\s+before|same\s+\w+\s+(?:a\s+)?"
    r"(?:last\s+year|year\s+earlier|year\s+ago)|corresponding\s+\w+\s+(?:of\s+)?last\s+year|"
    r"(?:\w+\s+)?(?:quarter|period)\s+a\s+year\s+(?:ago|earlier)|year\s+(?:earlier|ago)\s+"
    r"(?:\w+\s+)?(?:quarter|period)|last\s+year's\s+(?:\w+\s+)?(?:quarter|period))$"
)
_THE_QUARTER = re.compile(
    r"^(?:the\s+)?(?:latest|last|recent|most\s+recent)?\s*(?:fiscal\s+)?(quarter|period)$"
)


def _number(text: str) -> int | None:
    """'twenty four' -> 24, '30' -> 30, 'a' -> 1, 'several' -> None (vague)."""
    words = text.replace("-", " ").split()
    if not words:
        return None
    if len(words) == 1 and re.fullmatch(r"\d+", words[0]):
        return int(words[0])
    total, current = 0, 0
    for w in words:
        if w in _SMALL:
            current += _SMALL[w]
        elif w in _TENS:
            current += _TENS[w]
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
        rest = _number(m.group(2))
        if rest is not None and 10 <= rest < 100:
            return (19 if m.group(1) == "nineteen" else 20) * 100 + rest
    m = re.search(r"\btwo\s+thousand(?:\s+and)?(?:\s+(\w+))?\b", t)
    if m:
        extra = _number(m.group(1)) if m.group(1) else 0
        return 2000 + (extra or 0)
    return None


def _date(s: str | None) -> dt.date | None:
    if not s:
        return None
    try:
        return dt.date.fromisoformat(s[:10])
    except ValueError:
        return None


def _shift_months(base: dt.date, months: int) -> tuple[int, int]:
    n = base.year * 12 + base.month - 1 + months
    return n // 12, n % 12 + 1


def _nearest_year(base: dt.date, month: int, day: int, direction: int) -> int:
    year = base.year
    try:
        candidate = dt.date(year, month, day)
    except ValueError:
        candidate = dt.date(year, month, 28)
    if direction > 0:
        # Told in the future, a day a little before the anchor is reported speech from then.
        return year + 1 if (base - candidate).days > FUTURE_GRACE_DAYS else year
    if direction == -1:
        # Told in the past, a day soon after the anchor is still usually a scheduled one.
        return year - 1 if (candidate - base).days > PAST_GRACE_DAYS else year
    if direction < -1:
        return year - 1 if candidate >= base else year
    # Without tense, a month-day more than half a year away is almost always the nearer one.
    if (candidate - base).days > 183:
        return year - 1
    if (base - candidate).days > 183:
        return year + 1
    return year


def resolve_relative(relative: str, anchor: str | None) -> str | None:
    """The TIMEX3 value of an anchor-free ``relative`` form, given the anchor date."""
    base = _date(anchor)
    if base is None:
        return None
    relative, _, suffix = relative.partition("@")
    value = _resolve(relative, base)
    if value and suffix and re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        value += suffix
    return value


def _resolve(relative: str, base: dt.date) -> str | None:
    kind, *args = relative.split(":")
    try:
        nums = [int(a) for a in args if re.fullmatch(r"-?\d+", a)]
    except ValueError:
        return None
    if kind == "W":
        weekday, direction = nums[0], nums[1]
        delta = weekday - base.weekday()
        if direction < 0 and delta > 0:
            delta -= 7
        elif direction > 0 and delta < 0:
            delta += 7
        elif direction == 0 and delta > 3:
            delta -= 7
        elif direction == 0 and delta < -3:
            delta += 7
        if direction == -2 and delta == 0:
            delta = -7
        elif direction == 2 and delta == 0:
            delta = 7
        return (base + dt.timedelta(days=delta)).isoformat()
    if kind == "D":
        return (base + dt.timedelta(days=nums[0])).isoformat()
    if kind in {"WK", "WE"}:
        weeks = nums[0]
        if kind == "WE" and len(nums) > 1:
            # "the weekend" told in the past on a weekday is the one just gone.
            if nums[1] < 0 and base.weekday() < 5:
                weeks -= 1
            elif nums[1] > 0 and base.weekday() == 6:
                weeks += 1
        iso = (base + dt.timedelta(weeks=weeks)).isocalendar()
        return f"{iso[0]}-W{iso[1]:02d}" + ("-WE" if kind == "WE" else "")
    if kind == "M":
        year, month = _shift_months(base, nums[0])
        return f"{year:04d}-{month:02d}"
    if kind == "Y":
        return f"{base.year + nums[0]:04d}"
    if kind == "DE":
        return f"{base.year // 10 + nums[0]:03d}"
    if kind == "MD":
        month, day = nums[0], nums[1]
        year = _nearest_year(base, month, day, nums[2] if len(nums) > 2 else 0)
        try:
            return dt.date(year, month, day).isoformat()
        except ValueError:
            return None
    if kind == "NW":
        # The n-th (or last) given weekday of a month: Thanksgiving, Labor Day.
        month, weekday, n = nums[0], nums[1], nums[2]
        direction = nums[3] if len(nums) > 3 else 0
        # direction 2: the year of the anchor, whatever the distance.
        year = base.year if direction == 2 else _nearest_year(base, month, 15, direction)
        if n > 0:
            first = dt.date(year, month, 1)
            found = first + dt.timedelta(days=(weekday - first.weekday()) % 7 + 7 * (n - 1))
        else:
            last = dt.date(year + month // 12, month % 12 + 1, 1) - dt.timedelta(days=1)
            found = last - dt.timedelta(days=(last.weekday() - weekday) % 7)
        return found.isoformat()
    if kind == "MO":
        month = nums[0]
        direction = nums[1] if len(nums) > 1 else 0
        if direction == -2:
            # "last June": the latest June before the anchor's month.
            return f"{base.year - (month >= base.month):04d}-{month:02d}"
        if direction == 2:
            return f"{base.year + 1:04d}-{month:02d}"
        if direction == 3:
            return f"{base.year:04d}-{month:02d}"
        year = _nearest_year(base, month, 15, direction)
        if direction == 0 and month == base.month:
            year = base.year
        return f"{year:04d}-{month:02d}"
    if kind == "YM":
        return f"{base.year + nums[1]:04d}-{nums[0]:02d}"
    if kind == "Q":
        return f"{base.year + nums[1]:04d}-Q{nums[0]}"
    if kind == "QS":
        n = base.year * 4 + (base.month - 1) // 3 + nums[0]
        return f"{n // 4:04d}-Q{n % 4 + 1}"
    if kind == "H":
        return f"{base.year + nums[1]:04d}-H{nums[0]}"
    if kind == "SE":
        return f"{base.year + nums[0]:04d}-{args[0]}"
    return None


def shift_focus(focus: tuple[str | None, str | None], years: int) -> tuple[str | None, str | None]:
    """The quarter ``focus`` (value, relative) moved by whole years."""
    value, relative = focus
    if relative:
        kind, *args = relative.split(":")
        if kind == "Q":
            return None, f"Q:{args[0]}:{int(args[1]) + years}"
        if kind == "QS":
            return None, f"QS:{int(args[0]) + 4 * years}"
        return None, None
    if value and re.fullmatch(r"\d{4}-Q\d", value):
        return f"{int(value[:4]) + years:04d}{value[4:]}", None
    return None, None


# Prepositions, hedges (the TIMEX3 "mod") and "the end of": the value is the inner time's.
_PREFIX = re.compile(
    r"^(?:on|in|at|by|since|until|from|of|during|before|after|for|over|under|within|about|"
    r"around|nearly|approximately|roughly|almost|just|only|more\s+than|less\s+than|"
    r"at\s+least|at\s+most|up\s+to|shortly|sometime|"
    r"(?:the\s+)?(?:very\s+)?(?:end|beginning|start|middle|rest|remainder|close|turn|bulk|"
    r"balance|course|good\s+part|part)\s+of|(?:the\s+)?(?:early|late|mid|earlier|later))\b\s*"
    r"(?=\S)"
)


def _clean(text: str) -> str:
    t = text.strip().lower().replace("’", "'")
    t = re.sub(r"\s+", " ", t)
    t = re.sub(r"'s\b", "", t)
    t = re.sub(r"\s+or\s+so\b", "", t)  # "a week or so ago": the hedge is the TIMEX3 mod
    t = re.sub(r"(?<=[a-z])-(?=[a-z])|(?<=\d)-(?=[a-z])", " ", t)
    previous = None
    while t != previous:  # "earlier in the year", "around 7:15 p.m.", "the end of 1990"
        previous = t
        t = _PREFIX.sub("", t).strip()
    return t


def normalise(text: str, tense: int = -1) -> tuple[str, str | None, str | None]:
    """(type, absolute value or None, relative form or None) of a time expression's text.

    Absolute values need no anchor; relative forms are resolved by ``resolve_relative``.
    A relative form starting with "~" refers to the quarter ("~Q-1": a year before it,
    "~QY1988": the same quarter of 1988), year ("~Y1"), month ("~M1") or day ("~D1",
    "~D0@T06:00") last named, then
    "|" and what to use when none was: a relative form, "=" and a value, or nothing.
    ``extract_times`` replaces it.
    """
    raw = text.strip().lower()
    t = _clean(text)
    if not t:
        return "DATE", None, None
    if t in REF_OF or raw in REF_OF:
        return "DATE", REF_OF.get(t) or REF_OF[raw], None
    m = re.match(r"^(?:every|each|per|a|an)\s+(.+)$", t)
    if (
        m
        and not re.search(r"\b(ago|earlier|later|before)\b", t)
        and not t.startswith(("a ", "an "))
    ):
        return "SET", _set_value(m.group(1)), None
    if t in FREQUENCY:
        return "SET", _set_value(t), None
    clock, part = _time_of_day(t)
    if clock or part:
        rest = _ZONE.sub("", _CLOCK.sub("", t))
        rest = re.sub(rf"\b({'|'.join(PARTS_OF_DAY)})\b", "", rest)
        rest = re.sub(r"^\W*(?:on|of|the|in|at)?\W*|\W*(?:on|of|the|in|at)?\W*$", "", rest.strip())
        suffix = "T" + (clock or part or "")
        rest = _clean(rest)
        if not rest:
            # A bare "6 a.m.", "the morning": on the day last named (the temporal focus),
            # else the article's own day.
            return "TIME", None, f"~D0@{suffix}|D:0@{suffix}"
        if rest in {"this", "today"}:
            return "TIME", None, f"D:0@{suffix}"
        if rest in {"last", "yesterday"} and part == "NI" and rest == "last":
            return "TIME", None, f"D:-1@{suffix}"
        _, value, relative = _date_part(rest, tense)
        if value and re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
            return "TIME", value + suffix, None
        if relative and relative.split(":")[0] in {"W", "D", "MD"}:
            return "TIME", None, f"{relative}@{suffix}"
        return "TIME", value, relative
    return _date_part(t, tense)


def _set_value(t: str) -> str | None:
    t = t.strip()
    m = _WEEKDAY.search(t)
    if m:
        return f"XXXX-WXX-{WEEKDAYS.index(m.group(1)) + 1}"
    m = re.match(rf"^({_MONTH_RE})\b", t)
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


def _time_of_day(t: str) -> tuple[str | None, str | None]:
    """(clock "17:00" or None, part of day "NI" or None)."""
    clock = None
    m = _CLOCK.search(t)
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
    part = None
    m2 = re.search(rf"\b({'|'.join(PARTS_OF_DAY)})\b", t)
    if m2:
        part = PARTS_OF_DAY[m2.group(1)]
    return clock, part


def _date_part(t: str, tense: int) -> tuple[str, str | None, str | None]:
    """Normalise a date (no clock time) already cleaned by ``_clean``."""
    if t in {"today", "this day", "this date"}:
        return "DATE", None, "D:0"
    if t == "yesterday":
        return "DATE", None, "D:-1"
    if t == "tomorrow":
        return "DATE", None, "D:1"
    for name, spec in HOLIDAYS.items():
        if re.search(rf"\b{name.replace(QUOTE_S, '')}\b", t):  # _clean drops "'s"
            year = _explicit_year(t)
            if len(spec) == 2:
                if year is not None:
                    return "DATE", f"{year:04d}-{spec[0]:02d}-{spec[1]:02d}", None
                return "DATE", None, f"MD:{spec[0]}:{spec[1]}" + (f":{tense}" if tense else "")
            form = f"NW:{spec[0]}:{spec[1]}:{spec[2]}"
            if year is not None:
                return "DATE", _resolve(form + ":2", dt.date(year, 1, 1)), None
            return "DATE", None, form + (f":{tense}" if tense else "")
    if _YEAR_AGO.match(t) or t in {"year earlier", "year ago", "a year ago", "a year earlier"}:
        return "DATE", None, "~Q-1|Y:-1"
    m = re.fullmatch(r"(?:the\s+)?((?:1[0-9]|20)\d\d)\s+(?:\w+\s+)?(?:quarter|period)", t)
    if m:  # "the 1988 period": the quarter in focus, in 1988
        return "DATE", None, f"~QY{m.group(1)}|={m.group(1)}"
    m = re.fullmatch(
        r"(?:that|the\s+same|the\s+following|the\s+previous|the\s+preceding|the\s+prior)"
        r"\s+year|a\s+year\s+later",
        t,
    )
    if m:  # "that year", "the following year": the year last named
        shift = (
            1 if re.search(r"following|later", t) else -1 if re.search(r"prev|prec|prior", t) else 0
        )
        return "DATE", None, f"~Y{shift}|"
    m = re.fullmatch(
        r"that\s+(?:same\s+)?day|the\s+same\s+day|the\s+(?:next|following)\s+day|"
        r"the\s+(?:previous|preceding)\s+day|the\s+day\s+(?:before|after)|a\s+day\s+"
        r"(?:later|earlier)",
        t,
    )
    if m:  # "the next day": the day last named, plus one
        shift = 1 if re.search(r"next|following|after|later", t) else 0
        shift = -1 if re.search(r"previous|preceding|before|earlier", t) else shift
        return "DATE", None, f"~D{shift}|"
    m = re.fullmatch(
        r"that\s+(?:same\s+)?month|the\s+same\s+month|the\s+(?:following|next|previous|"
        r"preceding|prior)\s+month|a\s+month\s+(?:later|earlier)",
        t,
    )
    if m:  # "the following month": the month last named, plus one
        shift = 1 if re.search(r"following|next|later", t) else 0
        shift = -1 if re.search(r"previous|preceding|prior|earlier", t) else shift
        return "DATE", None, f"~M{shift}|"
    if t in {"that quarter", "the same quarter"}:
        return "DATE", None, "~Q0|"
    if _THE_QUARTER.match(t):
        return "DATE", None, "~Q0|QS:-1"
    if re.fullmatch(r"(?:the\s+)?(?:previous|prior|preceding)\s+(?:fiscal\s+)?quarter", t):
        return "DATE", None, "QS:-1"
    if re.match(
        r"^(?:recent|the\s+recent)\s+\w+s$",
        t,
    ):
        return "DATE", "PAST_REF", None
    if re.match(
        r"^(?:the\s+)?(?:coming|upcoming|future)\s+\w+s$",
        t,
    ):
        return "DATE", "FUTURE_REF", None
    m = _ISO.search(t)
    if m:
        return "DATE", m.group(0), None
    for rx, mi, di, yi in ((_MD, 1, 2, 3), (_DM, 2, 1, 3)):
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
    year = _explicit_year(t)
    year_shift = (
        -1 if re.search(r"\blast year\b|\bprevious year\b|\byear (?:earlier|ago)\b", t)
        else 1 if re.search(r"\bnext year\b|\bcoming year\b", t)
        else 0
    )  # fmt: skip
    m = _QUARTER.search(t)
    if m:
        n = _QUARTER_NUM.get(m.group(1)) or int(m.group(1)[0])
        if year is not None:
            return "DATE", f"{year:04d}-Q{n}", None
        return "DATE", None, f"Q:{n}:{year_shift}"
    m = _HALF.search(t)
    if m and not re.search(r"\bhalf\s+(?:a|an)\b", t):
        n = 1 if m.group(1) == "first" else 2
        if year is not None:
            return "DATE", f"{year:04d}-H{n}", None
        return "DATE", None, f"H:{n}:{year_shift}"
    m = _SEASON.search(t)
    if m and not re.search(r"\bseasons?\b|\bfalls?\s+(?!of)\w", t):
        code = SEASONS[m.group(1)]
        if year is not None:
            return "DATE", f"{year:04d}-{code}", None
        shift = -1 if re.search(r"\blast\b|\bprevious\b", t) else 1 if "next" in t else 0
        return "DATE", None, f"SE:{code}:{shift}"
    m = _MY.search(t)
    if m:
        return "DATE", f"{int(m.group(2)):04d}-{MONTHS[m.group(1)]:02d}", None
    m = re.fullmatch(rf"({_MONTH_RE})\.?,?\s+(?:of\s+)?(.+)", t)
    if m and (m.group(2) in {"this year", "last year", "next year"}):
        # "January this year", "June last year": the month of that year, not the nearest.
        shift = {"this": 0, "last": -1, "next": 1}[m.group(2).split()[0]]
        return "DATE", None, f"YM:{MONTHS[m.group(1)]}:{shift}"
    if m and (year := year_words(m.group(2))) is not None:
        return "DATE", f"{year:04d}-{MONTHS[m.group(1)]:02d}", None  # "January nineteen ninety"
    m = _MONTH.match(t)
    if m and not (m.group(2) == "may" and m.group(1) is None and t != "may"):
        month = MONTHS[m.group(2)]
        mod = m.group(1)
        direction = {"last": -2, "past": -1, "next": 2, "coming": 1, "this": 3}.get(mod or "", 0)
        if direction == 0:
            direction = tense
        return "DATE", None, f"MO:{month}" + (f":{direction}" if direction else "")
    m = _DECADE.search(t)
    if m:
        if m.group(3):
            return "DATE", f"19{m.group(3)}", None
        return "DATE", f"{m.group(1)}{m.group(2)}", None
    m = DECADE_WORD.search(t)
    if m:
        digit = ["twenties", "thirties", "forties", "fifties", "sixties", "seventies",
                 "eighties", "nineties"].index(m.group(1)) + 2  # fmt: skip
        return "DATE", f"19{digit}", None
    m = _CENTURY.search(t)
    if m:
        return "DATE", f"{int(m.group(1)) - 1:02d}", None
    m = _WEEKDAY.search(t)
    if m:
        weekday = WEEKDAYS.index(m.group(1))
        if re.search(r"\b(last|previous|past|preceding)\b", t):
            direction = -2
        elif re.search(r"\b(next|following|coming)\b", t):
            direction = 2
        elif re.search(r"\bthis\b", t):
            direction = 0
        else:
            direction = tense
        return "DATE", None, f"W:{weekday}:{direction}"
    if year is not None and not _DURATION.search(t):
        return "DATE", f"{year:04d}", None
    m = _SHIFT.match(t)
    if m:
        return _shift(m.group(1), m.group(2), tense)
    m = _DURATION.search(t)
    if m:
        return _duration(t, m)
    m = _BARE_UNITS.match(t)
    if m:
        letter, clock, _ = UNITS[m.group(1)]
        return "DURATION", ("PT" if clock else "P") + "X" + letter, None
    m = _ORDINAL_DAY.search(t)
    if m:
        raw = m.group(1)
        n = ORDINALS.get(raw) or int(re.sub(r"\D", "", raw))
        letter = UNITS[m.group(2)][0]
        return "DURATION", f"P{n}{letter}", None
    if year is not None:
        return "DATE", f"{year:04d}", None
    if re.fullmatch(r"(?:the\s+)?(?:fiscal|calendar)\s+year", t):
        return "DATE", None, "Y:0"
    return "DATE", None, None


def _explicit_year(t: str) -> int | None:
    m = YEAR4.search(t)
    if m:
        return int(m.group(1))
    return year_words(t)


def _shift(mod: str, unit: str, tense: int) -> tuple[str, str | None, str | None]:
    if mod == "past" and unit not in {"weekend", "week", "month", "year"}:
        letter, _, mult = UNITS.get(unit, ("X", False, 1))
        return "DURATION", f"P{mult}{letter}" if unit != "period" else None, None
    shift = {
        "last": -1,
        "past": -1,
        "previous": -1,
        "prior": -1,
        "next": 1,
        "coming": 1,
        "following": 1,
    }.get(mod, 0)
    if unit == "day":
        return "DATE", None, (f"D:{shift}" if mod != "the" and mod != "same" else None)
    if unit == "weekend":
        if shift:
            return "DATE", None, f"WE:{shift}"
        return "DATE", None, f"WE:0:{tense}"
    if unit == "quarter":
        return "DATE", None, f"QS:{shift}"
    if unit == "period":
        return "DATE", None, None
    if unit == "decade":
        return "DATE", None, f"DE:{shift}"
    code = {"week": "WK", "month": "M", "year": "Y"}[unit]
    return "DATE", None, f"{code}:{shift}"


def _duration(t: str, m: re.Match[str]) -> tuple[str, str | None, str | None]:
    n_text, unit, ago = m.group(1), m.group(2), (m.group(3) or "").strip()
    unit = "century" if unit == "centurie" else unit
    n_words = [w for w in re.split(r"[\s-]+", n_text) if w != "of"]
    if len(n_words) > 1 and n_words[0] in {"a", "an"}:
        n_words = n_words[1:]  # "a couple of", "a few", "a dozen"
    n_text = " ".join(n_words)
    n: float | None
    if any(w in _VAGUE for w in n_words):
        n = None
    else:
        try:
            n = float(n_text) if "." in n_text else _number(n_text)
        except ValueError:
            n = None
    if n is not None and "and a half" in n_text:
        n += 0.5
    letter, clock, mult = UNITS[unit]
    if ago in {"ago", "earlier", "before"} and n is not None and n == int(n) and not clock:
        k = int(n) * mult
        if unit in {"day", "night"}:
            return "DATE", None, f"D:{-k}"
        if unit in {"week", "fortnight"}:
            return "DATE", None, f"D:{-7 * k}"
        if unit == "month":
            return "DATE", None, f"M:{-k}"
        if unit == "quarter":
            return "DATE", None, f"QS:{-k}"
        return "DATE", None, f"Y:{-k}"
    if ago in {"ago", "earlier", "before"}:
        return "DATE", "PAST_REF", None
    if ago in {"from now", "hence"}:
        return "DATE", "FUTURE_REF", None
    if n is None:
        amount = "X"
    else:
        total = n * mult
        amount = str(int(total)) if total == int(total) else str(total)
    return "DURATION", ("PT" if clock else "P") + amount + letter, None
