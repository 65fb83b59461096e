"""A present told of a timetable or a plan: what a named day of its own makes still to come."""

from __future__ import annotations

import re
from typing import Any

from crossbrief.analyze.timex.words import MONTHS, WEEKDAYS

# Present forms of verbs a timetable uses (the pipeline has no lemmatizer): what starts,
# ends, opens, meets or leaves on a named day is scheduled. Not the scheduling words of
# ``tense_words.SCHEDULED`` ("planned", "set for"): those name the fixing of a day, these
# the events a timetable lists, whose simple present alone makes the day one ahead.
_TIMETABLE = {
    "starts", "start", "begins", "begin", "ends", "end", "opens", "open", "closes", "close",
    "resumes", "resume", "finishes", "finish", "meets", "meet", "convenes", "convene",
    "leaves", "leave", "departs", "depart", "arrives", "arrive", "returns", "return",
    "sails", "sail", "flies", "fly", "launches", "launch", "airs", "air", "premieres",
    "premiere", "kicks", "kick", "expires", "expire", "reopens", "reopen", "concludes",
    "conclude", "goes", "go", "takes", "take",
    # a fixture: who plays, hosts, visits or faces whom on a named day
    "plays", "play", "hosts", "host", "visits", "visit", "faces", "face",
}  # fmt: skip


def scheduled(root: Any, verb: Any) -> bool:
    """Whether a simple present of a verb of a timetable (``_TIMETABLE``) takes a named day
    of its own ("the fair opens Monday", "the season ends on Sunday"): a scheduled event,
    still to come. Not a verb of saying (a headline's "says on Monday") or of a state
    ("needs", "remains"), one with an auxiliary, nor a day of a noun the verb governs ("shows
    Sunday's vote went ...")."""
    if not _present_form(verb) or verb.lower_ not in _TIMETABLE:
        return False
    if any(c.dep_ in {"aux", "auxpass"} for c in verb.children):
        return False
    if not any(t.lower_ in WEEKDAYS or t.lower_ in MONTHS for t in root.subtree):
        return False  # "remains serious today", "come a week before": no day of a schedule
    return _own_day(root, verb)


def _present_form(verb: Any) -> bool:
    """Whether a word is a simple present: tagged so, or a base or noun form the tagger gave
    a word with a subject of its own ("The Owls (11-5) face ..." read as a noun): with a
    subject it heads a clause, and a bare form heading one is a present."""
    if verb.tag_ in {"VBZ", "VBP"}:
        return True
    return verb.tag_ in {"NN", "NNS", "VB"} and any(c.dep_ == "nsubj" for c in verb.children)


def progressive_plan(root: Any, verb: Any) -> bool:
    """Whether a present progressive takes a weekday of its own ("is flying to Orlen on
    Sunday", "the vote is being held Monday"): with a day named, English tells a plan so, a
    day still to come; a day gone needs the past ("was flying"). Read from the tags (the
    pipeline leaves most words without a lemma): a verb in -ing, or a participle after
    "being", with "is", "are" or "am" (not "have been"). Not a day of a noun the verb
    governs ("are still celebrating Sunday's win"), nor one after an object or a preposition's
    object naming an event (``_EVENT_NOUN``)."""
    aux = [c for c in verb.children if c.dep_ in {"aux", "auxpass"}]
    # "have been marking": a perfect ("been") tells what went on, no plan.
    if not any(a.tag_ in {"VBZ", "VBP"} for a in aux) or any(a.tag_ == "VBN" for a in aux):
        return False
    if verb.tag_ != "VBG" and not (verb.tag_ == "VBN" and any(a.tag_ == "VBG" for a in aux)):
        return False
    if not any(t.lower_ in WEEKDAYS for t in root.subtree):
        return False
    if any(
        t.dep_ in {"dobj", "pobj"} and t.i < root.i and _event_noun(t.lower_) for t in verb.subtree
    ):
        # "are investigating a shooting on Sunday", "are questioning two men about the fire
        # on Sunday": the day may be the event's, over, wherever the parser hangs it.
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


# Present forms of "plan" (no lemmatizer): what is planned now for a day, or with a day of
# its own, happens on that day, after the telling. A plan told in the past ("planned",
# "was planning") may be over or still to come, as "was scheduled to" is read: neither way.
_PLANS = {"plan", "plans", "planning"}
_PRESENT_BE = {"is", "are", "am", "'s", "'re", "'m"}
# Passive participles of holding an event: "the vote, to be held on Monday".
_HELD = {"held", "played", "staged", "heard", "run", "fought", "opened", "signed"}


def planned_day(root: Any) -> bool:
    """Whether a time is the day of a plan told in the present, still to come: a bare day
    of a present "plan" ("plan a march Monday"), or one after "for", "on" or "at" (also
    when the day hangs off its object, "plan a march on Monday"; "are planning a vote for
    Monday"); or the day of an infinitive passive of holding ("the vote, to be held on
    Monday"). Not a plan told in the past ("planned a vote for Monday", "was planning it
    on Monday"), nor a participle of a noun ("a service planned for Monday was called off")."""
    if root.dep_ in {"npadvmod", "tmod"}:
        return _present_plan(root.head)
    if root.dep_ != "pobj" or root.head.lower_ not in {"for", "on", "at"}:
        return False
    verb = root.head.head
    if verb.dep_ == "dobj":
        verb = verb.head  # "plan a march on Monday": the march's day, planned
    if _present_plan(verb):
        return True
    aux = {c.lower_ for c in verb.children if c.dep_ in {"aux", "auxpass"}}
    return verb.lower_ in _HELD and verb.tag_ == "VBN" and {"to", "be"} <= aux


def _present_plan(verb: Any) -> bool:
    """Whether ``verb`` is a present form of "plan": "plan(s)" with no auxiliary (the tagger
    may read it as a base form), or "planning" after "is"/"are"/"am"."""
    if verb.lower_ not in _PLANS or verb.dep_ in {"acl", "amod"}:
        return False
    aux = {c.lower_ for c in verb.children if c.dep_ in {"aux", "auxpass"}}
    if verb.lower_ == "planning":
        return bool(aux) and aux <= _PRESENT_BE
    return verb.tag_ in {"VBZ", "VBP", "VB"} and not aux
