"""Times of invented text written on a Wednesday: from it the nearest Sunday and Monday are
gone (three and two days back, four and five ahead), so which one a weekday gets tells which
way it was counted."""

from __future__ import annotations

from typing import Any

from crossbrief.model import TimeExpr
from tests.analyze.times_found import times_in

WEDNESDAY = "2031-04-23"
SUNDAY_GONE, SUNDAY_AHEAD = "2031-04-20", "2031-04-27"
MONDAY_GONE, MONDAY_AHEAD = "2031-04-21", "2031-04-28"


def times_of(nlp: Any, text: str) -> dict[str, TimeExpr]:
    """The time expressions of ``text`` as written on ``WEDNESDAY``, by their text."""
    return {t.text: t for t in times_in(nlp, text, WEDNESDAY)}
