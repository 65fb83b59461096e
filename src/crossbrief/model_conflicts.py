"""The brief's conflicts: where outlets give one thing different values (moved out of
``model`` to keep it small; ``crossbrief.model`` re-exports both types)."""

from __future__ import annotations

import re
from dataclasses import dataclass

# a minus written before a figure ("-3.2%", "\u22123.2%", "\u20133.2%"): one sign however set
_MINUS = re.compile(r"^[-\u2212\u2013](?=[$\u00a3\u20ac\u00a5]?\.?\d)")


@dataclass(frozen=True)
class ConflictValue:
    """One value of a conflict as written (``value``), its sentence (``text``, ``article``,
    ``sentence``), and, for a time whose day the analysis resolved and the text does not
    spell out ("Saturday", "May 10"), that day (``resolved``, ISO); for a sum the writer
    converted in brackets ("$10m (£5.3m)"), the sum it converts, as written
    (``converted_from``, "$10m")."""

    value: str
    text: str
    article: str
    sentence: int
    resolved: str | None = None
    converted_from: str | None = None

    @property
    def key(self) -> str:
        """The value as compared: "Three" is "three", "3-percent" is "3 percent", "-3.2%"
        is "\u22123.2%"; a time with the day it resolves to ("saturday (2031-05-10)")."""
        key = _MINUS.sub("minus ", self.value.lower()).replace("-", " ")
        return f"{key} ({self.resolved})" if self.resolved else key

    @property
    def label(self) -> str:
        """The value as a reader is shown it: as written, with the day it resolves to where
        the text does not give it ("Saturday (2031-05-10)"), and a converted sum with the sum
        it converts ("£5.3m (from $10m)"): a rate a reader cannot check is no value."""
        if self.converted_from:
            return f"{self.value} (from {self.converted_from})"
        return f"{self.value} ({self.resolved})" if self.resolved else self.value


@dataclass(frozen=True)
class Conflict:
    about: str
    # "figure", "age", "name", "date" or "status" (marital): outlets disagree; "update": a count that changed between
    # dated articles, listed in date order (a later report, not a disagreement); "conversion":
    # one sum's bracketed conversions into another currency, at the writers' different rates.
    kind: str
    values: tuple[ConflictValue, ...]
