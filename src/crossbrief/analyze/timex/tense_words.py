"""Words by which a clause looks ahead: verbs of intent and of arrangement."""

from __future__ import annotations

# Verbs of intent in the present ("plans to"); with the arranged and the likely below, a
# future.
INTENDS = {"plans", "plan", "intends", "intend", "aims", "aim", "hopes", "hope"}
FUTURE_VERBS = INTENDS | {
    "expected", "scheduled", "due", "set", "going", "slated", "poised", "planning", "likely",
    "unlikely", "supposed",
}  # fmt: skip
# Participles of an arrangement: in the present passive ("is planned for Sunday") what they
# arrange is still to come.
ARRANGED_AHEAD = {"expected", "scheduled", "planned", "set", "slated", "due"}
