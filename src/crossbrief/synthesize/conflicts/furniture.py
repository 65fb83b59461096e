"""Numbers that count nothing: page furniture and identifiers pasted with an article.

A saved page often opens with its header ("Updated: November 11, 2011 20: 09 IST", "Sun, 15
Sep 2013"), and product names carry numbers ("Internet Explorer 8", "IE6, 7, 8"). Analysis
reads each of those numbers as a figure; no outlet means them as a count, so two pages'
headers, or two versions of one product, never disagree on a quantity:

- a clock time: a number on either side of a colon between digits ("20:09", "20: 09");
- a day of a month: a number next to a month name ("15 Sep", "November 11");
- a header line: a sentence with a clock time, a time zone, a page verb ("updated") or a
  count of comments, and at most one lowercase word besides, so no clause says what a
  number counts;
- a label: a bare number (no unit, no counted noun) right after a capitalised name
  ("Explorer 8", "Windows 7") or after another bare number in a list ("8, 9 and 10").
"""

from __future__ import annotations

import re
from functools import lru_cache

from spacy.lang.en.stop_words import STOP_WORDS

# Whole month names or their abbreviations, capitalised: not "Marines", "Decker", "declined".
_MONTH = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
    r"|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\b\.?"
)
_CLOCK_BEFORE = re.compile(r"\d\s?:\s?$")  # "20: " before the minutes
_CLOCK_AFTER = re.compile(r"^\s?:\s?\d\d\b")  # ": 09" after the hour
_DAY_BEFORE = re.compile(rf"\b{_MONTH}\s+$")  # "November 11", "Sep 15"
_DAY_AFTER = re.compile(rf"^(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH}(?:\s|,|$)")  # "15 Sep"
# What only a page header carries: a clock time, a time zone, a page verb, or a count of
# comments or shares ("12 comments"; not "Toyota shares fell 12%").
_PAGE = re.compile(
    r"\d\s?:\s?\d\d|\b(?:GMT|UTC|IST|EST|EDT|BST|CET)\b"
    r"|\b(?:[Uu]pdated|[Pp]ublished|[Pp]osted|[Mm]odified)\b"
    r"|\d\s+(?:comments?|shares?|views?)\b"
)
_LOWER = re.compile(r"\b[a-z]{3,}\b")
# lowercase words a header carries besides its page words ("last updated on", "at")
_HEADER_WORDS = frozenset(
    {"updated", "published", "posted", "modified", "last", "and", "the", "comments", "comment"}
    | {"shares", "share", "views", "view", "gmt", "utc", "ist", "est", "edt", "bst", "cet"}
)
_NAME_BEFORE = re.compile(r"(?:^|[^.!?:;]\s)([A-Z][\w-]*[A-Za-z])\s?$")
_LIST_BEFORE = re.compile(r"\d,?\s+(?:and\s+|or\s+)?$|\d,\s?$")


# cached: asked of a sentence once for each of its figures
@lru_cache(maxsize=1 << 12)
def header_like(sentence: str) -> bool:
    """Whether a sentence reads as a page header: a clock time, a time zone, a page verb or
    a count of comments, and at most one lowercase word besides."""
    if not _PAGE.search(sentence):
        return False
    words = [w for w in _LOWER.findall(sentence) if w not in _HEADER_WORDS]
    return len(words) <= 1


def counts_nothing(sentence: str, start: int, end: int, bare: bool) -> bool:
    """Whether the number at ``start``-``end`` of ``sentence`` is furniture or a label, not
    a quantity; ``bare`` when it has no unit or counted noun."""
    before, after = sentence[:start], sentence[end:]
    if (
        _CLOCK_BEFORE.search(before)
        or _CLOCK_AFTER.match(after)
        or _DAY_BEFORE.search(before)
        or _DAY_AFTER.match(after)
    ):
        return True
    if header_like(sentence):
        return True
    if not bare:
        return False
    # a name, not a capitalised function word ("The 30 astronauts", "About 40")
    name = _NAME_BEFORE.search(before)
    return bool(name and name.group(1).lower() not in STOP_WORDS) or bool(
        _LIST_BEFORE.search(before)
    )
