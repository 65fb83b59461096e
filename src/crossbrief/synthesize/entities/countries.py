"""Countries, their capitals and peoples: one entity, metonyms shown as such (a metonym never
names or types the country: only its names vote). Seats of government stay entities of their
own; ``metonyms`` still lists them, for the conflicts' name checks."""

from __future__ import annotations

import re
from collections import defaultdict
from functools import lru_cache

from crossbrief.synthesize.entities.mentions import KeyGroup, UnionFind
from crossbrief.synthesize.entities.names import initials, name_key
from crossbrief.synthesize.entities.vocabulary import SEATS_OF_GOVERNMENT

# An official name's head before "of" that makes its tail a short name of the country
# ("United States of America" -> "America"), unlike "Isle of Man" or "Abode of Peace".
_STATE_HEAD = re.compile(
    r"\b(?:States|Republic|Kingdom|Commonwealth|Federation|Union|Emirates|Principality|"
    r"Sultanate|State) of (?:the )?(.+)$"
)
# A name opening with "Great" is written without it as often ("Great Velmora" -> "Velmora").
_GREAT = re.compile(r"^Great (.+)$")


@lru_cache(maxsize=1)
def countries() -> dict[str, tuple[str, str, str]]:
    """Folded country names and spellings -> (country key, capital key, demonym key)."""
    from countryinfo import all_countries  # loaded once, only when a story is briefed

    out: dict[str, tuple[str, str, str]] = {}
    acronyms: list[tuple[str, tuple[str, str, str]]] = []
    tails: dict[str, set[tuple[str, str, str]]] = defaultdict(set)
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
                short.add(initials(key))  # "Federal Republic of Velmora" -> FRV
            tail = _STATE_HEAD.search(str(spelling)) or _GREAT.match(str(spelling))
            if tail:
                tails[name_key(tail.group(1))].add(entry)
        acronyms.extend((a, entry) for a in sorted(short) if len(a) > 2)
    # Official names spelled short, where no other country's spelling says otherwise; a tail
    # two countries share ("Korea", "Congo") names neither.
    for acronym, entry in acronyms:
        out.setdefault(acronym, entry)
    for tail_key, entries in sorted(tails.items()):
        if len(entries) == 1:
            out.setdefault(tail_key, next(iter(entries)))
    return out


@lru_cache(maxsize=1)
def metonyms() -> dict[str, dict[str, set[str]]]:
    """Alias kind (capital, demonym, seat) -> metonym key -> the country keys it may stand
    for. "American" stands for two countries, "Jerusalem" is claimed by two: such a metonym
    joins the one of them the story names, never a guess."""
    out: dict[str, dict[str, set[str]]] = {k: defaultdict(set) for k in ("capital", "demonym")}
    for country, capital, demonym in sorted(set(countries().values())):
        if capital:
            out["capital"][capital].add(country)
        if demonym:
            out["demonym"][demonym].add(country)
    out["seat"] = defaultdict(set)
    for seat, country in SEATS_OF_GOVERNMENT.items():
        out["seat"][name_key(seat)].add(name_key(country))
    return {kind: dict(table) for kind, table in out.items()}


def merge_countries(nodes: dict[str, KeyGroup], clusters: UnionFind) -> None:
    """Spellings of one country merge; its capital and its people join it as marked metonyms
    when the story names the country (a seat of government such as "the Kremlin" does not)."""
    known = countries()
    place_types = {"GPE", "LOC", "NORP", "ORG"}
    present: dict[str, str] = {}  # country key -> a node naming it
    for key in sorted(nodes):
        entry = known.get(key)
        if entry and nodes[key].type in place_types:
            present.setdefault(entry[0], key)
            clusters.union(present[entry[0]], key)
    tables = metonyms()
    surnames = {k.split()[-1] for k in nodes if " " in k and nodes[k].type == "PERSON"}
    for key in sorted(nodes):
        node = nodes[key]
        if key in known:
            continue
        kind, candidates = "", set()
        # The NER takes a capital that "said" or "denied" for a person ("Khartoum denied"):
        # one that names no person of the story is still the capital.
        if node.type == "GPE" or (node.type == "PERSON" and " " not in key and key not in surnames):
            kind, candidates = "capital", tables["capital"].get(key, set())
        elif node.type == "NORP":
            singular = re.sub(r"s$", "", key)
            kind, candidates = "demonym", tables["demonym"].get(key, set())
            candidates = candidates or tables["demonym"].get(singular, set())
        # A seat of government ("the White House", "the Kremlin") is its own entry even where
        # it stands for its government: an office and a building, not the country.
        named = sorted(c for c in candidates if c in present)
        if len(named) != 1:
            continue
        if kind == "capital" and any(w in named[0].split() for w in key.split()):
            continue  # named after its country ("Velora City"): the city, as the country is
        if kind == "capital":
            uses = _government_uses(nodes, clusters, key)
            if uses is None:
                continue
            key, node = uses.key, uses
        for m in node.mentions:
            m.kind = kind
        node.changed()
        clusters.union(present[named[0]], key)


# Marks the key of a capital's mentions that stand for its government.
GOVERNMENT_MARK = "\u2302"


def _government_uses(nodes: dict[str, KeyGroup], clusters: UnionFind, key: str) -> KeyGroup | None:
    """The mentions of a capital that may stand for its government, under a key of their own
    when some others are the city itself: a capital placed by a bearing or a distance ("300
    miles west of Stockholm") is the city; one the NER took for a person stands for the
    government only where it speaks or decides ("Khartoum denied"), and is a place elsewhere."""
    node = nodes[key]
    person = node.type == "PERSON"
    government = [m for m in node.mentions if not m.place_use and (m.speaks or not person)]
    if len(government) == len(node.mentions):
        return node
    city = [m for m in node.mentions if m not in government]
    if person:
        for m in city:
            m.type = "GPE"  # a known capital that names no person of the story
    node.mentions = city
    node.changed()
    if not government:
        return None
    marked = key + GOVERNMENT_MARK
    nodes[marked] = KeyGroup(marked, government)
    clusters.add(marked)
    return nodes[marked]


def merge_party_members(nodes: dict[str, KeyGroup], clusters: UnionFind) -> None:
    """A party's members ("Democrats", "Republicans"), one member ("a Democrat") and its
    adjective ("Progressive senators") join the party named in the story ("Democratic
    Party") as its people, marked like a country's demonym."""
    parties = [k for k in sorted(nodes) if k.endswith(" party") and k.count(" ") == 1]
    for key in sorted(nodes):
        node = nodes[key]
        if " " in key or node.type != "NORP":
            continue
        # The plural's "s" goes; a singular or the adjective is the member word as written.
        member = key[:-1] if key.endswith("s") else key
        targets = {clusters.find(p) for p in parties if len(member) > 3 and p.startswith(member)}
        if len(targets) == 1:
            for m in node.mentions:
                m.kind = "demonym"
            node.changed()
            clusters.union(next(iter(targets)), key)
        elif key.endswith("cratic"):
            # "-crat" members take "-cratic" ("Technocrats", "Technocratic"): one group
            # whether or not the story names its party ("Arabic" is no "Arab" adjective).
            members = [
                k for k in (key[:-2], key[:-2] + "s") if k in nodes and nodes[k].type == "NORP"
            ]
            if members:
                clusters.union(members[0], key)
