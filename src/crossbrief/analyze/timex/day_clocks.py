"""Words whose reading depends on the day beside them: a 24-hour clock time written as four
digits after "from" or "at" once a day is named ("on Saturday 10 May, from 1915 on
Velmora One": a quarter past seven that evening, not the year 1915), and "the day" that opens a relative
clause ("on the day she fled"), which names the day of that event rather than the one last
named."""

from __future__ import annotations

import re
from typing import Any

from crossbrief.analyze.timex.patterns import YEAR4
from crossbrief.analyze.timex.words import MONTHS, WEEKDAYS

# Four digits that read as a 24-hour clock: hours 00-23, minutes 00-59.
_CLOCK = re.compile(r"([01]\d|2[0-3])([0-5]\d)")
# Prepositions that take a clock time in a broadcast or schedule ("from 1930", "at 2100").
_CLOCK_BEFORE = {"from", "at", "until", "till"}
# Words after the number that make it the start of a span of years ("from 1930 to 1945").
_RANGE_WORDS = {"to", "until", "till", "through", "-", "\u2013", "and"}
# How many words before the preposition the day may be named: right beside it, as a
# schedule writes it ("Friday 9 May, from 1930"); a day named earlier in the sentence ("On
# Monday the firm said it would stay open until 2017") leaves the number a year.
_DAY_WINDOW = 3
_DAY_WORDS = {"today", "tonight", "tomorrow"}


def clock_beside_day(span: Any) -> str | None:
    """ "HH:MM" when a lone four-digit span is a 24-hour clock time, not a year: it reads as
    one, follows "from/at/until/till", a weekday, a month with its day, or "today/tonight/
    tomorrow" comes a few words before it in its sentence, and no range of years goes on
    from it. A year after such a preposition with no day named ("from 1930 until 1945",
    "at 1930 prices") stays a year."""
    if len(span) != 1 or not YEAR4.fullmatch(span.text):
        return None
    clock = _CLOCK.fullmatch(span.text)
    doc, i = span.doc, span.start
    if clock is None or i == 0 or doc[i - 1].lower_ not in _CLOCK_BEFORE:
        return None
    if i + 1 < len(doc) and doc[i + 1].lower_ in _RANGE_WORDS:
        return None
    start = max(span.sent.start, i - 1 - _DAY_WINDOW)
    before = doc[start : i - 1]
    if not any(_names_day(tok) for tok in before):
        return None
    return f"{clock.group(1)}:{clock.group(2)}"


def _names_day(tok: Any) -> bool:
    """Whether a word names one day: a weekday, "today"/"tonight"/"tomorrow", or a month
    with a day's number beside it."""
    word = tok.lower_.rstrip(".")
    if word in WEEKDAYS or word in _DAY_WORDS:
        return True
    if word not in MONTHS:
        return False
    doc = tok.doc
    beside = [doc[j] for j in (tok.i - 1, tok.i + 1) if 0 <= j < len(doc)]
    return any(t.is_digit and 1 <= int(t.text) <= 31 for t in beside)


def relative_day(span: Any) -> bool:
    """Whether a span is "the day" (or "the night") opening a relative clause ("on the day
    she fled", "the night that the bridge fell"): the day of that event, which the words
    do not date; it is not the day last named."""
    if span.text.lower() not in {"the day", "the night"}:
        return False
    return any(child.dep_ == "relcl" for child in span[-1].children)
