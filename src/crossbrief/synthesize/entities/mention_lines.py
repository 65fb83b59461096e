"""The shape of the line a mention stands on: a headline in title case, a dateline's place
in capitals, a span opening its line."""

from __future__ import annotations

import re
from functools import lru_cache

from crossbrief.synthesize.entities.vocabulary import HEADLINE_CAPS, HEADLINE_SMALL


# A sentence's mentions ask of it one after another: cached.
@lru_cache(maxsize=1 << 12)
def is_title_case(sentence: str) -> bool:
    """Whether a line is a title-case or all-capitals headline ("AMD Buys SeaMicro"); a
    sentence ending in a full stop is running text, however many names it holds."""
    if sentence.rstrip(" \"'\u201d\u2019").endswith("."):
        return False
    words = [w for w in re.findall(r"[A-Za-z][\w'\u2019\-]*", sentence)]
    words = [w for w in words if w.lower() not in HEADLINE_SMALL]
    if len(words) < 3:
        return False
    return sum(1 for w in words if w[0].isupper()) >= HEADLINE_CAPS * len(words)


# What follows a dateline's place: a bracketed credit, a comma before a state, or a dash.
DATELINE_MARK = re.compile(r"[ \t]*(?:\(|,|-|\u2013|\u2014)")


def opens_line(body: str, start: int) -> bool:
    """Whether a span starts its line."""
    return not body[body.rfind("\n", 0, start) + 1 : start].strip()


def is_dateline(body: str, start: int, text: str) -> bool:
    """Whether a mention is a dateline: a name in capitals opening a line ("WASHINGTON --"),
    where the reporter filed from, a city and never its government."""
    line_start = body.rfind("\n", 0, start) + 1
    return text.isupper() and len(text) > 2 and not body[line_start:start].strip()
