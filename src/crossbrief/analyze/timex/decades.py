"""Decades written with an apostrophe, as some papers' style has it ("the 1990's", "the
mid-1990's"): the tokenizer splits off the "'s" as it does a possessive's, and a time that
ends before it reads as the year the decade starts with."""

from __future__ import annotations

import re
from typing import Any

# A year ending in 0, alone or after a prefix ("mid-1990").
_DECADE_YEAR = re.compile(r"(?:^|-)(?:1[0-9]|20)\d0$")
# Words after which the "'s" is a year's possessive ("1990's harvest", "1990's second half").
_POSSESSED = {"NOUN", "PROPN", "ADJ", "NUM"}
# Nouns of a manner or a look: a decade has one ("a 1980's style jacket", "a 1950's look"),
# a single year none, so before them the "'s" is the decade's.
_OF_AN_ERA = {
    "style", "styles", "styled", "fashion", "fashions", "look", "looks", "era", "vintage",
    "decor", "nostalgia", "throwback", "retro",
}  # fmt: skip


def apostrophe_decade(doc: Any, i: int) -> bool:
    """Whether ``doc[i]`` is the "'s" of a decade: written right after a year ending in 0,
    with no noun, adjective or number after it that would make it that year's possessive
    (a noun of style aside: "a 1980's style jacket")."""
    if not 0 < i < len(doc) or doc[i].text not in {"'s", "\u2019s"} or doc[i - 1].whitespace_:
        return False
    if not _DECADE_YEAR.search(doc[i - 1].text):
        return False
    if i + 1 == len(doc) or doc[i + 1].lower_ in _OF_AN_ERA:
        return True
    return doc[i + 1].pos_ not in _POSSESSED


def as_decade(text: str) -> str:
    """A time's text with a closing "1990's" written "1990s", as the decade is read."""
    return re.sub(r"\b((?:1[0-9]|20)\d0)['\u2019]s$", r"\1s", text)
