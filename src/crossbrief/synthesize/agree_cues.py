"""Which of ``agree``'s rules a sentence can take part in, told cheaply from its words.

``agree.clash`` reads both sentences of a pair in full (``agree.reading``: every token with
its figures, months and negations), while most pairs that grouping and citing compare hold
nothing for any rule to fire on. Every rule needs a word of its own kind: a count, a figure
in both sentences (digits or a number word); months, a month name in both; a denial, a
negation in either; a marital status, a status word in both; a burial or birth place, a
slot word in both. ``Cues`` finds those words with one search each over the text the
reading reads, and never misses one the reading would find (it may see a figure the reading
leaves out, never the reverse), so a pair ``may_clash`` rules out is one no rule of
``clash`` could join on; only ``case_stages`` is left to ask. The word lists live here and
``agree`` reads them, so the two cannot drift apart.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache
from typing import NamedTuple

from crossbrief.analyze.figures import percent_words
from crossbrief.synthesize.text import fold

NUMBER_WORDS = (
    "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
    "eleven", "twelve",
)  # fmt: skip
NEGATIONS = frozenset({"no", "not", "never", "nor", "without"})
# a person's marital status, one class per status: "remarried" is married
STATUSES = {
    "married": "married", "remarried": "married", "wed": "married", "divorced": "divorced",
    "divorcee": "divorced", "widowed": "widowed", "widow": "widowed", "widower": "widowed",
}  # fmt: skip
# the first three letters of every month name ``agree`` reads: one is in any text it matches
MONTH_STEMS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
# every form a burial or birth place's phrase opens with, as written
SLOT_WORDS = ("buried", "burial", "funeral", "interred", "born")


def _word(words: Iterable[str]) -> re.Pattern[str]:
    """A search for any of ``words`` as a whole token of ``agree``'s reading: its tokens are
    runs of a-z in the folded text, so no a-z letter may touch the word on either side (an
    apostrophe may: "one's" is a token of its own there, found here as well)."""
    return re.compile(rf"(?<![a-z])(?:{'|'.join(sorted(map(re.escape, words)))})(?![a-z])")


# a figure: a digit anywhere (every figure token opens with one) or a number word
_FIGURE = re.compile(rf"\d|{_word(NUMBER_WORDS).pattern}")
# a negation token, or one ending in "n't" ("didn't")
_NEGATION = re.compile(rf"{_word(NEGATIONS).pattern}|n't(?![a-z])")
_STATUS = _word(STATUSES)


class Cues(NamedTuple):
    """Which rules of ``agree`` a sentence may take part in (False: certainly none)."""

    figures: bool  # a figure, for a count
    months: bool  # a month name's stem
    negation: bool  # a negation, for a denial
    status: bool  # a marital status
    place: bool  # a burial or birth place's slot word


@lru_cache(maxsize=1 << 14)
def cues(text: str) -> Cues:
    """The rules of ``agree`` that sentence ``text`` may take part in, searched on the
    same folded text ``agree.reading`` tokenizes (months and places on the text as
    written, as the reading finds them)."""
    folded = fold(percent_words(text)).replace("\u2019", "'")
    return Cues(
        _FIGURE.search(folded) is not None,
        any(stem in text for stem in MONTH_STEMS),
        _NEGATION.search(folded) is not None,
        _STATUS.search(folded) is not None,
        any(w in text for w in SLOT_WORDS),
    )


def may_clash(x: str, y: str) -> bool:
    """False when no rule of ``agree`` but the case stages can part sentences ``x`` and
    ``y``: no figure in one of them, no month in one, no negation in either, no status in
    one and no burial place in one."""
    a, b = cues(x), cues(y)
    return (
        a.negation
        or b.negation
        or (a.figures and b.figures)
        or (a.months and b.months)
        or (a.status and b.status)
        or (a.place and b.place)
    )
