"""The days a summary candidate tells of, so two reports of one day's event are told once.

The summary keeps out the second of two sentences from different articles that tell one
event in other words: sharing weighted bigrams and a day (``same_event``). An
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
from collections.abc import Sequence

import numpy as np
from spacy.lang.en.stop_words import STOP_WORDS

from crossbrief.synthesize.story import Story
from crossbrief.synthesize.text import stem, tokens
from crossbrief.synthesize.timeline_values import weekday, yearless

# Bigrams of content words two sentences must share to tell one event (``same_event``).
EVENT_SHARED_BIGRAMS = 2
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


def same_event(
    story: Story, chosen: Sequence[int], concepts: Sequence[set[str]], weights: dict[str, float]
) -> np.ndarray:
    """Which pairs of the ``chosen`` sentences tell one event in other words: from different
    articles, dated to the same day (as far as both give it, "Sept. 2" in an undated
    report: ``summary_days``), sharing ``EVENT_SHARED_BIGRAMS`` weighted bigrams of content
    words ("ran aground", "coast guard"); "a grain carrier with 23 sailors ran aground on
    Saturday" and "the ship ran aground on Saturday with 21 crew members". One shared
    bigram is enough when it is the story's central words (``central_words``), other than
    a place, and both name one place (``place_words``): short wire sentences tell the day's
    main event in words of their own ("a ferry captain was stabbed on Friday in Port Avel",
    "the ferry captain died of his wounds on Friday evening in Port Avel"); one town's name
    shared is no event of its own (a strike and a stabbing there that day are two)."""
    sents = story.sentences
    days = [event_days(story, i) for i in chosen]
    # a bigram recurs across sentences: whether it is of content words is asked once
    of_content: dict[str, bool] = {}
    for c in {c for i in chosen for c in concepts[i]}:
        of_content[c] = " " in c and c in weights and not any(w in STOP_WORDS for w in c.split())
    content = [{c for c in concepts[i] if of_content[c]} for i in chosen]
    central = central_words(weights)
    # once a candidate, not once a pair: each call reads all its article's mentions
    places = [place_words(story, i) for i in chosen]
    articles = [sents[i].article for i in chosen]
    out = np.zeros((len(chosen), len(chosen)), dtype=bool)
    # the cheap tests first: most pairs share no bigram at all, and so need neither the
    # count, the places nor their days compared
    for x, y in itertools.combinations(range(len(chosen)), 2):
        if (
            (shared := content[x] & content[y])
            and articles[x] != articles[y]
            and (
                len(shared) >= EVENT_SHARED_BIGRAMS
                or bool((shared & central) - places[x] - places[y] and places[x] & places[y])
            )
            and share_a_day(days[x], days[y])
        ):
            out[x, y] = out[y, x] = True
    return out
