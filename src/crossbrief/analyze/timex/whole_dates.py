"""A full date with its year that the tagger cut short or left out beside a tagged time: a
page stamp's "Sunday, 20 April 2031" tagged as "Sunday, 20", or "9:46 PM CDT Apr 20, 2031"
with only the clock tagged. The written date is the whole expression (TimeML takes a clock,
its zone and its date as one time)."""

from __future__ import annotations

import re
from typing import Any

from crossbrief.analyze.doc_cache import doc_text
from crossbrief.analyze.timex.patterns import MONTH_RE, WEEKDAY_RE, ZONE_RE

_DAY = r"\d{1,2}(?:st|nd|rd|th)?"
# A day and month in either order, then a four-digit year: a date no reading can mistake.
_DATE_WITH_YEAR = rf"(?:{_DAY}\s+(?:of\s+)?(?:{MONTH_RE})\.?|(?:{MONTH_RE})\.?\s+{_DAY}),?\s+\d{{4}}\b(?!\s*(?:{ZONE_RE})\b)"
# What may open the whole: a weekday ("Sunday, ..."), or a 12-hour clock with an optional
# time zone ("9:46 PM CDT ...", "9 a.m. EST, ...").
_LEAD = (
    rf"(?:(?:{WEEKDAY_RE}),?\s+"
    rf"|\d{{1,2}}(?::\d{{2}})?\s*[ap]\.?\s?m\b\.?\s*(?:(?:{ZONE_RE})\b\s*)?,?\s*)"
)
_WHOLE = re.compile(rf"{_LEAD}{_DATE_WITH_YEAR}", re.IGNORECASE)
# A weekday with its day and month and no year ("Saturday, 26 February", "Tuesday 9
# November"): the tagger may tag the weekday and the month apart, taking the day for a
# count; no reading of a weekday, a day and a month name is anything but one date.
_WEEKDAY_DAY = re.compile(
    rf"(?:{WEEKDAY_RE}),?\s+(?:{_DAY}\s+(?:of\s+)?(?:{MONTH_RE})\b|(?:{MONTH_RE})\.?\s+{_DAY}\b)",
    re.IGNORECASE,
)


def whole_date_end(doc: Any, start: int, end: int) -> int:
    """The end of the token span ``start:end`` taken on to the end of a full date with a
    year written from its first word (a weekday or a clock), or of a weekday's day and
    month: ``end`` unchanged when no such date starts there or the span already holds it
    all."""
    text, at = doc_text(doc), doc[start].idx
    m = _WHOLE.match(text, at) or _WEEKDAY_DAY.match(text, at)
    if m is None or m.end() <= doc[end - 1].idx + len(doc[end - 1]):
        return end
    whole = doc.char_span(doc[start].idx, m.end(), alignment_mode="expand")
    return whole.end if whole is not None else end
