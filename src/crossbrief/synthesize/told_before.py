"""Days counted from the day an article told just before: "Ann Lee arrived on Monday. Two
days earlier, the board had met", "arrived on March 3 and left a week later", and a weekday
in the past perfect ("Lee arrived on Monday. The board had met on Tuesday": the Tuesday
before that Monday).

A count of days or weeks followed by "earlier", "later" or a clause-final "before" names
no event to count from (unlike "two days before the storm hit", ``event_offsets``): a
narrative counts it from the day it last told, not from the day the article was written
(the analysis reads "two days earlier" from the article's date, as TimeML does, and "a
week later" as a length of time). That day is the one full date told before it in its own
sentence or, when there is none, in the sentence before; with no such date, or two, the
count places nothing rather than a guessed day, as it does when, told in the past, it
would fall after the article's date. Only the article's own sentences are read.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from crossbrief.analyze.times import resolve_relative
from crossbrief.analyze.timex.shift import shift_day
from crossbrief.analyze.timex.words import number
from crossbrief.model import AnalyzedArticle
from crossbrief.synthesize.timeline_values import HEDGED

# A whole count of days or weeks, then the side; "before" only at the end of its clause
# ("two days before, ..."), since one followed by words names its event.
_TOLD = re.compile(
    r"(?P<count>\d+|an?|[a-z]+(?:-[a-z]+)?)\s+(?P<unit>days?|weeks?)\s+"
    r"(?P<side>earlier(?!\s+than)|later(?!\s+than)|before(?=\s*[,.;:!?]))",
    re.I,
)
_DAY = re.compile(r"\d{4}-\d\d-\d\d")


@dataclass(frozen=True)
class ToldBefore:
    """A count told from the day before it: its day (None when no one day was told before
    it), the expression as written and the day it was counted from."""

    value: str | None
    expression: str
    anchor: str | None


def told_before(a: AnalyzedArticle, anchor: str | None) -> dict[int, ToldBefore]:
    """The times of ``a`` that count days or weeks from the day told before them, by their
    start (see the module); a hedged or vague count is none of them. ``anchor`` is the day
    the article was written on, given or inferred (None when not known to one day)."""
    text = a.article.text
    told: list[tuple[int, int, str]] = []  # (end, sentence, day) of each day told so far
    out: dict[int, ToldBefore] = {}
    for t in sorted(a.times, key=lambda t: t.start):
        sentence = a.sentence_index(t.start)
        found = _TOLD.match(text, t.start)
        # A day the analysis counted from a date the article told ("a day earlier" after
        # "on March 3") is placed already: only one read from the article's own date, or
        # read as a length, is counted here.
        anaphor = bool(t.value and not t.relative and t.type != "DURATION")
        if found is None or found.end() < t.end or anaphor:
            # A relative day ("on Monday") is placed from the article's date, given or
            # inferred to one day.
            day = resolve_relative(t.relative, anchor) if t.relative else t.value
            if t.relative and a.article.published:
                day = t.value
            if day and _DAY.fullmatch(day):
                told.append((t.end, sentence, day))
            continue
        if HEDGED.search(text, max(0, t.start - 25), t.start):
            continue
        count = found.group("count").lower()
        n = 1 if count in {"a", "an"} else number(count)
        if not n:
            continue  # "a few days later", "several weeks earlier": no whole number
        expression = text[t.start : found.end()]
        days = {day for end, s, day in told if s == sentence and end <= t.start}
        days = days or {day for _, s, day in told if s == sentence - 1}
        if len(days) != 1:
            out[t.start] = ToldBefore(None, expression, None)
            continue
        counted_from = days.pop()
        sign = 1 if found.group("side").lower() == "later" else -1
        moved = shift_day(dt.date.fromisoformat(counted_from), sign * n, found.group("unit"))
        value = moved.isoformat() if moved else None
        if value and anchor and t.tense < 0 and value > anchor:
            # Told as done ("had filed its plan"), it cannot come after the day the
            # article was written: the day told before was not the one it counts from.
            value = None
        out[t.start] = ToldBefore(value, expression, counted_from)
        if value:
            told.append((t.end, sentence, value))  # "The next day ... Three days later"
    return out


def perfect_weekdays(a: AnalyzedArticle, anchor: str | None) -> dict[int, str]:
    """Weekdays whose own verb is a past perfect (``TimeExpr.perfect``) that the article's
    date ``anchor`` put after the one day told in the sentence before, by their start: the
    past perfect tells a day before that one, so the last such weekday before it ("arrived on Monday. The board
    had met on Tuesday": the Tuesday of the week before)."""
    if anchor is None:
        return {}
    days: dict[int, set[str]] = {}
    for t in a.times:
        day = resolve_relative(t.relative, anchor) if t.relative else t.value
        if day and _DAY.fullmatch(day):
            days.setdefault(a.sentence_index(t.start), set()).add(day)
    out: dict[int, str] = {}
    for t in a.times:
        kind = (t.relative or "").split("@")[0].split(":")
        if len(kind) != 3 or kind[0] != "W" or kind[2] != "-1":
            continue
        sentence = a.sentence_index(t.start)
        before = days.get(sentence - 1, set())
        day = resolve_relative(t.relative or "", anchor)
        if len(before) != 1 or not day or day <= (told := next(iter(before))):
            continue
        if not t.perfect:
            continue  # the weekday's own verb is no past perfect (as the analysis read it)
        told_day = dt.date.fromisoformat(told)
        back = (told_day.weekday() - int(kind[1])) % 7 or 7
        out[t.start] = (told_day - dt.timedelta(days=back)).isoformat()
    return out
