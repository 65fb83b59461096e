"""The days a summary candidate tells of, so two reports of one day's event are told once.

The summary keeps out the second of two sentences from different articles that tell one
event in other words: sharing weighted bigrams and a day (``summary.same_event``). An
article no date places gives its days without a year ("on Sept. 2", "XXXX-09-02") or as a
weekday of no known week ("on Friday", "XXXX-WXX-5"), so a day is matched as far as both
sides give it: two full dates by equality, a year-less day with another's month and day,
a weekday of no known week only with another such weekday told in the same direction (of
one story's undated reports, the same weekday most likely names one day; a dated report's
weekday is a date; "voted on Tuesday" and "will vote on Tuesday" are two Tuesdays, so a
weekday keeps its tense, "XXXX-WXX-2@past", and one of no known tense matches either).
"""

from __future__ import annotations

import itertools
import re

from spacy.lang.en.stop_words import STOP_WORDS

from crossbrief.synthesize.story import Story
from crossbrief.synthesize.text import stem, tokens
from crossbrief.synthesize.timeline_values import weekday, yearless

_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")
_YEARLESS = re.compile(r"XXXX-\d{2}-\d{2}")
# The direction of a weekday's relative form ("W:1:-1"): gone, to come, or not known.
_DIRECTION = {"-1": "@past", "1": "@future"}


def event_days(story: Story, i: int) -> set[str]:
    """The days sentence ``i``'s time expressions name: full dates ("1998-09-02"), and for
    an article no date places, year-less days ("XXXX-09-02") and weekdays of no known week
    with their tense when told ("XXXX-WXX-5@past")."""
    s = story.sentences[i]
    days: set[str] = set()
    for t in story.by_id[s.article].times:
        if not s.start <= t.start < s.end:
            continue
        if t.value and _DAY.fullmatch(t.value):
            days.add(t.value)
        elif t.value is None and t.relative:
            day = yearless(t.relative)
            if day is None and (day := weekday(t.relative)):
                day += _DIRECTION.get(t.relative.split("@")[0].split(":")[-1], "")
            if day:
                days.add(day)
    return days


def share_a_day(a: set[str], b: set[str]) -> bool:
    """Whether two sentences' ``event_days`` name one day: a full date both give, a
    year-less day the other gives with or without its year, or one weekday of no known
    week in one direction (or no known direction on one side)."""
    if a & b:
        return True
    # a weekday of no known tense against one told either way
    if {d.split("@")[0] for d in a if "@" in d} & b or {d.split("@")[0] for d in b if "@" in d} & a:
        return True
    # a year-less day against a full date's month and day
    yearless_a = {d[4:] for d in a if _YEARLESS.fullmatch(d)}
    yearless_b = {d[4:] for d in b if _YEARLESS.fullmatch(d)}
    full_a = {d[4:] for d in a if _DAY.fullmatch(d)}
    full_b = {d[4:] for d in b if _DAY.fullmatch(d)}
    return bool(yearless_a & full_b or yearless_b & full_a)


def central_words(weights: dict[str, float]) -> set[str]:
    """The story's central words: its bigrams of content words (no stop word) of the
    greatest weight, the words most reports carry, in their leads above all. Two reports of
    one day that name them as the place tell the day's main event (``place_words``)."""
    top = 0.0
    central: set[str] = set()
    for c, w in weights.items():
        if " " not in c or any(part in STOP_WORDS for part in c.split()):
            continue
        if w > top:
            top, central = w, {c}
        elif w == top:
            central.add(c)
    return central


# Mention types of a place: where an event happened.
_PLACES = frozenset({"GPE", "LOC", "FAC"})


def place_words(story: Story, i: int) -> set[str]:
    """The stemmed word bigrams of the places sentence ``i`` names ("st petersburg" of "in
    St. Petersburg"): one day and one place are one event, where one day and one title
    ("prime minister") or one person may be two."""
    s = story.sentences[i]
    out: set[str] = set()
    for m in story.by_id[s.article].mentions:
        if m.type in _PLACES and s.start <= m.start < s.end:
            words = [stem(w) for w in tokens(m.text)]
            out.update(f"{a} {b}" for a, b in itertools.pairwise(words))
    return out
