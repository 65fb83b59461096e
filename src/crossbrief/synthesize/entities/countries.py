"""Countries, their capitals and their peoples: one entity, metonyms shown as such."""

from __future__ import annotations

import re
from functools import lru_cache

from crossbrief.synthesize.entities.mentions import KeyGroup, UnionFind
from crossbrief.synthesize.entities.names import initials, name_key


@lru_cache(maxsize=1)
def countries() -> dict[str, tuple[str, str, str]]:
    """Folded country names and spellings -> (country key, capital key, demonym key)."""
    from countryinfo import all_countries  # loaded once, only when a story is briefed

    out: dict[str, tuple[str, str, str]] = {}
    acronyms: list[tuple[str, tuple[str, str, str]]] = []
    for country in all_countries():
        info = country.info()
        name = str(info.get("name") or "")
        if not name:
            continue
        capital = str(info.get("capital") or "")
        entry = (
            name_key(name),
            name_key(capital.split(" D.C.")[0]),
            name_key(info.get("demonym") or ""),
        )
        short: set[str] = set()
        for spelling in [name, *info.get("altSpellings", [])]:
            key = name_key(str(spelling))
            # Two-letter ISO codes collide with words and initials ("IN", "AT", "US" is kept).
            if len(key) > 2 or spelling.isupper():
                out.setdefault(key, entry)
            if key.count(" ") > 1:
                short.add(initials(key))  # "Democratic People's Republic of Korea" -> DPRK
        acronyms.extend((a, entry) for a in sorted(short) if len(a) > 2)
    # Official names spelled short, where no other country's spelling says otherwise.
    for acronym, entry in acronyms:
        out.setdefault(acronym, entry)
    return out


def merge_countries(nodes: dict[str, KeyGroup], clusters: UnionFind) -> None:
    """Spellings of one country merge; its capital and its people join it as metonyms."""
    known = countries()
    place_types = {"GPE", "LOC", "NORP", "ORG"}
    present: dict[str, str] = {}  # country key -> a node naming it
    for key in sorted(nodes):
        entry = known.get(key)
        if entry and nodes[key].type in place_types:
            present.setdefault(entry[0], key)
            clusters.union(present[entry[0]], key)
    capitals = {entry[1]: entry[0] for entry in known.values() if entry[1]}
    demonyms = {entry[2]: entry[0] for entry in known.values() if entry[2]}
    for key in sorted(nodes):
        node = nodes[key]
        singular = re.sub(r"s$", "", key)
        if node.type == "GPE" and key in capitals and capitals[key] in present:
            kind, country = "capital", capitals[key]
        elif node.type == "NORP" and (key in demonyms or singular in demonyms):
            kind, country = "demonym", demonyms.get(key) or demonyms[singular]
        else:
            continue
        if country in present and key not in known:
            for m in node.mentions:
                m.kind = kind
            node.changed()
            clusters.union(present[country], key)


def merge_party_members(nodes: dict[str, KeyGroup], clusters: UnionFind) -> None:
    """A party's members ("Democrats", "Republicans") join the party named in the story
    ("Democratic Party") as its people, marked like a country's demonym."""
    parties = [k for k in sorted(nodes) if k.endswith(" party") and k.count(" ") == 1]
    for key in sorted(nodes):
        node = nodes[key]
        if " " in key or node.type != "NORP" or not key.endswith("s"):
            continue
        member = key[:-1]
        targets = {clusters.find(p) for p in parties if len(member) > 3 and p.startswith(member)}
        if len(targets) == 1:
            for m in node.mentions:
                m.kind = "demonym"
            node.changed()
            clusters.union(next(iter(targets)), key)
