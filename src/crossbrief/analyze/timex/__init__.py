"""TIMEX3-style normalisation of time-expression text, with rules of our own.

dateparser is not used: on running text it misreads spans, ignores tense and sends a weekday
equal to the base day a week back (see ../shared/PACKAGES.md); a few hundred lines of rules
cover what news text names, and they are fast (no per-call parsing cost).

Relative expressions are first turned into an anchor-free ``relative`` form, then resolved
against the article date:

    "W:5:-1"     the weekday 5 (Saturday) on or before the anchor (past tense); "W:5:1" on
                 or after it (future); "W:5:0" the nearest; "W:5:-2" / "W:5:2" strictly
                 before / after ("last Saturday", "next Saturday"); "W:5:-3" the Saturday
                 of the week (Monday to Sunday) before the anchor's
    "D:-1"       days from the anchor (yesterday)
    "WK:-1", "M:-1", "Y:-1"   last week / month / year (granularity-level shift)
    "WE:0:-1"    the weekend of the anchor's week; with -1 (past tense) the one before it
                 when the anchor is a weekday
    "MD:2:24"    month and day without year: the nearest such day; "MD:2:24:1" the next
                 one; "MD:2:24:-1" the last one (unless it falls soon after the anchor);
                 "MD:12:25:-1:H" a holiday told in the past (the last one, allowing days);
                 "MD:5:10:-1:P" a day told as gone, not set ahead (as a holiday)
    "MO:2"       a month without year: the nearest; "MO:2:1" the next; "MO:2:-2" the last
                 one before the anchor's month; "MO:2:3" the anchor's year
    "YM:6:-1"    June of the year before the anchor's ("June last year")
    "NW:11:3:4"  the 4th Thursday (weekday 3) of November (-1: the last), nearest year
    "Q:3:0"      the third quarter of the anchor's year (+0 years); "Q:4:0:-1" told in
                 the past, last year's if not begun; "QS:-1" the quarter before the anchor's
    "DS:-1:W:1:-2"  a day beside another form: the day before last Tuesday
    "YS:-10:W:0:0"  years back from another form: ten years before this Monday ("ten
                 years ago Monday")
    "H:2:0"      the second half of the anchor's year; "SE:SU:-1" last year's summer
    "DE:-1"      the previous decade ("198")

Any form may end in "@TNI", "@TMO" or "@T17:00": a part of day or clock time added to a
resolved day. ``resolve_relative(relative, anchor)`` turns a form into a TIMEX3 value;
synthesis calls it again when an undated article's date is inferred later.
"""

from __future__ import annotations

from crossbrief.analyze.timex.normalise import normalise
from crossbrief.analyze.timex.patterns import DECADE_WORD, YEAR4
from crossbrief.analyze.timex.resolve import resolve_relative, shift_focus
from crossbrief.analyze.timex.words import (
    FREQUENCY,
    MONTHS,
    ORDINALS,
    PARTS_OF_DAY,
    REF_OF,
    SEASONS,
    UNITS,
    WEEKDAYS,
    year_words,
)

__all__ = [
    "DECADE_WORD",
    "FREQUENCY",
    "MONTHS",
    "ORDINALS",
    "PARTS_OF_DAY",
    "REF_OF",
    "SEASONS",
    "UNITS",
    "WEEKDAYS",
    "YEAR4",
    "normalise",
    "resolve_relative",
    "shift_focus",
    "year_words",
]
