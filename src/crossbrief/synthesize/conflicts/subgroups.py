"""The part of a population a figure is of: "among Democrats", "among voters 45 and older".

A poll's or a vote's figure told "among" some group is that group's figure, not the whole
population's: "Among Democrats alone, Clinton leads 49 percent to 41 percent" and "Clinton
leads, 59 percent to 28 percent, among voters 45 and older" are two quantities, as are a
group's figure and the whole's. The group is read where a sentence puts it: in the figure's
own clause, fronted at the sentence's start ("Among Democrats alone, ..."), or opening the
clause right after the figure's (", among voters 45 and older"). Its key is the stems of its
content words, so "among Democrats" meets "among Democrats" and no other group.
"""

from __future__ import annotations

import re

from spacy.lang.en.stop_words import STOP_WORDS

from crossbrief.synthesize.conflicts.context import root
from crossbrief.synthesize.text import fold

# "among" and the words of its group, up to a clause break, a dash or a quote
_AMONG = re.compile(r"\bamong\s+([^,;:()\"\u201c\u201d\u2014\u2013.]{1,60})", re.I)
_FRONTED = re.compile(r"\W*among\s+([^,;:()\"\u201c\u201d\u2014\u2013.]{1,60}),", re.I)
_NEXT = re.compile(
    r"\s*(?:,|\u2014|\u2013|\s-)\s*among\s+([^,;:()\"\u201c\u201d\u2014\u2013.]{1,60})", re.I
)
_WORD = re.compile(r"[^\W\d_]+")
# the figures a group's phrase runs into ("among likely voters 47 percent to 43"): not the group
_FIGURES = re.compile(
    r"\s\d[\d.,]*\s*(?:%|percent|per\s+cent|percentage|points?\b|to\s+\d|-\d)", re.I
)
GROUP_WORDS = 4  # content words of a group's key: "likely Democratic primary voters"


def group_key(words: str) -> str:
    """The key of a group as written: the stems of its first content words, in order."""
    words = _FIGURES.split(words, maxsplit=1)[0]
    kept = [w for w in _WORD.findall(fold(words)) if w not in STOP_WORDS]
    return " ".join(root(w) for w in kept[:GROUP_WORDS])


def subgroups(text: str, low: int, high: int, head: int, tail: int) -> frozenset[str]:
    """The groups ("among:democrat") the figure whose clause is ``head``-``tail``, in the
    sentence ``low``-``high``, is told of; empty for a figure of the whole."""
    found = [m.group(1) for m in _AMONG.finditer(text, head, tail)]
    fronted = _FRONTED.match(text, low, high)
    if fronted and fronted.end() <= head:
        found.append(fronted.group(1))
    after = _NEXT.match(text, tail, high)
    if after:
        found.append(after.group(1))
    return frozenset(f"among:{key}" for words in found if (key := group_key(words)))
