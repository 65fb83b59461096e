"""Signs in a parse that a time's event is over when it is told: the object of "since" (the
day a state began) and a definite outcome doing something ("the results on Sunday will
change the race": the outcome is in). Used by ``tense``."""

from __future__ import annotations

from typing import Any

from crossbrief.analyze.timex.governors import tells_tense


def since_object(token: Any) -> bool:
    """Whether a time is, or belongs to the event that is, the object of "since" ("since
    Thursday", "since the shooting on Thursday"): the day a state began, always before the
    telling."""
    while token.dep_ != "ROOT" and not tells_tense(token):
        if token.dep_ == "pobj" and token.head.lower_ == "since":
            return True
        token = token.head
    return False


# Nouns of an outcome: known only once the event is over.
_OUTCOMES = {
    "victory", "victories", "win", "wins", "defeat", "defeats", "loss", "losses", "result",
    "results", "landslide", "triumph", "sweep", "returns", "verdict", "outcome",
}  # fmt: skip


def known_outcome(noun: Any) -> bool:
    """Whether a noun names a definite outcome doing something: the active subject of its
    verb, with a possessive or "the" ("her wins", "the results"), not "a win"."""
    return bool(
        noun.lower_ in _OUTCOMES
        and noun.dep_ == "nsubj"
        and any(
            c.dep_ == "poss" or (c.dep_ == "det" and c.lower_ in {"the", "these", "those"})
            for c in noun.children
        )
    )
