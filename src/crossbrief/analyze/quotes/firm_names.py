"""Firms' names the entity tagger took for people's: "Maxwell Ferris cut 200 jobs" in an
article that also names "Maxwell Ferris Ltd". A name the article gives elsewhere with a
company's legal suffix is that company's, so no "he" or "she" stands for it; a name given
with any other word for a body ("the Ann Lee Foundation") may still be a person's, whom the
body is named after."""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence

from crossbrief.model import Mention

# Legal and trading suffixes that end only a company's name ("Ltd", "Inc"), never a
# person's or a charity's.
_LEGAL = frozenset(
    {"inc", "corp", "co", "ltd", "llc", "plc", "ag", "sa", "nv", "gmbh", "limited"}
    | {"corporation", "holdings"}
)


def as_firms(mentions: Sequence[Mention]) -> list[Mention]:
    """The mentions, each person's whose name the article also gives with a company's legal
    suffix ("Maxwell Ferris" beside "Maxwell Ferris Ltd") typed as the organisation."""
    firms = {
        " ".join(words[:-1]).lower()
        for m in mentions
        if m.type == "ORG"
        and len(words := m.text.removeprefix("the ").replace(",", " ").split()) > 1
        and words[-1].lower().rstrip(".") in _LEGAL
    }
    if not firms:
        return list(mentions)
    return [
        dataclasses.replace(m, type="ORG") if m.type == "PERSON" and m.text.lower() in firms else m
        for m in mentions
    ]
