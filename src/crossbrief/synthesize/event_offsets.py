"""Days counted from an event one article dates: "the week after the vote", "two days before
the storm hit", where the article gives the day of that vote or storm.

The analysis leaves such an expression without a date (the unit is counted from an event,
not from the article's day) or reads its count as a duration ("two days"). Its day is known
when the event's words are those of a sentence that gives a full date: the sentence itself
(the date right after the event's words, "a day after the vote on March 3, 2040") or the
one before it ("The council held its vote on March 3, 2040. The week after the vote, ...").
Only the article's own sentences are read; an event it names with no date, or with several
dates, places nothing.
"""

from __future__ import annotations

import datetime as dt
import re

from crossbrief.analyze.timex.shift import shift_day
from crossbrief.analyze.timex.words import number
from crossbrief.model import AnalyzedArticle, TimeExpr

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
# A hedge before the count ("about two days before"): no exact day.
_HEDGE = re.compile(
    r"\b(?:about|around|nearly|almost|some|roughly|approximately|over|under|within|"
    r"more\s+than|less\s+than|at\s+least|up\s+to)\s+$",
    re.I,
)
# Between an event's words and the date that dates it in the same sentence ("the vote on
# March 3"); after a comma the date is the sentence's own event's ("a day after the vote,
# on March 9, the mayor quit": the quitting's day).
_TO_DATE = re.compile(r"\s+(?:on|of)\s+", re.I)
# The first letters two forms of one word share ("election", "elected"; "vote", "voted").
_STEM = 5
_DAY = re.compile(r"\d{4}-\d\d-\d\d")


def _stem(word: str) -> str:
    return word.lower()[:_STEM]


def _names(sentence: str, words: list[str]) -> bool:
    """Whether a sentence has every one of the event's words, in some form."""
    have = {_stem(w) for w in re.findall(r"[A-Za-z][\w-]*", sentence)}
    return all(_stem(w) in have for w in words)


def _event_day(a: AnalyzedArticle, t: TimeExpr, words: list[str], end: int) -> str | None:
    """The one full date the article gives the event its words name (see the module)."""
    text = a.article.text
    sentence = a.sentence_index(t.start)
    days = {
        o.value
        for o in a.times
        if o.value
        and _DAY.fullmatch(o.value)
        and a.sentence_index(o.start) == sentence
        # in the same sentence, the date must follow the event's words
        and _TO_DATE.fullmatch(text, end, o.start)
    }
    if not days and sentence > 0:
        before = a.sentence_text(sentence - 1)
        if _names(before, words):
            days = {
                o.value
                for o in a.times
                if o.value and _DAY.fullmatch(o.value) and a.sentence_index(o.start) == sentence - 1
            }
    return days.pop() if len(days) == 1 else None


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


def event_offset(a: AnalyzedArticle, t: TimeExpr) -> tuple[str, str, str] | None:
    """(value, expression, anchor) of a unit or count counted from an event the article
    dates ("two days before the storm hit" with the storm's day given: that day less two);
    None for any other time, a hedged or vague count, or an event the article does not
    date to one day."""
    if t.value and (t.type != "DURATION" or t.relative):
        return None  # the analysis placed it: a day of its own
    text = a.article.text
    event = _EVENT.match(text, t.end)
    alone = _UNIT.fullmatch(t.text.strip())
    counted = None if alone else _COUNT.fullmatch(t.text.strip())
    if event is None or (alone is None and counted is None):
        return None
    if _HEDGE.search(text, max(0, t.start - 20), t.start):
        return None
    count = counted.group("count").lower() if counted else "1"
    n = 1 if count in {"a", "an"} else number(count)
    if not n:
        return None  # "a few days", "several weeks": no whole number
    found = alone or counted
    assert found is not None
    unit = found.group("unit").lower().rstrip("s")
    day = _event_day(a, t, event.group("words").split(), event.end())
    if day is None:
        return None
    sign = -1 if event.group("side").lower() == "before" else 1
    value = _moved(dt.date.fromisoformat(day), unit, sign * n, alone is not None)
    if value is None:
        return None
    return value, text[t.start : event.end()], day
