"""When two outlets' quotes are one remark, read on their compared words (``quote_key``).

Outlets trim a remark ("... until May" for "... from the old pier until May"), spell a word
their own way ("centre", "center") or drop one; such quotes are one remark when the shorter
one's words, all but at most one in ten and spelling aside, appear in order in a stretch of
the longer one no more than twice its length. A remark that only shares a phrase with
another falls short of that, and one with a word in another's place ("Monday", "Tuesday")
is another wording. Words a longer quote holds inside its own inner quote marks ('she told us "the pier
will close"') are that speaker quoting someone, not the same remark by the same mouth. Only
words in quote marks are compared so loosely: reported speech keeps exact containment.
"""

from __future__ import annotations

import re
from difflib import SequenceMatcher

NEAR = 0.9  # share of the shorter quote's words found in order in the longer one
SPELLING = 0.75  # share of letters two spellings of one word have in common
_SPREAD = 2  # the longer one's stretch holding them, in multiples of the shorter's length
# An inner quote mark: any double mark, or a single one neither between two letters nor
# after an "s" before a space or a stop (both apostrophes: "they'll", "the boats' crews").
_INNER_MARK = re.compile(
    r"``|''|[\"\u201c\u201d\u2018]|(?<![^\W\d_])['\u2019]|(?<![sS])['\u2019](?![^\W\d_])"
)


def near_same(short: list[str], long: list[str]) -> bool:
    """Whether the words ``short`` (a compared quote, split) are in ``long`` in order within a
    stretch at most twice their length, but for at most one in ten left out and words
    spelled another way; a word put in another's place is another wording."""
    if not short or len(short) > len(long):
        return False
    matched, first, last = 0, None, 0
    for tag, i1, i2, j1, j2 in SequenceMatcher(None, short, long, autojunk=False).get_opcodes():
        if tag == "replace" and not all(
            any(_spelling(w, v) for v in long[j1:j2]) for w in short[i1:i2]
        ):
            return False
        if tag in ("equal", "replace"):
            matched += i2 - i1
            first = j1 if first is None else first
            last = j2
    if first is None or matched < NEAR * len(short):
        return False
    return last - first <= _SPREAD * len(short)


def _spelling(a: str, b: str) -> bool:
    """One word spelled two ways ("centre", "center"; "offence", "offense")."""
    return min(len(a), len(b)) >= 4 and SequenceMatcher(None, a, b).ratio() >= SPELLING


def inner_quotes(text: str) -> list[str]:
    """The stretches of a quote's text inside its own inner quote marks (every other piece
    between marks, from the first mark on)."""
    return _INNER_MARK.split(text)[1::2]
