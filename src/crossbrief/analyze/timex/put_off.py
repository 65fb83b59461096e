"""The day a thing is put off to ("delayed until Monday", "pushed back to Friday"): the new
date, which the report tells as still to come, whatever the tense of the putting off."""

from __future__ import annotations

from typing import Any

from crossbrief.analyze.timex.tense_words import PUTS_OFF
from crossbrief.analyze.timex.words import WEEKDAYS

# Auxiliaries of a putting off told as over before a past time ("had been delayed until
# Monday", "would have been delayed"): the day it went to may be gone too.
_PERFECT = {"had", "have", "'ve", "’ve"}


def putting_off(root: Any) -> Any | None:
    """The verb of putting off a time is the new day of ("delayed until Monday", "pushed
    back to Monday", "put off till Friday"): the head of the "until"/"till"/"to" the time is
    the object of, or None."""
    prep = root.head
    if root.dep_ != "pobj" or prep.lower_ not in {"until", "till", "to"}:
        return None
    verb = prep.head.head if prep.head.lower_ in {"back", "off"} else prep.head
    return verb if verb.lower_ in PUTS_OFF else None


def put_off_tense(span: Any, tense: int) -> int | None:
    """The tense of a time a thing is put off to, where it differs from its clause's
    ``tense``, else None. Put off now ("has been delayed until Monday", read as a present
    state, 0) the day is ahead (+1). Put off in the simple past ("was delayed until
    Monday", "postponed the vote till Friday") the decision is over, not the day it went to:
    a weekday, which a report names only within a week of it, is still ahead (+1); a
    month-day or a month may be looked back on ("was postponed until May 10", written in
    June) and is the nearest (0). A past or conditional perfect ("had been delayed",
    "would have been") keeps the past."""
    verb = putting_off(span.root)
    if verb is None or tense > 0:
        return None
    if tense == 0:
        return 1
    aux = [c.lower_ for c in verb.children if c.dep_ in {"aux", "auxpass"}]
    if any(a in _PERFECT for a in aux):
        return None
    return 1 if any(t.lower_ in WEEKDAYS for t in span) else 0
