"""A summary citation that gives another value of the summary sentence's figure, told as a
bound or by an article: the cases the figure checks leave alone.

``agree.count_clash`` sets bounds and estimates aside ("at least 12", "up to 25" agree with
many counts) and ``differ`` compares only figures whose intervals cannot meet, which is right
for grouping and conflicts: "at least 12 years" and "up to 25 years" can both be true. A
citation says more: that the cited outlet told the sentence's figure. An outlet writing "up
to 25 years" did not write "at least 12 years"; citing it under the 12 tells the reader it
did. So a source is no citation of a summary sentence when (``other_value``):

- **a figure of one counted thing**: both give a figure, bounded or not, of the same unit
  or counted noun (the word right after it: "12 years" / "25 years"; for a span of time
  also the same content word before it: "home for 12 years" / "home for 25 years", not
  "decide in two weeks" / "take three weeks"), the numbers differ,
  neither sentence also gives the other's number, and neither figure is an exact number
  the other's bound or estimate allows ("213 people" is within "more than 200 people");
- **one against many**: one counts a thing with "a", "an" or "one" ("given a life
  term") and the other gives the same words in the plural with a number above one
  ("given three life terms"), and does not also count it as one. Spans of time are
  left out: "a year before" and "the last two years" tell two periods, not two counts.

A day after a month ("May 9 meetings") and an ordinal ("the 20th year") count nothing.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from functools import lru_cache

from crossbrief.analyze.figures import percent_words
from crossbrief.analyze.timex.patterns import MONTH_RE
from crossbrief.synthesize.text import content_term, fold

_NUMBER_WORDS = (
    "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
    "eleven", "twelve",
)  # fmt: skip
_NUMBER_VALUES = {w: float(n + 1) for n, w in enumerate(_NUMBER_WORDS)}
_SCALES = {"thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12}
# A figure with the bound or estimate written before it and the word after it (its unit or
# counted noun), a scale word between ("3 million people").
_FIGURE = re.compile(
    r"(?:\b(?P<hedge>more than|fewer than|less than|over|under|at least|at most|up to|"
    r"as many as|nearly|almost|about|around|some|roughly|approximately)\s+)?"
    r"(?<![\w.,-])(?P<num>\d[\d,]*(?:\.\d+)?|" + "|".join(_NUMBER_WORDS) + r")"
    r"(?:\s+(?P<scale>thousand|million|billion|trillion))?(?:-|\s+)(?P<unit>[a-z]+)\b"
)
_LOWER = frozenset({"more than", "over", "at least"})
_UPPER = frozenset({"fewer than", "less than", "under", "at most", "up to", "as many as"})
ESTIMATE = 0.1  # the share either side of a number an estimate ("about 20") allows
# a day after a month's name or abbreviation ("Dec. 22", "March 3"): a date, no count
_DAY = re.compile(rf"\b(?:{MONTH_RE})\.?\s+\d{{1,2}}\b")
# a counted noun phrase: "a"/"an"/"one" or a number, then up to three words ending in its
# noun ("a life term", "three life terms")
_PHRASE = re.compile(
    r"\b(an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d[\d,]*)"
    r"((?:\s+[a-z]+){1,3})\b"
)
_SINGLE = frozenset({"a", "an", "one"})
# words that bound or hedge a count right before it: "up to three", "about a dozen"
_HEDGES = frozenset({"than", "to", "least", "most", "about", "around", "nearly", "almost"})
_PHRASE_WORDS = 3  # words of a counted noun phrase after its count, at most
# spans of time: "a year" and "two years" are periods of their own, seldom two counts
_TIMES = frozenset(
    content_term(w) for w in ("year", "month", "week", "day", "hour", "minute", "time")
)
_BEFORE_WORDS = 3  # words before a figure in which to find its content word
_PEOPLE = frozenset(content_term(w) for w in ("people", "person"))


@dataclass(frozen=True)
class _Figure:
    number: float
    unit: str  # the stemmed word after it
    before: str  # the stemmed content word before it (its bound or estimate skipped)
    low: float  # what it allows: an exact number, a bound or an estimate
    high: float

    @property
    def exact(self) -> bool:
        return self.low == self.high


def other_value(cited: str, source: str) -> bool:
    """Whether sentence ``source`` gives another value of a figure sentence ``cited``
    states: a figure of the same counted thing with another number that the cited figure
    does not allow (bounds included), or many of a thing ``cited`` counts as one (or one of
    a thing it counts as many)."""
    # one unit however per cent is spelt ("12%", "12 per cent", "12pc": "12 percent"), read
    # before folding: a capital "PC" after a number is a computer or a constable
    cited, source = (_DAY.sub(" ", fold(percent_words(t))) for t in (cited, source))
    return _other_figure(cited, source) or _one_against_many(cited, source)


def _other_figure(cited: str, source: str) -> bool:
    """Figures of one unit, other numbers, neither sentence also giving the other's number,
    and neither an exact number the other allows."""
    mine, theirs = _figures(cited), _figures(source)
    return any(
        x.unit == y.unit
        # a span of time is told of many things ("decide in two weeks", "take three weeks"):
        # the same word before it says it is one span
        and (x.unit not in _TIMES or (x.before and x.before == y.before))
        and x.number != y.number
        and not _gives(theirs, x.number)
        and not _gives(mine, y.number)
        and not (x.exact and y.low <= x.number <= y.high)
        and not (y.exact and x.low <= y.number <= x.high)
        for x in mine
        if x.unit
        for y in theirs
    )


def _gives(figures: tuple[_Figure, ...], number: float) -> bool:
    """Whether a sentence's ``figures`` hold ``number``, of any word."""
    return any(f.number == number for f in figures)


@lru_cache(maxsize=1 << 12)
def _figures(text: str) -> tuple[_Figure, ...]:
    """Each figure of folded ``text`` with its unit (the stem of the word after it, "" for
    a stop word) and the numbers it allows."""
    out = []
    for m in _FIGURE.finditer(text):
        num = m.group("num")
        number = _NUMBER_VALUES.get(num) or float(num.replace(",", ""))
        if m.group("scale"):
            number *= _SCALES[m.group("scale")]
        word = m.group("unit")
        stem = content_term(_singular(word) if _plural(word) else word)
        unit = "people" if stem in _PEOPLE else stem
        hedge = m.group("hedge") or ""
        if hedge in _LOWER:
            low, high = number, math.inf
        elif hedge in _UPPER:
            low, high = 0.0, number
        elif hedge:
            low, high = number * (1 - ESTIMATE), number * (1 + ESTIMATE)
        else:
            low = high = number
        words = [content_term(w) for w in text[: m.start()].split()[-_BEFORE_WORDS:]]
        before = next((w for w in reversed(words) if w), "")
        out.append(_Figure(number, unit, before, low, high))
    return tuple(out)


def _one_against_many(cited: str, source: str) -> bool:
    """Whether one sentence counts a noun phrase as one and the other, the same words in the
    plural, as a number above one, not also as one."""
    a, b = _counted_phrases(cited), _counted_phrases(source)
    return _against(a, b) or _against(b, a)


def _against(
    ones: frozenset[tuple[bool, tuple[str, ...]]], others: frozenset[tuple[bool, tuple[str, ...]]]
) -> bool:
    """Whether a phrase counted as one in ``ones`` is counted as many in ``others``, and
    ``others`` never counts it as one."""
    single = {words for one, words in ones if one}
    return any(not one and words in single and (True, words) not in others for one, words in others)


def _plural(word: str) -> bool:
    return word.endswith("s") and not word.endswith("ss")


def _singular(word: str) -> str:
    """The singular of a plural ``word`` ending in "s" ("bodies" -> "body")."""
    return word[:-3] + "y" if word.endswith("ies") else word[:-1]


@lru_cache(maxsize=1 << 12)
def _counted_phrases(text: str) -> frozenset[tuple[bool, tuple[str, ...]]]:
    """Each counted noun phrase of folded ``text``: whether it counts one (else many, a
    number above one before a plural noun), and the stems of its words up to its noun."""
    out: set[tuple[bool, tuple[str, ...]]] = set()
    for m in _PHRASE.finditer(text):
        before = text[: m.start()].split()[-1:]
        if before and before[0] in _HEDGES:
            continue  # a bound ("up to three terms") agrees with many counts
        one = m.group(1) in _SINGLE
        stems: list[str] = []
        for word in m.group(2).split()[:_PHRASE_WORDS]:
            plural = _plural(word)
            # a plural compared by its singular's stem ("terms" / "term")
            stem = content_term(_singular(word) if plural else word)
            if not stem:
                break  # a stop word ends the noun phrase ("one of the", "a man who")
            stems.append(stem)
            if stem in _TIMES:
                break  # "a year", "two years": periods, not counts
            if one and not plural:
                out.add((True, tuple(stems)))  # "a life term": any word may be its noun
            elif not one and plural:
                out.add((False, tuple(stems)))  # "three life terms": the plural is the noun
                break
    return frozenset(out)
