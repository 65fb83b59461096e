"""A people's word formed on its place's name ("Tajik" of "Tajikistan", "Velmoran" of
"Velmora"), where the country table spells the people otherwise or knows no such place."""

from __future__ import annotations

from collections import defaultdict

from crossbrief.synthesize.entities.countries import countries, metonyms
from crossbrief.synthesize.entities.groups import KeyGroup, UnionFind

# The place is the people's word with a plural ending ("the Comoros") or the Persian "land
# of" ending ("Tajikistan").
_PLACE_ENDINGS = ("s", "istan", "stan")
# The people's word is the place's name with an adjective ending ("Kenyan", "Iraqi",
# "Nepalese"), after a final vowel that goes ("Italy" -> "Italian", "China" -> "Chinese").
_PEOPLE_ENDINGS = ("n", "an", "ian", "i", "ese")
# Shorter stems match too much by chance ("Mali", "Malian" aside, which the table knows).
_MIN_STEM = 4


def join_peoples_words(nodes: dict[str, KeyGroup], clusters: UnionFind) -> None:
    """A people's word (NORP) joins the one place of the story whose name it is formed on,
    marked as a demonym like the country table's ("Malaysian" beside "Malaysia"). A reader
    looking a country up wants its people's mentions there: a row of its own duplicates the
    country, reads as another actor and, where a spelling variant joined it to the place,
    names the place by the adjective ("Velmoran" heading the Velmora row)."""
    places = [k for k in sorted(nodes) if nodes[k].type in {"GPE", "LOC"} and " " not in k]
    # a people's word and the place it is formed on share their first _MIN_STEM letters
    # (the stem, or the whole shorter word), so only those places are tried
    by_start: dict[str, list[str]] = defaultdict(list)
    for p in places:
        by_start[p[:_MIN_STEM]].append(p)
    for key in sorted(nodes):
        node = nodes[key]
        if node.type != "NORP" or " " in key or all(m.kind == "demonym" for m in node.mentions):
            continue
        words = {key, key[:-1]} if key.endswith("s") else {key}  # "Tajiks"
        # A word the country table gives as a people's belongs to its countries only
        # ("Nigerian" is no people of Niger, though formed like one).
        table = set().union(*(metonyms()["demonym"].get(w, set()) for w in words))
        targets = {
            clusters.find(p)
            for p in sorted({p for w in words for p in by_start.get(w[:_MIN_STEM], ())})
            if any(formed_on(w, p) for w in words)
            and (not table or countries().get(p, ("",))[0] in table)
        }
        if len(targets) != 1:
            continue  # no place, or two: never a guess
        for m in node.mentions:
            m.kind = "demonym"
        node.changed()
        clusters.union(next(iter(targets)), key)


def formed_on(people: str, place: str) -> bool:
    """Whether the folded people's word ``people`` is formed on the folded place name
    ``place`` by a regular ending ("tajik" / "tajikistan", "kenyan" / "kenya")."""
    if people == place or len(people) < _MIN_STEM:
        return False
    if any(place == people + end for end in _PLACE_ENDINGS):
        return True
    stems = {place, place[:-1]} if place[-1] in "aeiouy" else {place}
    return any(
        people == stem + end for stem in stems if len(stem) >= _MIN_STEM for end in _PEOPLE_ENDINGS
    )
