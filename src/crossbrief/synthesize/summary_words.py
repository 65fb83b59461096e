"""A cheap first test for the summary rules' patterns: the words a sentence holds.

The readability rules (``summary_rules``, ``summary_anchors``, ``summary_shells``) search
every candidate sentence with case-blind patterns built around a few key words ("he",
"another", "later", "the claim"). Tried at every position of a sentence, such a pattern
costs far more than a look at which words the sentence holds, and most sentences hold none
of a rule's key words. So a rule first asks ``may_hold`` whether any of its key words is in
the sentence at all, and reads it with its pattern only if one is.

The words are the runs of letters of the lower-cased text, computed once per sentence and
shared by all the rules. A pattern's key word standing between non-letters (a space, a mark,
a ``\\b`` at a word's edge) is such a run. Only ASCII text is read this way: ignoring case,
Python's patterns also match other letters ("\u017f" for "s", the Kelvin sign for "k"), which
lower-casing does not map to the ASCII letters.
"""

from __future__ import annotations

import re
from collections.abc import Set
from functools import lru_cache

_LETTERS = re.compile(r"[a-z]+")


@lru_cache(maxsize=1 << 13)
def ascii_words(text: str) -> frozenset[str] | None:
    """The runs of letters of ``text`` lower-cased ("Mr Lee's" -> "mr", "lee", "s"); None
    when ``text`` is not ASCII (cached: several rules ask of each sentence)."""
    if not text.isascii():
        return None
    return frozenset(_LETTERS.findall(text.lower()))


def may_hold(text: str, words: Set[str]) -> bool:
    """False when ``text`` is ASCII and none of ``words`` (lower case, letters only) is a run
    of letters in it: no pattern needing one of them as a whole word can match ``text``, nor
    the text with spaces in place of parts opening and closing on a non-letter (its
    quotations: ``QUOTED.sub(" ", text)`` splits no run and joins none)."""
    found = ascii_words(text)
    return found is None or not found.isdisjoint(words)
