"""Sports venues: a name ending with a venue's head noun ("Tarvin Stadium", "the Velmora
Arena"), or a French, Italian or Spanish one opening with it ("Stade de Brenna"), names a
building, whatever the NER said: it tags them people and bodies (a stadium's name is often a
person's or a sponsor's), and the panel then shows a ground as a person or a club.

A name tagged a person right before the lower-case noun of a site ("the Orsa refugee camp",
"the Tarnel crossing", "Vamo airport") names the site too (``site_after``).

"Park", "Lane", "Road" and "Ground" are left out: a surname ("Ann Park") and clubs named
after their ground ("Orla Park Rangers" aside, "Queen's Park" is a club) make them no cue,
except in a name right after "at" whose first word is no given name ("lost at Kestow Park";
``ground_at``): a place, where "at" with a name alone may be a town or a person ("looked at
Ann Park").
"""

from __future__ import annotations

import re

from crossbrief.synthesize.entities.gender import first_name_gender
from crossbrief.synthesize.entities.groups import KeyGroup

# Head nouns a venue's English name ends with (name keys are folded to lower case).
_LAST = frozenset(
    {"stadium", "arena", "velodrome", "racecourse", "ballpark", "coliseum", "colosseum"}
    | {"hippodrome"}
)
# ... and the words other languages' names open with ("Stade de Brenna", "Estadio Orla").
_FIRST = frozenset({"stade", "stadio", "estadio", "stadion"})
# A place's type stays: a venue is a place too, and a district may be named after one.
_PLACES = frozenset({"FAC", "GPE", "LOC"})


def is_venue_key(key: str) -> bool:
    """Whether a name key of two words or more is a venue's name by its head noun."""
    words = key.split()
    return len(words) >= 2 and (words[-1] in _LAST or words[0] in _FIRST)


def retype_venues(nodes: dict[str, KeyGroup]) -> None:
    """Type FAC ("building or structure") every mention of a venue's name that the NER tagged
    anything but a place; a name merely opening with the noun ("Arena Football League") or
    carrying it inside ("Velmora Stadium Holdings") is the body it names."""
    for key, node in nodes.items():
        if not is_venue_key(key) or node.type in _PLACES:
            continue
        for m in node.mentions:
            if m.type not in _PLACES:
                m.type = "FAC"
        node.changed()


# Nouns of a site news writes in lower case after its name; a bare "camp" is left out, being
# a politician's side too ("the Lee camp said"), and so is a possessive before the noun
# ("Dana Ross's school" is her school, not one named after her).
_SITE_AFTER = re.compile(
    r"[ \t]+(?:(refugee|prison|detention|army|military)[ \t]+camps?"
    r"|(crossing)|border[ \t]+crossings?|crossings|checkpoints?|airports?|air[ \t]?bases?|airfields?"
    r"|prisons?|jails?|hospitals?|mosques?|(?:(?:elementary|primary|secondary|high)[ \t]+)?"
    r"schools?)\b"
)


# A determiner or an owner right before a name: a bare "crossing" after it is a noun ("the
# Tarnel crossing"), where after a name alone it is as often the person's deed ("with Bo Ray
# crossing for Ann Lee").
_DETERMINED = re.compile(r"(?:\b(?:the|a)|['\u2019]s)[ \t]+$", re.IGNORECASE)
_THE = re.compile(r"the[ \t]", re.IGNORECASE)  # a span the NER opened with its "the"


def site_after(body: str, end: int, start: int) -> str | None:
    """The type of the site whose noun follows a span from ``start`` to ``end``: LOC for a
    camp, FAC for a crossing, an airport, a prison, a hospital, a mosque or a school; None
    if no such noun follows, or a bare "crossing" follows a name with no determiner."""
    found = _SITE_AFTER.match(body, end)
    if found is None:
        return None
    determined = _DETERMINED.search(body, max(0, start - 8), start) or _THE.match(body, start)
    if found.group(2) and not determined:
        return None
    return "LOC" if found.group(1) else "FAC"


# Last words of a ground's name that are also surnames or a club's ("Kestow Park").
_GROUND_LAST = frozenset({"Park", "Road", "Lane", "Ground", "Field"})
_AT_BEFORE = re.compile(r"\bat[ \t]+$")


def ground_at(raw: str, body: str, start: int) -> bool:
    """Whether a name of two words or more after "at" ends with a ground's word ("at Kestow
    Park", "at Harl Road") and opens with no given name ("at Ann Park" is a person's)."""
    words = raw.split()
    if len(words) < 2 or words[-1] not in _GROUND_LAST:
        return False
    if not _AT_BEFORE.search(body, max(0, start - 4), start):
        return False
    return first_name_gender(words[0]) is None
