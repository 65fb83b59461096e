"""A present told of a timetable: what a named day of its own makes still to come."""

from __future__ import annotations

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
    if root.dep_ in {"npadvmod", "tmod"}:
        return bool(root.head.i == verb.i)
    return bool(
        root.dep_ == "pobj" and root.head.lower_ in {"on", "at"} and root.head.head.i == verb.i
    )
