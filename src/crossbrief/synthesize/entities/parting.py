"""One name key, several people: mentions a shared key would wrongly hold together."""

from __future__ import annotations

from collections import defaultdict
from functools import lru_cache

from crossbrief.synthesize.entities.mentions import KeyGroup
from crossbrief.synthesize.entities.names import name_words, person_form, trim
from crossbrief.synthesize.entities.vocabulary import (
    FEMALE_HONORIFICS,
    GENERATIONS,
    WOMAN_MARK,
)
from crossbrief.synthesize.text import fold


def part_mr_from_ms(nodes: dict[str, KeyGroup]) -> None:
    """A surname a story gives both "Mr" and "Ms" (or "Mrs", "Miss") is two people: the
    women's mentions go under a key of their own, which links to a full name as any
    surname does (its skeleton is the surname's)."""
    for key in [k for k in sorted(nodes) if " " not in k]:
        address = {
            id(m): fold(m.text.split()[0]).strip(".")
            for m in nodes[key].mentions
            if m.text[:1] in "Mm"  # the only letter forms of address start with
        }
        women = [m for m in nodes[key].mentions if address.get(id(m)) in FEMALE_HONORIFICS]
        if not women or not any(a == "mr" for a in address.values()):
            continue
        nodes[key].mentions = [m for m in nodes[key].mentions if m not in women]
        nodes[key].changed()
        nodes[key + WOMAN_MARK] = KeyGroup(key + WOMAN_MARK, women)


@lru_cache(maxsize=1 << 16)
def middle_initials(text: str) -> str:
    """The middle initials a person mention spells ("Ann M.K. Lee" and "Ann M. K.
    Lee" -> "mk", "Tom R. Varga" -> "r"); "" without any. Leading initials ("J. Ida
    Brenn"), generations ("Sr.", "III"), nicknames and spelled-out middle names do not count."""
    words = name_words(trim(person_form(text)))
    while words and words[-1] in GENERATIONS:
        words = words[:-1]
    while len(words) > 2 and len(words[0]) == 1:
        words = words[1:]
    # A run of initials written together ("H.W." -> "hw") counts letter by letter.
    return "".join(w for w in words[1:-1] if len(w) <= 2)


def part_middle_initials(nodes: dict[str, KeyGroup]) -> None:
    """A name a story writes with two different middle initials is two people ("Jorge T.
    Brisk", "Jorge W. Brisk"), though keys drop single initials: each set of initials goes
    under a key that spells it ("jorge t brisk"); the mentions without any keep the plain
    key."""
    for key in [k for k in sorted(nodes) if k.count(" ") == 1 and nodes[k].type == "PERSON"]:
        by_initials = defaultdict(list)
        for m in nodes[key].mentions:
            by_initials[middle_initials(m.text)].append(m)
        spelled = sorted(i for i in by_initials if i)
        if len(spelled) < 2:
            continue
        first, last = key.split()
        for initials in spelled:
            longer = f"{first} {initials} {last}"
            nodes.setdefault(longer, KeyGroup(longer)).mentions.extend(by_initials[initials])
            nodes[longer].changed()
        nodes[key].mentions = by_initials.get("", [])
        nodes[key].changed()
        if not nodes[key].mentions:
            del nodes[key]
