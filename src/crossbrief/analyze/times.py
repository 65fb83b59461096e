"""Time expressions: detection from spaCy DATE/TIME entities, TIMEX3-style normalisation.

Relative expressions are first turned into an anchor-free ``relative`` form, then resolved
against the article date:

    "W:5:-1"     the weekday 5 (Saturday) before the anchor (past tense); "W:5:+1" after it;
                 "W:5:0" the anchor's own week, nearest
    "D:-1"       days from the anchor (yesterday)
    "WK:-1", "M:-1", "Y:-1"   last week / month / year (granularity-level shift)
    "MD:2:24"    month and day without year: the year comes from the anchor

``resolve_relative(relative, anchor)`` turns that into a TIMEX3 value; synthesis calls it again
when an undated article's date is inferred from other evidence.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from typing import Any

from crossbrief.analyze.paragraphs import Paragraph
from crossbrief.model import TimeExpr

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
UNITS = {
    "day": "D",
    "week": "W",
    "month": "M",
    "year": "Y",
    "hour": "H",
    "minute": "M",
    "decade": "DE",
}
_TIME_UNITS = {"hour", "minute"}
ORDINALS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
    "fourteenth": 14, "fifteenth": 15, "twentieth": 20, "thirtieth": 30,
}  # fmt: skip

_MONTH_RE = "|".join(sorted(MONTHS, key=len, reverse=True))
_MD = re.compile(rf"\b({_MONTH_RE})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?\b(?:,?\s+(\d{{4}}))?", re.I)
_DM = re.compile(
    rf"\b(\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?({_MONTH_RE})\.?(?:,?\s+(\d{{4}}))?", re.I
)
_MY = re.compile(rf"\b({_MONTH_RE})\.?(?:\s+of)?,?\s+(\d{{4}})\b", re.I)
_MONTH_ONLY = re.compile(rf"^(?:in\s+|early\s+|late\s+|mid-?)?({_MONTH_RE})\.?$", re.I)
_YEAR = re.compile(r"^(?:in\s+|the\s+year\s+)?((?:1[89]|20)\d\d)$")
_ISO = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")
_DECADE = re.compile(r"\b(?:the\s+)?((?:1[89]|20)\d)0s\b")
_WEEKDAY = re.compile(r"\b(" + "|".join(WEEKDAYS) + r")\b", re.I)
_NUM_WORDS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "several": -1,
    "few": -1, "a few": -1,
}  # fmt: skip
_DURATION = re.compile(
    r"\b(\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|few)"
    r"\s+(?:more\s+)?(day|week|month|year|hour|minute|decade)s?\b(\s+ago|\s+later|\s+earlier)?",
    re.I,
)
_SHIFT = re.compile(r"\b(last|this|next|past|coming|previous)\s+(week|month|year|weekend)\b", re.I)
_ORDINAL_DAY = re.compile(r"\b(" + "|".join(ORDINALS) + r"|\d+(?:st|nd|rd|th))\s+day\b", re.I)
_SET = re.compile(r"\b(every|each|daily|weekly|monthly|annually|yearly)\b", re.I)
_PRESENT = re.compile(r"^(now|currently|right now|at present|these days|nowadays)$", re.I)
_PAST = re.compile(r"^(recently|previously|the past|in the past|formerly|once)$", re.I)
_FUTURE = re.compile(r"^(soon|in the future|the future|shortly)$", re.I)


def _date(s: str | None) -> dt.date | None:
    if not s:
        return None
    try:
        return dt.date.fromisoformat(s[:10])
    except ValueError:
        return None


def resolve_relative(relative: str, anchor: str | None) -> str | None:
    """The TIMEX3 value of an anchor-free ``relative`` form, given the anchor date."""
    base = _date(anchor)
    if base is None:
        return None
    kind, *args = relative.split(":")
    if kind == "W":
        weekday, direction = int(args[0]), int(args[1])
        delta = weekday - base.weekday()
        if direction < 0 and delta > 0:
            delta -= 7
        elif direction > 0 and delta < 0:
            delta += 7
        elif direction == 0 and delta > 3:
            delta -= 7
        elif direction == 0 and delta < -3:
            delta += 7
        return (base + dt.timedelta(days=delta)).isoformat()
    if kind == "D":
        return (base + dt.timedelta(days=int(args[0]))).isoformat()
    if kind == "WK":
        iso = (base + dt.timedelta(weeks=int(args[0]))).isocalendar()
        return f"{iso[0]}-W{iso[1]:02d}"
    if kind == "WE":
        iso = (base + dt.timedelta(weeks=int(args[0]))).isocalendar()
        return f"{iso[0]}-W{iso[1]:02d}-WE"
    if kind == "M":
        months = base.year * 12 + base.month - 1 + int(args[0])
        return f"{months // 12:04d}-{months % 12 + 1:02d}"
    if kind == "Y":
        return f"{base.year + int(args[0]):04d}"
    if kind == "MD":
        month, day = int(args[0]), int(args[1])
        year = base.year
        # A month-day more than half a year after the anchor is almost always last year's.
        if (month - base.month) > 6:
            year -= 1
        elif (base.month - month) > 6:
            year += 1
        try:
            return dt.date(year, month, day).isoformat()
        except ValueError:
            return None
    if kind == "MO":
        month = int(args[0])
        year = base.year - 1 if month - base.month > 6 else base.year
        return f"{year:04d}-{month:02d}"
    return None


def _tense(span: Any) -> int:
    """-1 past, +1 future, 0 unknown: from the verb the expression hangs off."""
    verb = span.root
    while verb.dep_ not in {"ROOT"} and verb.pos_ not in {"VERB", "AUX"}:
        verb = verb.head
    tokens = [verb, *[c for c in verb.children if c.dep_ in {"aux", "auxpass"}]]
    if any(t.tag_ == "MD" and t.lower_ in {"will", "would", "shall", "'ll"} for t in tokens):
        return 1
    if any(t.lower_ in {"going"} for t in tokens):
        return 1
    if any(t.tag_ in {"VBD", "VBN"} for t in tokens):
        return -1
    if any(t.tag_ in {"VBZ", "VBP", "VBG"} for t in tokens):
        return 0
    return -1


def normalise(text: str, tense: int = -1) -> tuple[str, str | None, str | None]:
    """(type, absolute value or None, relative form or None) of a time expression's text.

    Absolute values need no anchor; relative forms are resolved by ``resolve_relative``.
    """
    t = text.strip().lower()
    t = re.sub(r"^(on|in|at|by|since|until|from|of|during|before|after)\s+", "", t)
    if _SET.search(t):
        return "SET", None, None
    if t in {"today", "this day"}:
        return "DATE", None, "D:0"
    if t in {"yesterday"}:
        return "DATE", None, "D:-1"
    if t in {"tomorrow"}:
        return "DATE", None, "D:1"
    if t in {"tonight", "this morning", "this afternoon", "this evening", "last night"}:
        return "TIME", None, "D:-1" if t == "last night" else "D:0"
    if _PRESENT.match(t):
        return "DATE", "PRESENT_REF", None
    if _PAST.match(t):
        return "DATE", "PAST_REF", None
    if _FUTURE.match(t):
        return "DATE", "FUTURE_REF", None
    m = _ISO.search(t)
    if m:
        return "DATE", m.group(0), None
    for rx, mi, di, yi in ((_MD, 1, 2, 3), (_DM, 2, 1, 3)):
        m = rx.search(t)
        if m:
            month, day = MONTHS[m.group(mi).lower().rstrip(".")], int(m.group(di))
            if not 1 <= day <= 31:
                continue
            if m.group(yi):
                try:
                    return "DATE", dt.date(int(m.group(yi)), month, day).isoformat(), None
                except ValueError:
                    return "DATE", None, None
            return "DATE", None, f"MD:{month}:{day}"
    m = _MY.search(t)
    if m:
        return "DATE", f"{int(m.group(2)):04d}-{MONTHS[m.group(1).lower()]:02d}", None
    m = _MONTH_ONLY.match(t)
    if m:
        return "DATE", None, f"MO:{MONTHS[m.group(1).lower()]}"
    m = _YEAR.match(t)
    if m:
        return "DATE", m.group(1), None
    m = _DECADE.search(t)
    if m:
        return "DATE", m.group(1), None
    m = _WEEKDAY.search(t)
    if m:
        weekday = WEEKDAYS.index(m.group(1).lower())
        direction = -1 if t.startswith("last ") else 1 if t.startswith("next ") else tense
        typ = "TIME" if re.search(r"\b(night|morning|afternoon|evening)\b", t) else "DATE"
        return typ, None, f"W:{weekday}:{direction}"
    m = _SHIFT.search(t)
    if m:
        shift = {"last": -1, "past": -1, "previous": -1, "this": 0, "next": 1, "coming": 1}[
            m.group(1).lower()
        ]
        unit = m.group(2).lower()
        code = {"week": "WK", "month": "M", "year": "Y", "weekend": "WE"}[unit]
        return "DATE", None, f"{code}:{shift}"
    m = _DURATION.search(t)
    if m:
        n_text, unit, ago = m.group(1).lower(), m.group(2).lower(), (m.group(3) or "").strip()
        n = int(n_text) if n_text.isdigit() else _NUM_WORDS.get(n_text, -1)
        if ago == "ago" and n > 0 and unit in {"day", "week", "month", "year"}:
            code = {"day": "D", "week": "WK", "month": "M", "year": "Y"}[unit]
            mult = 1
            return "DATE", None, f"{code}:{-n * mult}"
        amount = str(n) if n > 0 else "X"
        prefix = "PT" if unit in _TIME_UNITS else "P"
        return "DURATION", f"{prefix}{amount}{UNITS[unit]}", None
    m = _ORDINAL_DAY.search(t)
    if m:
        raw = m.group(1).lower()
        n = ORDINALS.get(raw) or int(re.sub(r"\D", "", raw))
        return "DURATION", f"P{n}D", None
    return "DATE", None, None


def extract_times(paragraphs: Sequence[Paragraph], anchor: str | None) -> list[TimeExpr]:
    """Every DATE/TIME entity, normalised; relative ones resolved against ``anchor``."""
    out = []
    for p in paragraphs:
        for ent in p.doc.ents:
            if ent.label_ not in {"DATE", "TIME"}:
                continue
            typ, value, relative = normalise(ent.text, _tense(ent))
            if ent.label_ == "TIME" and typ == "DATE" and value is None and relative is None:
                typ = "TIME"
            if value is None and relative is not None:
                value = resolve_relative(relative, anchor)
            out.append(
                TimeExpr(
                    text=ent.text,
                    start=p.offset + ent.start_char,
                    end=p.offset + ent.end_char,
                    type=typ,  # type: ignore[arg-type]
                    value=value,
                    anchor=anchor if relative is not None else None,
                    relative=relative,
                )
            )
    return out
