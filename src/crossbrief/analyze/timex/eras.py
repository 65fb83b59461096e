"""Decades and centuries as TIMEX3 dates: "the 1990s" is 199, "the 20th century" 19."""

from __future__ import annotations

from crossbrief.analyze.timex.anaphoric import Reading
from crossbrief.analyze.timex.patterns import CENTURY, DECADE, DECADE_WORD


def era(t: str, tense: int) -> Reading | None:
    """Decades and centuries: "the 1990s" is 199, "the 20th century" 19."""
    m = DECADE.search(t)
    if m:
        if m.group(3):
            return "DATE", f"19{m.group(3)}", None
        return "DATE", f"{m.group(1)}{m.group(2)}", None
    m = DECADE_WORD.search(t)
    if m:
        digit = ["twenties", "thirties", "forties", "fifties", "sixties", "seventies",
                 "eighties", "nineties"].index(m.group(1)) + 2  # fmt: skip
        return "DATE", f"19{digit}", None
    m = CENTURY.search(t)
    if m:
        return "DATE", f"{int(m.group(1)) - 1:02d}", None
    return None
