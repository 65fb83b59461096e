"""The kind a count's noun is narrowed to by a noun right before it.

"Nine league goals" are a part of a player's goals, "71,000 civil service jobs" a part of the
jobs cut: a noun modifying the counted noun names a kind of it, so a count of that kind is
another quantity than a count of the bare noun or of another kind ("11 goals", "four cup
goals"). Adjectives describe the counted rather than narrowing them ("62 innocent people",
"30,000 displaced refugees") and name no kind; without a parse they are told by their
endings and a short list, and a word that may be either is taken as an adjective, so a kind
is only read where it is plainly a noun.
"""

from __future__ import annotations

import re

from spacy.lang.en.stop_words import STOP_WORDS

from crossbrief.synthesize.conflicts.context import root
from crossbrief.synthesize.text import fold

# one or two lower-case words between a figure and its counted noun ("nine league goals"):
# one static pattern, the noun compared after it (a pattern per noun defeats re's cache)
_BETWEEN = re.compile(r"[\s-]+([a-z][a-z-]*\s+)([a-z][a-z-]*\s+)?")
# endings of adjectives and participles ("armed", "wounded", "missing", "national", ...)
_ADJECTIVE = re.compile(
    r"(?:ed|ing|al|ous|ive|ic|ful|less|able|ible|ary|ory|ant|ent|ish|ese|ian|an|est|er|ly|y)$"
)
_DESCRIBING = frozenset(
    {
        "other", "more", "new", "old", "young", "small", "large", "big", "many", "few", "top",
        "extra", "key", "major", "minor", "full", "whole", "first", "last", "next", "same",
        "total", "further", "own", "past", "rival", "fellow", "separate", "single", "double",
        "main", "known", "unknown", "sick", "dead", "ill", "free", "open", "short", "long",
        "high", "low", "hot", "cold", "poor", "rich", "black", "white", "red", "blue", "green",
        "front", "back", "home", "away", "straight", "consecutive", "successive", "distinct",
        "odd", "even", "net", "gross", "per", "plus", "minus",
        "civil", "senior", "junior", "joint", "bright", "idle", "firm", "held", "hit", "public",
        "private", "foreign", "royal", "human", "general", "real", "true", "false", "fresh",
        "stolen", "broken", "frozen", "hidden", "fallen", "taken", "given", "chosen", "beaten",
    }
)  # fmt: skip


def kind(text: str, end: int, unit: str) -> str:
    """The stem of the noun narrowing the counted noun ``unit`` of the figure ending at
    ``end`` ("leagu" for "nine league goals"), or "" when none stands before it."""
    if not unit or not unit.isalpha():
        return ""
    after = text[end : end + 80]
    found = _BETWEEN.match(after)
    if not found:
        return ""
    # the noun after both words, else after the first (as a {1,2} repeat would backtrack)
    stops = [found.end(2), found.end(1)] if found.group(2) else [found.end(1)]
    stop = next((k for k in stops if _follows(after, k, unit)), None)
    if stop is None:
        return ""
    word = fold(after[found.start(1) : stop].split()[-1])
    # (a hyphenated word, "trouble-free", "anti-war", is most often an adjective)
    plain = word.isalpha() and len(word) > 2
    if not plain or word in STOP_WORDS or word in _DESCRIBING or _ADJECTIVE.search(word):
        return ""
    return root(word)


def _follows(text: str, at: int, unit: str) -> bool:
    """Whether the word ``unit`` stands whole at ``at`` of ``text``."""
    stop = at + len(unit)
    return text.startswith(unit, at) and (
        stop == len(text) or not (text[stop].isalnum() or text[stop] == "_")
    )
