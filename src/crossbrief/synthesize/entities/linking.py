"""Links of a shorter name to the longer one it stands for in the story (surnames,
first words of places, last words of teams, middle names, headline run-ons)."""

from __future__ import annotations

from collections import defaultdict
from functools import lru_cache

from nicknames import NickNamer

from crossbrief.synthesize.entities.countries import GOVERNMENT_MARK, countries, metonyms
from crossbrief.synthesize.entities.first_names import named_apart
from crossbrief.synthesize.entities.gender import person_gender
from crossbrief.synthesize.entities.mentions import KeyGroup, StoryMention, UnionFind
from crossbrief.synthesize.entities.names import name_words, translit
from crossbrief.synthesize.entities.namesakes import NameWords, by_title, introduced_before
from crossbrief.synthesize.entities.parting import middle_initials
from crossbrief.synthesize.entities.regions import regioned
from crossbrief.synthesize.entities.vocabulary import (
    BODY_HEADS,
    DOMINANCE,
    NAMED_AFTER_HEADS,
    OVERLONG_MAX,
    SHORT_NAME_MIN,
)

# Words that join two names in one NER span.
_JOINED = frozenset({"/", "and", "&", "vs", "v"})
_PLACES = frozenset({"GPE", "LOC", "FAC"})


def link_surnames(nodes: dict[str, KeyGroup], clusters: UnionFind) -> dict[int, str]:
    """One-word person mentions -> the full name they stand for (mention id -> cluster).

    A mention addressed as a man or a woman ("Mr. Khan", "Ms. Khan") never stands for a full
    name the story tells is of the other gender (``gender``)."""
    people: dict[str, list[str]] = defaultdict(list)  # cluster -> its multi-word person keys
    for key in sorted(nodes):
        # Any person tag will do: the NER often calls "Donald Trump's" an ORG; but a name
        # voted a place is a place ("Banda Aceh"), and "Aceh" is no surname of it.
        if (
            len(key.split()) > 1
            and nodes[key].type not in _PLACES
            and any(m.type == "PERSON" for m in nodes[key].mentions)
        ):
            people[clusters.find(key)].append(key)
    articles_of = {
        root: {m.article for k in keys for m in nodes[k].mentions} for root, keys in people.items()
    }
    # A word the story puts a title before alone ("Ms. Park") is a surname, even first in a
    # full name ("Park Geun-hye"): no given name to take a gender from.
    titled = {
        key
        for key, node in nodes.items()
        if " " not in key and any(len(m.text.split()) > 1 for m in node.mentions)
    }
    genders = {
        root: person_gender(
            ((m.gender, m.pronoun) for k in keys for m in nodes[k].mentions),
            "" if keys[0].split()[0] in titled else keys[0].split()[0],
        )
        for root, keys in people.items()
    }
    # How often each person is named so far, short forms included: the one readers know.
    sizes: dict[str, int] = defaultdict(int)
    for key, node in nodes.items():
        sizes[clusters.find(key)] += len(node.mentions)
    assigned: dict[int, str] = {}
    by_form: dict[str, set[str]] = defaultdict(set)  # titled form -> whom it stood for
    open_: list[tuple[StoryMention, list[str], list[str], list[str]]] = []
    places = {k for entry in countries().values() for k in entry[:2]} | set(countries())
    last_words, first_words = NameWords(people, -1), NameWords(people, 0)
    peoples = {k for table in metonyms().values() for k in table} | {
        k + "s" for k in metonyms()["demonym"]
    }
    full_mentions = {
        root: [m for k in keys for m in nodes[k].mentions] for root, keys in people.items()
    }

    def relatives_in(root: str, article: str) -> bool:
        """Whether ``article`` sets ``root`` apart as a relative of a namesake, with a
        kinship noun before its name ("his wife Leila Velko")."""
        return any(m.article == article and m.relation for m in full_mentions[root])

    # A word already joined to an event's name ("Marco" of "Hurricane Marco") stands for
    # the event: no person named with it ("Marco Velko") is that event.
    events = {clusters.find(k) for k in nodes if " " in k and nodes[k].type == "EVENT"}
    for key in sorted(nodes):
        node = nodes[key]
        if " " in key or node.type in {"FAC", "EVENT"} or clusters.find(key) in events:
            continue
        placed = all(m.place_use for m in node.mentions)  # "Ann Lee of Orlen", "west of Orlen"
        if key.endswith(GOVERNMENT_MARK) or regioned(node) or placed:
            continue  # a capital's uses for its government, a town "Orlen, Kent": no name's
        # The NER often calls a rare surname a place ("Gupta", "Meron") or a people
        # ("Ulvane"); a known country, capital or people stays one, whatever run-on span
        # ("Ida Brenn U. S.") ends with it.
        if key in peoples or (
            key in places
            and not _lower_code(key, node)
            and not _person_named_like_a_place(key, node, clusters)
        ):
            continue
        if node.type == "NORP" or (key in places and not _lower_code(key, node)):
            # A group ("Jewish", "Dutch") is no one's first name, nor is a country's name a
            # person's given name ("Georgia" beside "Georgia Lee" is the country as often as
            # not); only a surname may be. A code written as a word may be a surname that
            # comes first ("Ms. Hu" of "Hu Lanfen").
            candidates = last_words.roots(key)
        else:
            candidates = last_words.roots(key) or first_words.roots(key)
        if not candidates:
            continue
        if len(candidates) == 1 and all(
            _agreeing(candidates, m.gender, genders) == candidates for m in node.mentions
        ):
            clusters.union(candidates[0], key)
            sizes[candidates[0]] += len(node.mentions)
            continue
        for m in node.mentions:
            agreeing = _agreeing(candidates, m.gender, genders)
            relatives = [c for c in agreeing if relatives_in(c, m.article)]
            if m.relation == "rank":
                # "The elder Velko" is the relative the article set apart, never the other.
                if len(relatives) == 1:
                    assigned[id(m)] = relatives[0]
                continue
            kin_apart = bool(relatives) and len(relatives) < len(agreeing)
            if kin_apart:
                agreeing = [c for c in agreeing if c not in relatives]
            # The son is the cluster named only with "Jr": one that also holds the bare name
            # ("Mark Felt" beside a stray "Mark Felt Jr.") is the father.
            senior = [c for c in agreeing if not all(k.endswith(" jr") for k in people[c])]
            # Where the article set a relative apart, the one it is a relative of may be
            # named only elsewhere: the story decides, not the article's other namesakes.
            local = [] if kin_apart else [c for c in agreeing if m.article in articles_of[c]]
            # News style names a person in full at first mention: a bare surname is the
            # namesake introduced last before it, unless its title is another's.
            named = local
            if len(named) > 1:
                # "Velko" after "Arun Velko Jr." is still the father; "Mr. Velko" may be of
                # either namesake whose sex the story never tells
                unsexed = m.gender and any(genders.get(c) is None for c in named)
                named = [] if unsexed else [c for c in named if c in senior]
            local = introduced_before(m, agreeing, named, full_mentions)
            if len(local) == 1:
                assigned[id(m)] = local[0]
                sizes[local[0]] += 1
                by_form[_titled_form(m.text)].add(local[0])
            elif agreeing:
                open_.append((m, agreeing, senior, named if len(named) == 1 else []))
    # What its article leaves open the story settles: a titled form ("Mrs. Clinton",
    # "Secretary Clinton") stands for the one it stood for where an article named only one
    # candidate, or for the one namesake written in full with that title; else the one
    # named far more often, resolved short forms counted.
    # Where the story names no one far more, the mention's own pronoun decides between
    # namesakes of known gender ("Velko ... his"): a weak cue, so only as the last word.
    for m, candidates, senior, later in open_:
        form = by_form.get(_titled_form(m.text), set()) & set(candidates)
        if len(form) == 1 and " " in _titled_form(m.text):
            pick = sorted(form)
        else:  # "Senator Lee": the one namesake written in full with that title
            pick = by_title(m, candidates, full_mentions) or (
                senior
                if len(senior) == 1
                else dominant(senior, sizes) or _by_pronoun(senior, m.pronoun, genders)
            )
        if len(pick) != 1 and len(later) == 1:
            # the story leaves it open: the one namesake its article names, if only later
            pick = later
        if len(pick) == 1:
            assigned[id(m)] = pick[0]
    # Linked mentions follow their cluster's later merges.
    return {mid: clusters.find(root) for mid, root in assigned.items()}


def _agreeing(
    candidates: list[str], gender: str | None, genders: dict[str, str | None]
) -> list[str]:
    """The candidates a mention addressed as ``gender`` may stand for: all but those the
    story tells are of the other gender."""
    if gender is None:
        return candidates
    return [c for c in candidates if genders.get(c) in {gender, None}]


def _lower_code(key: str, node: KeyGroup) -> bool:
    """Whether a two-letter country code is written as a word ("Ms. Hu", not "HU"): a
    surname, as codes are written in capitals."""
    return len(key) <= 2 and not any(m.clean.isupper() for m in node.mentions)


def _person_named_like_a_place(key: str, node: KeyGroup, clusters: UnionFind) -> bool:
    """Whether a country's name stands for a person of that surname (a coach "Ben Jordan",
    then "Jordan, who led the team"): never placed as a point or a dateline, joined
    to no other form of the country (no people, capital or longer name), and at least half
    its mentions followed by "who" or a subject "he"/"she", as a country is "it" ("him",
    "his" and "her" after a country are mostly another's: "Velmora gave her a medal")."""
    if clusters.find(key) != key or any(
        clusters.find(k) == key for k in clusters.parent if k != key
    ):
        return False
    if any(m.place_use or m.dateline for m in node.mentions):
        return False
    return 2 * sum(m.personal for m in node.mentions) >= len(node.mentions)


def _by_pronoun(
    candidates: list[str], pronoun: str | None, genders: dict[str, str | None]
) -> list[str]:
    """The one candidate of the pronoun's gender, when the others are of the other."""
    fitting = [c for c in candidates if genders.get(c) == pronoun] if pronoun else []
    others = [c for c in candidates if c not in fitting]
    if len(fitting) == 1 and all(genders.get(c) not in {pronoun, None} for c in others):
        return fitting
    return []


def _titled_form(text: str) -> str:
    """A surname mention's form with its title or honorific ("mrs clinton")."""
    return " ".join(name_words(text))


def dominant(candidates: list[str], sizes: dict[str, int]) -> list[str]:
    """The candidate named far more often than any other, as readers would take it."""
    ranked = sorted(candidates, key=lambda c: -sizes[c])
    if len(ranked) > 1 and sizes[ranked[0]] >= DOMINANCE * sizes[ranked[1]]:
        return ranked[:1]
    return ranked if len(ranked) == 1 else []


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
