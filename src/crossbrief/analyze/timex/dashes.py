"""Where a tagged date runs on past a spaced dash into the words after it.

News copy sets a dash between a date and the sentence it opens ("VELMORA, June 12 - Ann Lee
closed the quay", "opened on June 12 -- Ann Lee cut the ribbon"), and the tagger may take
the name after the dash into the DATE entity. A date range is written with the same dash
("June 12 - 14", "June 12 - July 3", "Monday - Friday"), so the cut is made only where the
word after the dash cannot continue a date: a capitalised word that names no month, weekday,
part of day, season or holiday.
"""

from __future__ import annotations

from typing import Any

from crossbrief.analyze.timex.feasts import FEASTS
from crossbrief.analyze.timex.words import (
    MONTHS,
    PARTS_OF_DAY,
    SEASONS,
    WEEKDAYS,
    holiday_name,
)

# A hyphen set apart by spaces, an en dash or an em dash, and the double hyphen typed for one.
_DASHES = {"-", "\u2013", "\u2014", "--"}
# Capitalised words that go on naming a time after a dash ("June 12 - Noon", "- Today").
_TIME_WORDS = {"noon", "midnight", "midday", "today", "tomorrow", "yesterday", "tonight"}
_FEAST_WORDS = {word for name in FEASTS for word in name.split()}


def cut_at_dash(doc: Any, start: int, end: int) -> int:
    """The end of the tagged time ``doc[start:end]`` once cut at the first spaced dash
    followed by a capitalised word that names no time ("June 12 - Ann Lee" ends after
    "12"); ``end`` when there is none ("June 12 - 14", "June 12 - July 3")."""
    for i in range(start + 1, end - 1):
        dash = doc[i]
        if dash.text not in _DASHES or not (doc[i - 1].whitespace_ and dash.whitespace_):
            continue  # "mid-June", "2031-06-12": a hyphen inside a word
        if _opens_words(doc[i + 1], doc[i + 1 : end].text):
            return i
    return end


def _opens_words(token: Any, rest: str) -> bool:
    """Whether ``token``, just after a dash, opens words that are no time: capitalised, with
    no month, weekday, part of day, season or holiday in it."""
    word = token.lower_.rstrip(".")
    if not (token.is_alpha and token.text[:1].isupper()):
        return False
    if word in MONTHS or word in WEEKDAYS or word in PARTS_OF_DAY or word in SEASONS:
        return False
    if word in _TIME_WORDS or word in _FEAST_WORDS:
        return False
    return holiday_name(rest.lower()) is None
