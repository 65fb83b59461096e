"""Words by which a clause looks ahead: verbs of intent and of arrangement."""

from __future__ import annotations

# Verbs of intent in the present ("plans to"); with the arranged and the likely below, a
# future.
INTENDS = {"plans", "plan", "intends", "intend", "aims", "aim", "hopes", "hope"}
FUTURE_VERBS = INTENDS | {
    "expected", "scheduled", "due", "set", "going", "slated", "poised", "planning", "likely",
    "unlikely", "supposed",
}  # fmt: skip
# Words that put an event on a day ahead in every use ("planned for", "due on", "set for"):
# the one list of scheduling words, which the two lists below widen for the readings that
# use them.
SCHEDULED = frozenset({"planned", "scheduled", "due", "set", "slated"})
# Participles of an arrangement: in the present passive ("is planned for Sunday") what they
# arrange is still to come. "expected" joins them: a present passive of it looks ahead too.
ARRANGED_AHEAD = SCHEDULED | {"expected"}
# Past participles (and simple pasts) of putting an event off to a later day ("has been
# delayed until Monday", "was postponed till Friday"): the day it goes to is the new date,
# after the putting off (``put_off.put_off_tense``).
PUTS_OFF = frozenset(
    {"delayed", "postponed", "deferred", "adjourned", "rescheduled", "pushed", "put", "moved"}
)
# Past forms of fixing a day ahead, for a month-day told in the past ("the vote was set for
# May 10", "was postponed until June 2"): the day they take may still be to come. Wider
# than ``SCHEDULED`` and ``PUTS_OFF``: some also tell an act done on the day ("were called on
# May 10"), which ``month_tense.gone_day`` then leaves unread as gone, a cost it takes for
# the many plans moved or put off; the holiday reading of ``analyze.times`` keeps to
# ``SCHEDULED``.
FIXES_DAY = ARRANGED_AHEAD | PUTS_OFF | {"fixed", "called", "booked", "brought", "targeted"}
