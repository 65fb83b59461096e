"""Chart and league lines: a sentence that places things at ranks ("dropped to third place
on $9m, while another title sank to number six with $4m") gives each ranked thing's
figure of one week, round or table.

Two such lines of two reports are rarely one thing at one moment: the chart moved on, or the
figure beside the rank belongs to another entry. A ranked figure is therefore compared only
with a near-copy of its sentence (one wire line repeated, ``figures.SAME``), never linked to
a loosely related sentence's figure of the same unit. A ranked figure is one next to the
rank (within ``REACH`` words, no semicolon between); the sentence's other figures, and every
figure beside a rank set off by commas as an aside ("Velmora United, in second place, sold
12,000 tickets"), are compared as any other. "No 10" and "Number 10" name the British prime
minister's residence, a place, unless the sentence speaks of a chart or table.
"""

from __future__ import annotations

import re
from functools import lru_cache

_ORDINAL = (
    r"(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|"
    r"\d+(?:st|nd|rd|th))"
)
_NUMBER = r"(?:one|two|three|four|five|six|seven|eight|nine|ten|\d+)"
_PLACE_10 = re.compile(r"^(?i:to|at|in)\s+(?:No\.?\s?|Number\s+)10$")
_CHART = re.compile(r"\b(?:charts?|table|league|standings|rankings?|list)\b", re.I)
# "in the first place": at the start, no rank
_IDIOM = re.compile(r"\bin\s+the\s+first\s+place\b", re.I)
# a comma (or bracket) and perhaps a preposition right before a rank: an aside opens
_ASIDE_OPENS = re.compile(r"[,(]\s*(?:(?:in|at|to|into|from|now|still)\s+)*(?:the\s+)?$", re.I)
_RELATIVE = re.compile(r"\s+(?:where|that|which|whose)\b", re.I)
REACH = 4  # words between a rank and a figure it ranks
_WORDS = re.compile(r"\w+")
_RANK = re.compile(
    rf"\b(?:number\s+{_NUMBER}\s+(?:spot|place|position|slot)|(?:to|at|in)\s+number\s+{_NUMBER}|"
    rf"no\.?\s?\d+\s+(?:spot|place|position|slot)|(?:to|at|in)\s+no\.?\s?\d+\b|"
    rf"{_ORDINAL}\s+(?:place|spot|position)|top\s+(?:spot|place|of\s+the\s+(?:charts?|table|"
    r"league|standings))|(?:top|topped|tops|topping)\s+the\s+(?:charts?|table|league))",
    re.I,
)


@lru_cache(maxsize=4096)
def _ranks_at(sentence: str) -> tuple[tuple[int, int], ...]:
    """The spans of ``sentence``'s rank phrases that may rank a figure beside them: no
    residence called "No 10", no aside set off by commas."""
    found = []
    idioms = [m.span() for m in _IDIOM.finditer(sentence)]
    for m in _RANK.finditer(sentence):
        if any(low <= m.start() < high for low, high in idioms):
            continue
        if _RELATIVE.match(sentence, m.end()):
            continue  # "the first spot where rescuers landed": a location, no rank
        if _PLACE_10.match(m.group(0)) and not _CHART.search(sentence):
            continue
        if _ASIDE_OPENS.search(sentence, 0, m.start()) and sentence[m.end() :].lstrip()[:1] in {
            ",",
            ")",
        }:
            continue
        found.append(m.span())
    return tuple(found)


def ranks(sentence: str) -> bool:
    """Whether ``sentence`` places something at a rank of a chart or table ("second place",
    "to number six", "top spot", "topped the chart")."""
    return bool(_ranks_at(sentence))


def ranked(sentence: str, offset: int, start: int, figure: str) -> bool:
    """Whether the figure ``figure`` at ``start`` of ``sentence`` (which begins at ``offset``)
    is a ranked entry's: within ``REACH`` words of a rank phrase, with no semicolon between
    ("dropped to third place, taking $9m")."""
    start -= offset
    end = start + len(figure)
    for low, high in _ranks_at(sentence):
        between = sentence[high:start] if start >= high else sentence[end:low]
        if start < high and end > low:
            return True
        if ";" not in between and len(_WORDS.findall(between)) <= REACH:
            return True
    return False
