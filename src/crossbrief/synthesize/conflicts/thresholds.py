"""Figures that name a class of things by a threshold rather than measure one thing.

- an ordinal after a possessive or "a", or "another", before a compound modifier ("her
  third 150-metre win", "a fifth straight 30-point win", "another 10-goal haul"): the
  compound sorts things into a class, and the ordinal counts members of it; the figure is
  the class's bar, not the size of the one thing the sentence is about ("a 5-point plan",
  "the 24-ton module", "the first 7-magnitude quake" measure one thing and stay);
- a bar written after its unit with "or more" ("rode 400 km or more", "earning
  $50,000 or above"): who reached the bar, not how far one holder got. A compound
  ("its 15-year or more lifetime") is one thing's estimate, and stays a bound.

Neither is a value that another article's figure can disagree with.
"""

from __future__ import annotations

import re

_ORDINAL = (
    r"(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|"
    r"eleventh|twelfth|\d+(?:st|nd|rd|th))"
)
# the ordinal right before the figure, after a possessive or "a" ("his second", "Lee's
# third", "a fifth"), or "another"; with at most one word that strings the class out
# ("second straight", "third career"). After "the", an ordinal picks one thing of a
# sequence ("the first 7-magnitude quake struck at dawn"), whose size it is
_ORDINAL_BEFORE = re.compile(
    rf"(?:(?:\b(?:his|her|its|their|our|my|your|a|an)|\w['\u2019]s?)\s+{_ORDINAL}|\banother)"
    r"(?:\s+(?:straight|consecutive|successive|career|such))?\s+$",
    re.I,
)
# a compound modifier: the figure's digits joined by a hyphen to a unit word ("150-metre")
_COMPOUND = re.compile(r"\d(?:\.\d+)?-[a-z]+\b", re.I)
_OR_MORE = r"or\s+(?:more|above|higher|better|greater|longer|over)\b"
# after a figure written with its unit ("400 km" + " or more")
_BAR_AFTER = re.compile(rf"\s+{_OR_MORE}", re.I)
# after a bare figure whose unit follows ("400" + " km or more")
_BAR_AFTER_UNIT = re.compile(rf"\s+[a-z]+\s+{_OR_MORE}", re.I)


def threshold(text: str, start: int, end: int) -> bool:
    """Whether the figure at ``start``-``end`` of ``text`` names a class by a threshold
    (an ordinal compound, or a bar "or more" after its unit) rather than measuring a thing."""
    compound = _COMPOUND.search(text, start, min(len(text), end + 12))
    if compound is not None and compound.start() < end:
        return bool(_ORDINAL_BEFORE.search(text, max(0, start - 40), start))
    bar = _BAR_AFTER if text[start:end][-1:].isalpha() else _BAR_AFTER_UNIT
    return bool(bar.match(text, end))
