"""Firms' names the entity tagger took for people's: "Maxwell Ferris cut 200 jobs" in an
article that also names "Maxwell Ferris Ltd". A name the article gives elsewhere with a
company's legal suffix is that company's, so no "he" or "she" stands for it; a name given
with any other word for a body ("the Ann Lee Foundation") may still be a person's, whom the
body is named after. Nor is a name the article tells as a person's by an appositive
("Tom Varga, the shipping magnate, founded Tom Varga Holdings") or a "who" after it: a
founder's firm may bear his name."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence

from crossbrief.analyze.quotes.animate import HUMAN_NOUNS, THING_NOUNS, singular
from crossbrief.model import Mention

# Legal and trading suffixes that end only a company's name ("Ltd", "Inc"), never a
# person's or a charity's.
_LEGAL = frozenset(
    {"inc", "corp", "co", "ltd", "llc", "plc", "ag", "sa", "nv", "gmbh", "limited"}
    | {"corporation", "holdings"}
)


# After a name: "who", or an appositive's words up to a word that ends its noun phrase
# ("the shipping magnate,", "a farmer from Orsk").
_APPOSITIVE = re.compile(
    r",\s+(?:(who)\b|(?:the|an?)\s+((?:[\w'\u2019-]+\s+){0,3}?[\w'\u2019-]+)"
    r"(?=\s*(?:[,.;]|\b(?:of|from|in|at|for|and|who|with|whose)\b)))",
    re.I,
)
# Nouns of people in business the animacy list lacks; "-man"/"-ist"-like endings are read
# as in ``animate``, minus "-ent"/"-ant" ("the parent company" is no person).
_MORE_PEOPLE_WORDS = "magnate tycoon heir heiress entrepreneur boss billionaire millionaire mogul"
_MORE_PEOPLE = frozenset(_MORE_PEOPLE_WORDS.split())
_PEOPLE_ENDINGS = ("ist", "ian", "man", "men", "woman", "women", "master", "keeper")
# The animacy list's bodies of people that a firm's appositive names ("the parent company").
_BODY_WORDS = """group company firm union coalition team board network newspaper magazine paper
    outlet station bank agency organization organisation"""
_BODIES = frozenset(_BODY_WORDS.split())


def _told_as_person(text: str, m: Mention) -> bool:
    """Whether an appositive or "who" right after mention ``m`` tells a person."""
    aside = _APPOSITIVE.match(text, m.end)
    if aside is None:
        return False
    if aside.group(1):
        return True
    head = singular(aside.group(2).split()[-1].lower())
    if head in THING_NOUNS or head in _BODIES:
        return False
    return head in HUMAN_NOUNS or head in _MORE_PEOPLE or head.endswith(_PEOPLE_ENDINGS)


def as_firms(mentions: Sequence[Mention], text: str = "") -> list[Mention]:
    """The mentions, each person's whose name the article also gives with a company's legal
    suffix ("Maxwell Ferris" beside "Maxwell Ferris Ltd") typed as the organisation, unless
    the article ``text`` tells one of its mentions as a person's (``_told_as_person``)."""
    firms = {
        " ".join(words[:-1]).lower()
        for m in mentions
        if m.type == "ORG"
        and len(words := m.text.removeprefix("the ").replace(",", " ").split()) > 1
        and words[-1].lower().rstrip(".") in _LEGAL
    }
    people = {m.text.lower() for m in mentions if m.type == "PERSON" and _told_as_person(text, m)}
    firms -= people
    if not firms:
        return list(mentions)
    return [
        dataclasses.replace(m, type="ORG") if m.type == "PERSON" and m.text.lower() in firms else m
        for m in mentions
    ]
