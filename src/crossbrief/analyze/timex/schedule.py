"""A present told of a timetable or a plan: what a named day of its own makes still to come."""

from __future__ import annotations

import re
from typing import Any

from crossbrief.analyze.timex.words import MONTHS, WEEKDAYS

# Present forms of verbs a timetable uses (the pipeline has no lemmatizer): what starts,
# ends, opens, meets or leaves on a named day is scheduled.
_SCHEDULED = {
    "starts", "start", "begins", "begin", "ends", "end", "opens", "open", "closes", "close",
    "resumes", "resume", "finishes", "finish", "meets", "meet", "convenes", "convene",
    "leaves", "leave", "departs", "depart", "arrives", "arrive", "returns", "return",
    "sails", "sail", "flies", "fly", "launches", "launch", "airs", "air", "premieres",
    "premiere", "kicks", "kick", "expires", "expire", "reopens", "reopen", "concludes",
    "conclude", "goes", "go", "takes", "take",
}  # fmt: skip


def scheduled(root: Any, verb: Any) -> bool:
    """Whether a simple present of a verb of a timetable (``_SCHEDULED``) takes a named day
    of its own ("the fair opens Monday", "the season ends on Sunday"): a scheduled event,
    still to come. Not a verb of saying (a headline's "says on Monday") or of a state
    ("needs", "remains"), one with an auxiliary, nor a day of a noun the verb governs ("shows
    Sunday's vote went ...")."""
    if verb.tag_ not in {"VBZ", "VBP"} or verb.lower_ not in _SCHEDULED:
        return False
    if any(c.dep_ in {"aux", "auxpass"} for c in verb.children):
        return False
    if not any(t.lower_ in WEEKDAYS or t.lower_ in MONTHS for t in root.subtree):
        return False  # "remains serious today", "come a week before": no day of a schedule
    return _own_day(root, verb)


def progressive_plan(root: Any, verb: Any) -> bool:
    """Whether a present progressive takes a weekday of its own ("is flying to Orlen on
    Sunday", "the vote is being held Monday"): with a day named, English tells a plan so, a
    day still to come; a day gone needs the past ("was flying"). Read from the tags (the
    pipeline leaves most words without a lemma): a verb in -ing, or a participle after
    "being", with "is", "are" or "am" (not "have been"). Not a day of a noun the verb
    governs ("are still celebrating Sunday's win"), nor one after an object naming an event
    (``_EVENT_NOUN``)."""
    aux = [c for c in verb.children if c.dep_ in {"aux", "auxpass"}]
    # "have been marking": a perfect ("been") tells what went on, no plan.
    if not any(a.tag_ in {"VBZ", "VBP"} for a in aux) or any(a.tag_ == "VBN" for a in aux):
        return False
    if verb.tag_ != "VBG" and not (verb.tag_ == "VBN" and any(a.tag_ == "VBG" for a in aux)):
        return False
    if not any(t.lower_ in WEEKDAYS for t in root.subtree):
        return False
    if any(c.dep_ == "dobj" and _event_noun(c.lower_) for c in verb.children):
        # "are investigating a shooting on Sunday": the day may be the event's, over.
        return False
    return _own_day(root, verb)


# A noun made from a verb names an event that a day after it may date ("a shooting", "an
# election", "the explosion"): the parser cannot tell whether the day is the verb's or its.
_EVENT_NOUN = re.compile(r"(?:ing|tion|sion)s?$")
# Nouns of news events that are no such derivation: what is investigated, mourned or
# cleared up after it happened ("are investigating the crash on Sunday": Sunday gone).
_PLAIN_EVENTS = """crash death fire blaze attack blast quake earthquake flood storm collapse raid riot
    murder assault accident incident collision disappearance crime outbreak spill leak
    sinking fall loss defeat win victory rampage massacre ambush clash"""
_PLAIN_EVENT_NOUNS = frozenset(_PLAIN_EVENTS.split())


def _event_noun(word: str) -> bool:
    """Whether an object's head word names an event a day after it may date."""
    singular = word[:-1] if word.endswith("s") and not word.endswith("ss") else word
    return bool(_EVENT_NOUN.search(word)) or singular in _PLAIN_EVENT_NOUNS


def _own_day(root: Any, verb: Any) -> bool:
    """Whether a time hangs off ``verb`` itself: bare ("meets Monday") or after "on"/"at"."""
    if root.dep_ in {"npadvmod", "tmod"}:
        return bool(root.head.i == verb.i)
    return bool(
        root.dep_ == "pobj" and root.head.lower_ in {"on", "at"} and root.head.head.i == verb.i
    )
