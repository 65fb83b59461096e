"""A weekday named as an event's with a possessive ("for Saturday's trip"): it tells that
event's day, not when its sentence's verb happened."""

from __future__ import annotations

from typing import Any

from crossbrief.analyze.timex.words import WEEKDAYS

# Nouns of an event fixed ahead for a day: fixtures, journeys, votes, meetings, shows.
_EVENTS = {
    "match", "matches", "game", "games", "trip", "clash", "tie", "fixture", "final",
    "semi-final", "race", "meeting", "talks", "concert", "visit", "debate", "international",
    "test", "encounter", "showdown", "derby", "opener", "contest", "vote", "election",
    "summit", "conference", "rally", "hearing", "launch", "show", "gig", "ceremony",
}  # fmt: skip
# Prepositions by which a sentence readies for an event ("changes for Saturday's trip").
_FOR = {"for"}


def readied_event_day(span: Any) -> bool:
    """Whether a lone weekday with a possessive names the day of an event a clause gets
    ready for ("has made two changes for Saturday's trip", "was named in the side for
    Sunday's game"): the head noun, through any name words before it ("Sunday's Velmora
    Cup match"), is an event noun after "for". Whatever the tense of the verb, the
    preparing came before the event, which may be gone or ahead: the nearest such day.
    A weekday's event after another preposition ("in Saturday's game") is the verb's own
    and keeps its tense; "for" a noun of an outcome ("fined for Sunday's incident") is
    left too, as its noun is no planned event."""
    if len(span) != 1 or span[0].lower_ not in WEEKDAYS or span.root.dep_ != "poss":
        return False
    noun = span.root.head
    for _ in range(4):  # "Sunday's Velmora Harbour Cup match": up through the name's words
        if noun.dep_ != "compound":
            break
        noun = noun.head
    return bool(noun.lower_ in _EVENTS and noun.dep_ == "pobj" and noun.head.lower_ in _FOR)
