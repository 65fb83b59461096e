"""A place and a place that holds it are no two values of one slot: "set in Ostrava" and "set
in the Czech Republic" can both be true.

Ranks come from ``countryinfo``: a country (or one of the United Kingdom's four constituent
countries, which news writes as countries, each inside the United Kingdom and none inside
another) against a place that is no country. The place is held by the country only when the
tables put it there (a capital or province of that one): "Nairobi" against "Sudan" stays two
places, and so does a place the tables do not know ("Lyon" against "Germany": unknown is not
known to be inside, and the two may be the two places a report has wrong).
"""

from __future__ import annotations

from collections import defaultdict
from functools import lru_cache

from crossbrief.synthesize.entities.countries import countries
from crossbrief.synthesize.entities.names import name_key

PLACE_TYPES = frozenset({"GPE", "LOC"})  # the entity types of a place name

# the constituent countries of the United Kingdom, which reports name as countries, and
# their capitals
_CONSTITUENT = {
    "England": "London",
    "Scotland": "Edinburgh",
    "Wales": "Cardiff",
    "Northern Ireland": "Belfast",
}


@lru_cache(maxsize=1)
def _ranks() -> tuple[dict[str, str], dict[str, frozenset[str]]]:
    """Country names -> country key; capitals and provinces -> the countries they lie in."""
    from countryinfo import all_countries  # loaded once, only when a story is briefed

    table = countries()
    nations = {name: entry[0] for name, entry in table.items()}
    inside: dict[str, set[str]] = defaultdict(set)
    uk = table.get(name_key("United Kingdom"))
    if uk is not None:
        for nation, capital in _CONSTITUENT.items():
            nations[name_key(nation)] = name_key(nation)
            inside[name_key(nation)].add(uk[0])
            inside[name_key(capital)].update({name_key(nation), uk[0]})
    for country in all_countries():
        info = country.info()
        entry = table.get(name_key(str(info.get("name") or "")))
        if entry is None:
            continue
        for place in [info.get("capital") or "", *(info.get("provinces") or [])]:
            key = name_key(str(place))
            if key and (key not in nations or key in inside):
                inside[key].add(entry[0])
    return nations, {k: frozenset(v) for k, v in inside.items()}


def within(place: str, country: str) -> bool:
    """Whether ``place`` lies in ``country``: ``country`` names a country, and the tables put
    ``place`` in it (a capital or province; a constituent country in the United Kingdom)."""
    nations, inside = _ranks()
    held = nations.get(name_key(country))
    key = name_key(place)
    if held is None or not key:
        return False
    return held in inside.get(key, frozenset())
