"""Times read from the one last named ("that year", "the next day", "the quarter") and vague
plurals ("recent years", "the coming months")."""

from __future__ import annotations

import re
from typing import Any

from crossbrief.analyze.timex.patterns import QUARTER, THE_QUARTER, YEAR_AGO

Reading = tuple[str, str | None, str | None]  # (TIMEX3 type, value, relative form)


def anaphoric(t: str, tense: int) -> Reading | None:
    """Times with no date of their own, read from the one last named: "that year", "the
    next day", "the following month", "the quarter", "a year earlier" (see ``normalise``)."""
    if YEAR_AGO.match(t) or t in {"year earlier", "year ago", "a year ago", "a year earlier"}:
        return "DATE", None, "~Q-1|Y:-1"
    m = re.fullmatch(r"(?:the\s+)?((?:1[0-9]|20)\d\d)\s+(?:\w+\s+)?(?:quarter|period)", t)
    if m and not QUARTER.search(t):  # "the 1988 period": the quarter in focus, in 1988
        return "DATE", None, f"~QY{m.group(1)}|={m.group(1)}"
    m = re.fullmatch(
        r"(?:that|the\s+same|the\s+following|the\s+previous|the\s+preceding|the\s+prior)"
        r"\s+year|a\s+year\s+later",
        t,
    )
    if m:  # "that year", "the following year": the year last named
        shift = (
            1 if re.search(r"following|later", t) else -1 if re.search(r"prev|prec|prior", t) else 0
        )
        return "DATE", None, f"~Y{shift}|"
    m = re.fullmatch(
        r"that\s+(?:same\s+)?day|the\s+same\s+day|the\s+(?:next|following)\s+day|"
        r"the\s+(?:previous|preceding)\s+day|the\s+day\s+(?:before|after)|a\s+day\s+"
        r"(?:later|earlier)",
        t,
    )
    if m:  # "the next day": the day last named, plus one
        shift = 1 if re.search(r"next|following|after|later", t) else 0
        shift = -1 if re.search(r"previous|preceding|before|earlier", t) else shift
        return "DATE", None, f"~D{shift}|"
    m = re.fullmatch(
        r"that\s+(?:same\s+)?month|the\s+same\s+month|the\s+(?:following|next|previous|"
        r"preceding|prior)\s+month|a\s+month\s+(?:later|earlier)",
        t,
    )
    if m:  # "the following month": the month last named, plus one
        shift = 1 if re.search(r"following|next|later", t) else 0
        shift = -1 if re.search(r"previous|preceding|prior|earlier", t) else shift
        return "DATE", None, f"~M{shift}|"
    if t == "the day":  # "May 3, the day before the vote": the day in focus
        return "DATE", None, "~D0|"
    if t in {"that quarter", "the same quarter"}:
        return "DATE", None, "~Q0|"
    m = THE_QUARTER.match(t)
    if m:
        # "the quarter" is the one in focus; "the latest quarter" the last one ended.
        return "DATE", None, "~Q0|QS:-1" if m.group(1) is None else "QS:-1"
    if re.fullmatch(r"(?:the\s+)?(?:previous|prior|preceding)\s+(?:fiscal\s+)?quarter", t):
        return "DATE", None, "QS:-1"
    return None


def vague_plural(t: str, tense: int) -> Reading | None:
    """Vague plurals: "recent years" is the past, "the coming months" the future."""
    if re.match(
        r"^(?:recent|the\s+recent)\s+\w+s$",
        t,
    ):
        return "DATE", "PAST_REF", None
    if re.match(
        r"^(?:the\s+)?(?:coming|upcoming|future)\s+\w+s$",
        t,
    ):
        return "DATE", "FUTURE_REF", None
    return None


# Words of a page's stamp around its date ("Posted April 21, 2031", "Last updated ...").
_STAMP_WORDS = {"posted", "updated", "published", "modified", "created", "filed", "dated"}


def in_stamp(span: Any) -> bool:
    """Whether a time is the date of a header line, a stamp or a byline, not of an event
    told: its sentence has no verb besides a stamp's word ("Posted April 21, 2031.",
    "By Ann Lee, April 21, 2031"). "The next day" is then counted from no event of it."""
    sent = span[0].sent
    return not any(
        t.pos_ in {"VERB", "AUX"} and t.lower_ not in _STAMP_WORDS
        for t in sent
        if not span.start <= t.i < span.end
    )


def reports_day(span: Any) -> bool:
    """Whether a time is "the day" itself, with no word of its own ("his first pass of the
    day", "up 2% on the day"): the day the report tells, which a stamp's date gives when no
    event's day was named before it. "That day", "the next day" and "the end of the day"
    count from an event told (or are an idiom), which a stamp is not."""
    return bool(span.text.lower() == "the day")
