"""Chart and league lines: a sentence that places things at ranks ("dropped to third place
on $9m, while another title sank to number six with $4m") gives each ranked thing's
figure of one week, round or table.

Two such lines of two reports are rarely one thing at one moment: the chart moved on, or the
figure beside the rank belongs to another entry. A ranked figure is therefore compared only
with a near-copy of its sentence (one wire line repeated, ``figures.SAME``), never linked to
a loosely related sentence's figure of the same unit.
"""

from __future__ import annotations

import re
from functools import lru_cache

_ORDINAL = (
    r"(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|"
    r"\d+(?:st|nd|rd|th))"
)
_NUMBER = r"(?:one|two|three|four|five|six|seven|eight|nine|ten|\d+)"
_RANK = re.compile(
    rf"\b(?:number\s+{_NUMBER}\s+(?:spot|place|position|slot)|(?:to|at|in)\s+number\s+{_NUMBER}|"
    rf"no\.?\s?\d+\s+(?:spot|place|position|slot)|(?:to|at|in)\s+no\.?\s?\d+\b|"
    rf"{_ORDINAL}\s+(?:place|spot|position)|top\s+(?:spot|place|of\s+the\s+(?:charts?|table|"
    r"league|standings))|(?:top|topped|tops|topping)\s+the\s+(?:charts?|table|league))",
    re.I,
)


@lru_cache(maxsize=4096)
def ranks(sentence: str) -> bool:
    """Whether ``sentence`` places something at a rank of a chart or table ("second place",
    "to number six", "top spot", "topped the chart")."""
    return _RANK.search(sentence) is not None
