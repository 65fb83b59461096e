"""Links of a shorter name to the longer one it stands for in the story (first words of
places, last words of teams, middle names, headline run-ons); bare surnames are
``surname_links``'."""

from __future__ import annotations

from collections import defaultdict
from functools import lru_cache

from nicknames import NickNamer

from crossbrief.synthesize.entities.countries import countries, metonyms
from crossbrief.synthesize.entities.first_names import named_apart
from crossbrief.synthesize.entities.mentions import KeyGroup, UnionFind
from crossbrief.synthesize.entities.names import name_words, translit
from crossbrief.synthesize.entities.parting import middle_initials
from crossbrief.synthesize.entities.regions import regioned
from crossbrief.synthesize.entities.vocabulary import (
    BODY_HEADS,
    NAMED_AFTER_HEADS,
    OVERLONG_MAX,
    PLACE_NAMED_AFTER_HEADS,
    SHORT_NAME_MIN,
)

# Words that join two names in one NER span.
_JOINED = frozenset({"/", "and", "&", "vs", "v"})


def link_places(nodes: dict[str, KeyGroup], clusters: UnionFind) -> None:
    """A one-word place ("the North") joins the unique longer place it begins ("North
    Korea"), as outlets shorten a name they have just given in full; not a capital that
    joined its country as a metonym, which would take the longer place into the country, nor
    a body or building named after the place and tagged one ("the Velmora Clinic")."""
    places = sorted(
        k
        for k in nodes
        if " " in k
        and " and " not in k
        and nodes[k].type in {"GPE", "LOC"}
        and k.rsplit(maxsplit=1)[-1] not in _NAMED_AFTER_PLACE
    )
    known = countries()
    for key in sorted(nodes):
        # A country is not its capital named after it ("Panama" / "Panama City").
        if " " in key or nodes[key].type not in {"GPE", "LOC"} or key in known:
            continue
        if any(m.kind == "capital" for m in nodes[key].mentions) or regioned(nodes[key]):
            continue  # joined its country ("London" is no "London Clinic"), or named in full
        if _ambiguous_compass(key, nodes, places):
            continue
        targets = {clusters.find(k) for k in places if k.split()[0] == key}
        if len(targets) == 1:
            clusters.union(next(iter(targets)), key)


# Head nouns of a body or building named after its place ("the Velmora Clinic", "Orla
# Airport"), which the NER may still tag a place: the place is not that body.
_NAMED_AFTER_PLACE = frozenset(
    {"clinic", "hospital", "infirmary", "university", "college", "school", "academy"}
    | {"institute", "airport", "station", "stadium", "arena", "prison", "jail", "hotel"}
    | {"museum", "cathedral", "church", "mosque", "temple", "library", "zoo", "centre"}
    | {"center", "club", "council", "court", "police", "harbour", "harbor", "port"}
)
_OPPOSITE = {"north": "south", "south": "north", "east": "west", "west": "east"}


def _ambiguous_compass(key: str, nodes: dict[str, KeyGroup], places: list[str]) -> bool:
    """Whether a bare compass word ("the South") is a region rather than the one place it
    opens: the story names that place's twin too ("South X" beside "North X") but never its
    opposite word alone, as "the North" / "the South" stand for two halves of one land."""
    opposite = _OPPOSITE.get(key)
    if opposite is None or opposite in nodes:
        return False
    tails = {k.split(maxsplit=1)[1] for k in places if k.split()[0] == key}
    return any(f"{opposite} {tail}" in nodes for tail in tails)


def link_last_words(nodes: dict[str, KeyGroup], clusters: UnionFind) -> None:
    """A name of an organisation, team or product joins the unique longer name of the story
    ending with it ("Chiefs" -> "Kansas City Chiefs", "Red Sox" -> "Boston Red Sox"); people
    have their own rule, and a seat of government is no team."""
    skip = {"GPE", "LOC", "NORP", "PERSON"}
    # A seat of government ends with no name of its own: "House" is not the "White House".
    seats = metonyms()["seat"]
    names = [k for k in nodes if nodes[k].type not in skip and k not in seats]
    endings: dict[str, list[str]] = defaultdict(list)  # word-suffix -> longer keys
    for key in names:
        words = key.split()
        if _JOINED.intersection(words):
            continue  # two names run together ("AMD / ATI Technologies") end with neither
        for n in range(1, len(words)):
            endings[" ".join(words[n:])].append(key)
    # Longer names first, so "Red Sox" joins "Boston Red Sox" before "Sox" looks for either.
    for key in sorted(names, key=lambda k: (-k.count(" "), k)):
        targets = {clusters.find(k) for k in endings.get(key, [])} - {clusters.find(key)}
        if len(targets) == 1:
            clusters.union(next(iter(targets)), key)
    # The NER takes a body's one-word short name for a person ("the Velm" of "State Velm"):
    # it is that name when no person of the story bears it and none is titled with it.
    surnames = {k.split()[-1] for k in nodes if " " in k and nodes[k].type == "PERSON"}
    for key in sorted(nodes):
        node = nodes[key]
        if " " in key or node.type != "PERSON" or key in surnames:
            continue
        if any(
            m.text.split()[0] != m.clean.split()[0]
            or m.gender
            or ((m.speaks or m.pronoun) and not m.determined)
            for m in node.mentions
        ):
            continue  # "Mr. Velm", "Gov. Velm", "Velm said he" (not "the Velm said"): a person
        longer = [k for k in endings.get(key, []) if clusters.find(k) != clusters.find(key)]
        if len({clusters.find(k) for k in longer}) == 1:
            for m in node.mentions:
                m.type = nodes[longer[0]].type  # the body's type, not the NER's person
            node.changed()
            clusters.union(longer[0], key)


def link_overlong(nodes: dict[str, KeyGroup], clusters: UnionFind) -> None:
    """A rare span that starts with a frequent name of two words or more joins it: the NER
    ran on into a headline ("Ida Brenn Dies At 88") or an apposition."""
    for key in sorted(nodes):
        words = key.split()
        # URL slugs ("esther-williams-dies") repeat a headline without making it a name.
        written = [m for m in nodes[key].mentions if m.text[:1].isupper()]
        if len(words) < 3 or len(written) > OVERLONG_MAX:
            continue
        if words[-1] == "jr" and {f"{words[0]} jr", f"{words[-2]} jr"} & nodes.keys():
            # "Arun Jr." or "Velko Jr." beside "Arun Velko Jr.": the story tells a son from
            # his father, so the son's full name is no run-on of the father's.
            continue
        named_after = words[-1] in NAMED_AFTER_HEADS
        if words[-1] in BODY_HEADS and nodes[key].type not in {"PERSON", "GPE", "LOC"}:
            continue  # "United Nations Development Programme" is not the "United Nations"
        if words[-1] in PLACE_NAMED_AFTER_HEADS:
            continue  # "Mount Orsa National Park" is not the peak it is named after
        for k in range(len(words) - 1, 1, -1):
            head = " ".join(words[:k])
            node = nodes.get(head)
            # A people's adjective qualifies the name after it: "the Velmoran Red Cross" is a
            # body of its own, no run-on of "Velmoran".
            if (
                node
                and node.type not in {"GPE", "LOC", "NORP"}
                and len(node.mentions) > OVERLONG_MAX
            ):
                if named_after and node.type == "PERSON":
                    break  # a fund named after a person is not that person
                clusters.union(head, key)
                break


def link_name_tails(nodes: dict[str, KeyGroup], clusters: UnionFind) -> None:
    """A person named by the last words of a longer name of the story ("Lo Varga" for
    "Ivo Lo Varga", "Tom Hale Jr" for "Ivo Tom Hale Jr") is that
    person, when only one person's name ends that way."""
    people = [k for k in sorted(nodes) if " " in k and nodes[k].type == "PERSON"]
    for key in people:
        # One first name more, and not a name of something else run on ("Sharks Ivo
        # Brenn", "Gulls QB Tom Hale").
        longer = {
            clusters.find(k)
            for k in people
            if k.endswith(" " + key)
            and k.count(" ") == key.count(" ") + 1
            and nodes.get(k.split()[0], nodes[k]).type == "PERSON"
        }
        if len(longer) == 1:
            clusters.union(next(iter(longer)), key)


def link_short_first_names(nodes: dict[str, KeyGroup], clusters: UnionFind) -> None:
    """A first name written short ("Fred LaRue") or as its nickname ("Rick Gates", "Katie
    Jenkin") is the one person of the story with that surname whose first name it begins or
    is a nickname of ("Frederick LaRue", "Richard Gates", "Kathryn Jenkin"), when there is
    only one such person. The longer name may carry a middle name ("Bob Halvik" for "Robert
    Jay Halvik"): a nickname stands for the whole name as it does for the first."""
    by_surname: dict[str, list[str]] = defaultdict(list)
    for key in sorted(nodes):
        words = key.split()
        if 2 <= len(words) <= 3 and words[-1] != "jr" and nodes[key].type == "PERSON":
            by_surname[words[-1]].append(key)
    for keys in by_surname.values():
        for short in keys:
            first = short.split()[0]
            if len(first) < SHORT_NAME_MIN or short.count(" ") != 1:
                continue
            # Keys spell names for matching ("Rick" -> "rik"): nicknames go by the written word.
            written = {w[0] for m in nodes[short].mentions if (w := name_words(m.clean))}
            formal = {translit(n) for w in sorted(written) for n in _formal_names(w)}
            longer = {
                clusters.find(k)
                for k in keys
                if k.split()[0] != first
                and (k.split()[0].startswith(first) or k.split()[0] in formal)
                and not named_apart(nodes[k], nodes[short])
            }
            if len(longer) == 1:
                clusters.union(next(iter(longer)), short)


@lru_cache(maxsize=1 << 12)
def _formal_names(nickname: str) -> frozenset[str]:
    """The given names a nickname is short for ("rick" -> "richard", "eric", ...), from the
    hand-curated English table of the ``nicknames`` package."""
    return frozenset(_nicknamer().canonicals_of(nickname))


@lru_cache(maxsize=1)
def _nicknamer() -> NickNamer:
    return NickNamer()  # reads its table once, only when a story has a nickname to check


def link_middle_names(nodes: dict[str, KeyGroup], clusters: UnionFind) -> None:
    """A person named with a middle name ("Mark Jay Heller") is the one named without it
    ("Mark Heller") when the story has that shorter name, unless the shorter name is written
    with other middle initials, or two longer names with different ones compete for it
    ("Ann M.K. Lee" is not "Ann K. Lee")."""
    longer: dict[str, list[str]] = defaultdict(list)
    for key in sorted(nodes):
        words = key.split()
        if len(words) < 3 or words[-1] == "jr" or nodes[key].type != "PERSON":
            continue
        short = f"{words[0]} {words[-1]}"
        if short in nodes and nodes[short].type == "PERSON":
            longer[short].append(key)
    for short, keys in longer.items():
        theirs = _initials_of(nodes[short])
        fitting = {}
        for key in keys:
            mine = _initials_of(nodes[key])
            if not (mine and theirs and mine != theirs):
                fitting[key] = mine
        if len(set(fitting.values())) == 1:
            for key in fitting:
                clusters.union(short, key)


def _initials_of(node: KeyGroup) -> frozenset[str]:
    """The middle initials a group's mentions spell, mentions without any aside."""
    return frozenset(i for m in node.mentions if (i := middle_initials(m.text)))
