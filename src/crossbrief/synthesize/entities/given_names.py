"""A person's given name the NER types a place or a body: split off a surname it tagged a
person ("Velan Orsic" as the town "Velan" and the person "Orsic"), or named alone with an
age in apposition, as news lists the victims of a family ("Mira, 16, and Tomo, 9,")."""

from __future__ import annotations

import re

from crossbrief.model import Mention
from crossbrief.synthesize.entities.adjacent import join_adjacent
from crossbrief.synthesize.entities.names import name_key

# One capitalised word, not in capitals alone (an acronym before a surname is a body's:
# "NATO Orsic" is no one's name).
_GIVEN = re.compile(r"[A-Z][a-z][\w'\u2019-]*")
# Types a given name takes by the NER's slip; a people's word before a surname ("Velmoran
# Orsic") qualifies a person, it is no part of the name.
_SLIPS = frozenset({"GPE", "LOC", "ORG", "FAC", "PRODUCT", "WORK_OF_ART", "EVENT"})
# An age in apposition right after a name: ", 16," ", 18 months," ", 7." (a person's age is
# at most this).
_AGE_AFTER = re.compile(
    r",[ \t]+([1-9]\d{0,2})(?:[ \t]+(?:months?|weeks?|years?)(?:[ \t]+old)?)?(?=[,.;)])"
)
_OLDEST = 120
# Words that put the name before them on a map or in a count ("in Velmora, 12, died").
_PLACED = re.compile(r"\b(?:in|at|from|near|of|to|the)[ \t]+$", re.IGNORECASE)


def joined_given_names(mentions: list[Mention], body: str) -> list[Mention]:
    """``mentions`` with a one-word given name the NER typed a place or a body, written with
    one space before a one-word surname it tagged a person, made one person's mention; a
    country's name ("Velmora Orsic" where Velmora is a country) stays apart."""

    # Imported here: the country table's module reads the mentions this one helps collect.
    from crossbrief.synthesize.entities.countries import countries

    def person(mention: Mention, after: Mention) -> bool:
        return (
            mention.type in _SLIPS
            and after.type == "PERSON"
            and body[mention.end : after.start] == " "
            and bool(_GIVEN.fullmatch(mention.text))
            and bool(_GIVEN.fullmatch(after.text))
            and name_key(mention.text) not in countries()
        )

    return join_adjacent(mentions, body, person, "PERSON")


def is_aged(body: str, start: int, end: int, text: str) -> bool:
    """Whether a one-word name is given an age in apposition ("Mira, 16,"): a person,
    unless a preposition or "the" before it puts it on a map or counts in it."""
    found = _AGE_AFTER.match(body, end)
    if not found or int(found.group(1)) > _OLDEST or not _GIVEN.fullmatch(text):
        return False
    return not _PLACED.search(body, max(0, start - 8), start)
