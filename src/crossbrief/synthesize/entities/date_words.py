"""Spans of a dateline or a clock time the NER takes for a name: a clock's marks ("a. m.",
"p.m."), a month's abbreviation before a day's number ("Oct. 7"), or a generation's suffix
alone ("Jr."). None names anyone."""

from __future__ import annotations

import re

# A clock's marks, spaced or not, then maybe a month's abbreviation (with its period).
_CLOCK = r"[AaPp]\.[ \t]?[Mm]\."
_MONTH = r"(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\."
_DATE_WORDS = re.compile(rf"(?:{_CLOCK})?[ \t]*(?:{_MONTH})?")
_MONTH_AT_END = re.compile(rf"{_MONTH}$")
_DAY_AFTER = re.compile(r"[ \t]+\d{1,2}\b")
_SUFFIX_ALONE = re.compile(r"(?:Jr|Sr)\.?")
# A clock's marks the NER ran into the name after them ("a. m., Ann Lee said").
_LEADING_CLOCK = re.compile(rf"(?:{_CLOCK})[ \t]*,[ \t]+(?=[A-Z])")


def is_date_words(raw: str, body: str, end: int) -> bool:
    """Whether a span is only a clock's marks and a month's abbreviation (the month before a
    day's number: "Jan." alone may end a sentence on a given name), or a suffix alone."""
    text = raw.strip()
    if _SUFFIX_ALONE.fullmatch(text):
        return True
    if not text or not _DATE_WORDS.fullmatch(text):
        return False
    return not _MONTH_AT_END.search(text) or bool(_DAY_AFTER.match(body, end))


def without_clock(raw: str, start: int) -> tuple[str, int]:
    """A span less the clock's marks it opens with ("a. m., Ann Lee" -> "Ann Lee")."""
    found = _LEADING_CLOCK.match(raw)
    return (raw[found.end() :], start + found.end()) if found else (raw, start)
