"""A place and a place that holds it are no two values of one slot: "set in Ostrava" and "set
in the Czech Republic" can both be true.

Ranks come from ``countryinfo``: a country (or one of the United Kingdom's four constituent
countries, which news writes as countries) against a place that is no country. The place is
held by the country unless the tables put it in another country (a capital or province of
that one): "Nairobi" against "Sudan" stays two places, "Brno" (unknown) against "Czech
Republic" is read as one inside the other, since an unknown place may lie anywhere.
"""

from __future__ import annotations

from collections import defaultdict
from functools import lru_cache

from crossbrief.synthesize.entities.countries import countries
from crossbrief.synthesize.entities.names import name_key

# the constituent countries of the United Kingdom, which reports name as countries
_CONSTITUENT = ("England", "Scotland", "Wales", "Northern Ireland")


@lru_cache(maxsize=1)
def _ranks() -> tuple[dict[str, str], dict[str, frozenset[str]]]:
    """Country names -> country key; capitals and provinces -> the countries they lie in."""
    from countryinfo import all_countries  # loaded once, only when a story is briefed

    table = countries()
    nations = {name: entry[0] for name, entry in table.items()}
    uk = table.get(name_key("United Kingdom"))
    if uk is not None:
        nations.update({name_key(n): uk[0] for n in _CONSTITUENT})
    inside: dict[str, set[str]] = defaultdict(set)
    for country in all_countries():
        info = country.info()
        entry = table.get(name_key(str(info.get("name") or "")))
        if entry is None:
            continue
        for place in [info.get("capital") or "", *(info.get("provinces") or [])]:
            key = name_key(str(place))
            if key and key not in nations:
                inside[key].add(entry[0])
    return nations, {k: frozenset(v) for k, v in inside.items()}


def within(place: str, country: str) -> bool:
    """Whether ``place`` may lie in ``country``: ``country`` names a country and ``place``
    names no country, and the tables put it in that country or nowhere."""
    nations, inside = _ranks()
    held = nations.get(name_key(country))
    key = name_key(place)
    if held is None or key in nations:
        return False
    return held in inside.get(key, frozenset({held}))
