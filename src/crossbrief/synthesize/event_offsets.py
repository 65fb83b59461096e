"""Days counted from an event one article dates: "the week after the vote", "two days before
the storm hit", where the article gives the day of that vote or storm.

The analysis leaves such an expression without a date (the unit is counted from an event,
not from the article's day) or reads its count as a duration ("two days"). Its day is known
when the article gives the event's words a full date right after them, through "on" or
"of": in the expression's own sentence ("a day after the vote on March 3, 2040"; that date
then makes no entry of its own) or in the one before it ("The council held its vote on March
3, 2040. The week after the vote, ..."), where a verb built on the event's words ("voted on
March 3, 2040") and its object ("the storm hit Orlen on June 8") may come between. A date
before the event's words or after a comma ("The vote, first set for March 3") is another
event's. Only the article's own sentences are read; an event it names with no date, or with
several dates, places nothing; a length of time ("jailed for two years after the vote") is
no point.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass

from crossbrief.analyze.timex.shift import shift_day
from crossbrief.analyze.timex.words import number
from crossbrief.model import AnalyzedArticle, TimeExpr
from crossbrief.synthesize.timeline_values import HEDGED

# A unit alone ("the week": that whole week) or a whole count of units ("two days", "a
# week": the day that many on).
_UNIT = re.compile(r"the\s+(?P<unit>day|week|month|year)", re.I)
_COUNT = re.compile(
    r"(?P<count>\d+|an?|[a-z]+(?:-[a-z]+)?)\s+(?P<unit>days?|weeks?|months?|years?)", re.I
)
# After the expression: the side, then the event as a determiner and one or two words up to
# the end of the phrase ("after the vote,", "before the storm hit", "after her election").
_EVENT = re.compile(
    r"\s+(?i:(?P<side>after|before|following)\s+(?:the|his|her|its|their))\s+"
    r"(?P<words>[a-z][\w-]*(?:\s+[a-z][\w-]*)?)(?=\s*(?:[,.;:!?]|$|on\s|of\s))",
)
# Before the count, words that make it a length of time, not a point ("jailed for two years
# after the vote", "over the two weeks after the storm").
_SPAN = re.compile(r"\b(?:for|in\s+the|over\s+the|during\s+the|throughout\s+the)\s+$", re.I)
# Between an event's words and the date that dates it in the same sentence ("the vote on
# March 3"); after a comma the date is the sentence's own event's ("a day after the vote,
# on March 9, the mayor quit": the quitting's day).
_TO_DATE = re.compile(r"\s+(?:on|of)\s+", re.I)
# The same in the sentence before, where a verb's object may come between ("the storm hit
# Orlen on June 8"): at most three words, no punctuation.
_TO_DATE_BEFORE = re.compile(r"(?:\s+[\w'-]+){0,3}?\s+(?:on|of)\s+", re.I)
# The first letters two forms of one word share ("election", "elected"; "vote", "voted"):
# at most five, at most the event word's own.
_STEM = 5
_DAY = re.compile(r"\d{4}-\d\d-\d\d")
_WORD = re.compile(r"[A-Za-z][\w-]*")
# A month's name is a time's word, never an event's ("the march" is no "March 3").
_MONTHS = frozenset(calendar.month_name[1:])


@dataclass(frozen=True)
class Offset:
    """A time counted from an event: its value, the expression as written, the event's day
    (its anchor) and the start of the date in its own sentence it was counted from (that
    date is no entry of its own), None when the date was in the sentence before."""

    value: str
    expression: str
    anchor: str
    source: int | None


def _same(event_word: str, word: str) -> bool:
    """Whether ``word`` is a form of ``event_word`` (they share its first letters)."""
    n = min(_STEM, len(event_word))
    return len(word) >= n and word.lower()[:n] == event_word.lower()[:n]


class _Reader:
    """An article's sentences, its times' sentences (found once) and its times' values with
    the year the story corrects them to."""

    def __init__(self, a: AnalyzedArticle, year: Callable[[str, TimeExpr], str]) -> None:
        self.a = a
        self.text = a.article.text
        self.days = [
            (o, year(o.value, o), self.sentence(o.start))
            for o in a.times
            if o.value and _DAY.fullmatch(o.value)
        ]

    def sentence(self, offset: int) -> int:
        """The sentence holding ``offset``."""
        return self.a.sentence_index(offset)

    def _words(self, sentence: int) -> list[re.Match[str]]:
        """The sentence's words outside its time expressions, month names left out."""
        span = self.a.sentences[sentence]
        times = [(o.start, o.end) for o in self.a.times if span.start <= o.start < span.end]
        return [
            m
            for m in _WORD.finditer(self.text, span.start, span.end)
            if m.group() not in _MONTHS and not any(s <= m.start() < e for s, e in times)
        ]

    def event_day(self, t: TimeExpr, words: list[str], end: int) -> tuple[str, int | None] | None:
        """The one full date the article gives the event its words name (see the module),
        and the start of that date when it is in ``t``'s own sentence."""
        sentence = self.sentence(t.start)
        own = {
            (day, o.start)
            for o, day, s in self.days
            # in the same sentence, the date must follow the event's words
            if s == sentence and _TO_DATE.fullmatch(self.text, end, o.start)
        }
        if own:
            return own.pop() if len(own) == 1 else None
        if sentence == 0:
            return None
        found = self._words(sentence - 1)
        if not all(any(_same(w, m.group()) for m in found) for w in words):
            return None
        # the date must follow a form of the event's last word through "on" or "of"
        ends = [m.end() for m in found if _same(words[-1], m.group())]
        days = {
            day
            for o, day, s in self.days
            if s == sentence - 1
            and any(e <= o.start and _TO_DATE_BEFORE.fullmatch(self.text, e, o.start) for e in ends)
        }
        return (days.pop(), None) if len(days) == 1 else None


def _moved(day: dt.date, unit: str, n: int, alone: bool) -> str | None:
    """The day ``n`` units from ``day``; for a unit alone ("the week after"), the whole
    unit next to the one holding ``day``."""
    moved = shift_day(day, n, unit)
    if moved is None:
        return None
    if not alone or unit == "day":
        return moved.isoformat()
    if unit == "week":
        year, week, _ = moved.isocalendar()
        return f"{year}-W{week:02d}"
    return moved.isoformat()[:7] if unit == "month" else moved.isoformat()[:4]


def _offset(r: _Reader, t: TimeExpr) -> Offset | None:
    """The offset of ``t`` (see ``event_offsets``), or None."""
    if t.value and (t.type != "DURATION" or t.relative):
        return None  # the analysis placed it: a day of its own
    text = r.text
    event = _EVENT.match(text, t.end)
    alone = _UNIT.fullmatch(t.text.strip())
    counted = None if alone else _COUNT.fullmatch(t.text.strip())
    if event is None or (alone is None and counted is None):
        return None
    before = max(0, t.start - 25)
    if HEDGED.search(text, before, t.start) or _SPAN.search(text, before, t.start):
        return None
    count = counted.group("count").lower() if counted else "1"
    n = 1 if count in {"a", "an"} else number(count)
    if not n:
        return None  # "a few days", "several weeks": no whole number
    found = alone or counted
    assert found is not None
    unit = found.group("unit").lower().rstrip("s")
    dated = r.event_day(t, event.group("words").split(), event.end())
    if dated is None:
        return None
    day, source = dated
    sign = -1 if event.group("side").lower() == "before" else 1
    value = _moved(dt.date.fromisoformat(day), unit, sign * n, alone is not None)
    if value is None:
        return None
    return Offset(value, text[t.start : event.end()], day, source)


def event_offsets(
    a: AnalyzedArticle, year: Callable[[str, TimeExpr], str] = lambda value, _t: value
) -> dict[int, Offset]:
    """The times of ``a`` counted from an event it dates, by their start: a unit or a count
    ("two days before the storm hit" with the storm's day given: that day less two); none
    for a hedged or vague count, a length of time, or an event not dated to one day.
    ``year`` gives a full date the year the story corrects it to (the timeline's)."""
    r = _Reader(a, year)
    out = {}
    for t in a.times:
        if (offset := _offset(r, t)) is not None:
            out[t.start] = offset
    return out
