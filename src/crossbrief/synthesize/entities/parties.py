"""Political parties and the conventional other names news style gives them ("GOP" for the
Republican Party, "Tories" for the Conservative Party).

No installed library or package data lists such names (countryinfo knows countries only), so
this is a small hand-kept table of long-standing nicknames and short forms, each a name
the party itself or the press uses in headlines and running text. A name the acronym rules
already join by its initials ("DNC") is not listed.
"""

from __future__ import annotations

from crossbrief.synthesize.entities.groups import KeyGroup, UnionFind

# Name key of the other name -> name keys of the party it stands for (any one will do).
PARTY_ALIASES: dict[str, tuple[str, ...]] = {
    "gop": ("republican party",),
    "grand old party": ("republican party",),
    "tories": ("conservative party", "conservative and unionist party"),
    "tory": ("conservative party", "conservative and unionist party"),
    "tory party": ("conservative party", "conservative and unionist party"),
    "lib dems": ("liberal democrats", "liberal democrat party"),
    "dems": ("democratic party",),
}


def merge_party_aliases(nodes: dict[str, KeyGroup], clusters: UnionFind) -> None:
    """A party's conventional other name joins the party when the story also writes the
    party's own name, or else its members' word ("GOP" beside "Republicans", the party's
    people, as ``merge_party_members`` joins them to a named party): never alone, as a
    nickname is a reader's shorthand for a party the story names, and the same letters may
    spell something else in a story that names none."""
    for alias, parties in PARTY_ALIASES.items():
        if alias not in nodes:
            continue
        named = [p for p in parties if p in nodes] or _members(nodes, parties)
        if named:
            clusters.union(named[0], alias)


def _members(nodes: dict[str, KeyGroup], parties: tuple[str, ...]) -> list[str]:
    """The keys of a party's members' word the NER tags a people ("republicans", "a
    republican"), for parties named "<member word> party"."""
    words = [
        p.removesuffix(" party") for p in parties if p.endswith(" party") and " " not in p[:-6]
    ]
    return [k for w in words for k in (w + "s", w) if k in nodes and nodes[k].type == "NORP"]


def party_names(keys: dict[str, str]) -> set[str]:
    """Of a row's forms (form -> name key), those that are a party's own name, when the row
    also holds that party's conventional other name ("Republican Party" beside "GOP"); none
    otherwise."""
    nicknames = [k for k in keys.values() if k in PARTY_ALIASES]
    parties = {p for k in nicknames for p in PARTY_ALIASES[k]}
    return {form for form, key in keys.items() if key in parties}
