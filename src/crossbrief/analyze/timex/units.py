"""A number of units ("three days", "two weeks ago") and a unit shifted ("last week")."""

from __future__ import annotations

import re

from crossbrief.analyze.timex.patterns import NUMWORD
from crossbrief.analyze.timex.words import UNITS, VAGUE, number

# The first count of a range, "12 to" in "12 to 18 months".
_RANGE_BEFORE = re.compile(rf"(?:\d+|\b(?:{NUMWORD}))\s*(?:to|or|-|–)\s*$")


def shifted_unit(mod: str, unit: str, tense: int) -> tuple[str, str | None, str | None]:
    """(type, value, relative) of a unit with a modifier: "last week", "the past day"."""
    if mod == "past" and unit not in {"weekend", "week", "month", "year"}:
        letter, _, mult = UNITS.get(unit, ("X", False, 1))
        return "DURATION", f"P{mult}{letter}" if unit != "period" else None, None
    shift = {
        "last": -1,
        "past": -1,
        "previous": -1,
        "prior": -1,
        "next": 1,
        "coming": 1,
        "following": 1,
    }.get(mod, 0)
    if unit == "day":
        return "DATE", None, (f"D:{shift}" if mod != "the" and mod != "same" else None)
    if unit == "weekend":
        if shift:
            return "DATE", None, f"WE:{shift}"
        return "DATE", None, f"WE:0:{tense}"
    if unit == "quarter":
        return "DATE", None, f"QS:{shift}"
    if unit == "period":
        return "DATE", None, None
    if unit == "decade":
        return "DATE", None, f"DE:{shift}"
    if unit == "century":
        return "DATE", None, f"C:{shift}"
    code = {"week": "WK", "month": "M", "year": "Y"}[unit]
    return "DATE", None, f"{code}:{shift}"


def duration(t: str, m: re.Match[str]) -> tuple[str, str | None, str | None]:
    """(type, value, relative) of a count of units matched by ``DURATION``: "three days"
    is P3D, "two weeks ago" a date 14 days back, "several years" PXY."""
    n_text, unit, ago = m.group(1), m.group(2), (m.group(3) or "").strip()
    unit = "century" if unit == "centurie" else unit
    n_words = [w for w in re.split(r"[\s-]+", n_text) if w != "of"]
    if len(n_words) > 1 and n_words[0] in {"a", "an"}:
        n_words = n_words[1:]  # "a couple of", "a few", "a dozen"
    n_text = " ".join(n_words)
    n: float | None
    if any(w in VAGUE for w in n_words) or _RANGE_BEFORE.search(t[: m.start()]):
        n = None  # "several years", "two to three weeks": the count is not one number
    else:
        try:
            n = float(n_text) if "." in n_text else number(n_text)
        except ValueError:
            n = None
    if n is not None and "and a half" in n_text:
        n += 0.5
    letter, clock, mult = UNITS[unit]
    if ago in {"ago", "earlier", "before"} and n is not None and n == int(n) and not clock:
        k = int(n) * mult
        if unit in {"day", "night"}:
            return "DATE", None, f"D:{-k}"
        if unit in {"week", "fortnight"}:
            return "DATE", None, f"D:{-7 * k}"
        if unit == "month":
            return "DATE", None, f"M:{-k}"
        if unit == "quarter":
            return "DATE", None, f"QS:{-k}"
        return "DATE", None, f"Y:{-k}"
    if ago in {"ago", "earlier", "before"}:
        return "DATE", "PAST_REF", None
    if ago in {"from now", "hence"}:
        return "DATE", "FUTURE_REF", None
    if n is None:
        amount = "X"
    else:
        total = n * mult
        amount = str(int(total)) if total == int(total) else str(total)
    return "DURATION", ("PT" if clock else "P") + amount + letter, None
