"""A time named by a demonstrative past a sentence's opening: "that spring", "that night".

"The weavers struck that spring" tells a spring some earlier sentence named ("In
1988, ..."): read alone, it is no time at all. An opening "On that day" and "later that
month" are ``summary_rules``'s and ``summary_anchors``'s, "the same year" is
``summary_rules.compares_back``'s; this is the rest: "that"/"those" and a unit of time
anywhere past the opening, outside quotations. A year, a month or a weekday before it in
the sentence is its anchor there ("In March 1988 ... that spring"), a clause after it says
which ("that spring, when ...", "that day of the vote"), and a "that" after a verb of saying
opens a clause ("said that night flights ..."), no time.
"""

from __future__ import annotations

import re

from crossbrief.synthesize.summary_people import SPEECH
from crossbrief.synthesize.summary_quotes import QUOTED
from crossbrief.synthesize.summary_words import may_hold

_UNIT = (
    r"(?:day|night|morning|afternoon|evening|week|weekend|month|year|spring|summer|autumn|"
    r"fall|winter|season)"
)
_TOLD = re.compile(
    r"(?<!^)\b(?:that|those)\s+(?:same\s+)?" + _UNIT + r"s?\b"
    # a clause or an "of" phrase after it says which: "that spring, when ...", "that day of"
    r"(?!['\u2019])(?!\s*,?\s+(?:when|in\s+which|of|after|before)\b)",
    re.I,
)
_TOLD_WORDS = frozenset(["that", "those"])
# what anchors it earlier in its own sentence: a year, a month, a weekday
_ANCHOR = re.compile(
    r"\b(?:\d{4}|January|February|March|April|May|June|July|August|September|October"
    r"|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Monday|Tuesday"
    r"|Wednesday|Thursday|Friday|Saturday|Sunday)\b"
)
# a verb of saying right before "that": a complement clause opens ("said that night ...")
_SAID = re.compile(r"\b" + SPEECH + r"\s+$", re.I)


def told_time(text: str) -> bool:
    """True when ``text``, outside its quotations and past its first word, names a time by
    "that" or "those" ("that spring", "those weeks", "that same day") that nothing in the
    sentence before it anchors (a year, a month, a weekday) and no clause after it says
    ("that spring, when ..."): the time was told in an earlier sentence."""
    if not may_hold(text, _TOLD_WORDS):
        return False
    plain = QUOTED.sub(" ", text).lstrip("\"'\u201c\u2018`( ")
    for m in _TOLD.finditer(plain):
        head = plain[: m.start()]
        if _SAID.search(head) or _ANCHOR.search(head):
            continue
        return True
    return False
