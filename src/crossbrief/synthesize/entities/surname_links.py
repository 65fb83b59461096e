"""Bare one-word names linked to the full person name they stand for in the story (a
surname, or a first name), weighing gender, kin set apart and who was named before."""

from __future__ import annotations

from collections import defaultdict
from functools import lru_cache

from crossbrief.synthesize.entities.countries import GOVERNMENT_MARK, countries, metonyms
from crossbrief.synthesize.entities.gender import person_gender
from crossbrief.synthesize.entities.mentions import KeyGroup, StoryMention, UnionFind
from crossbrief.synthesize.entities.names import name_words
from crossbrief.synthesize.entities.namesakes import NameWords, by_title, introduced_before
from crossbrief.synthesize.entities.regions import regioned
from crossbrief.synthesize.entities.shop_names import opens_only_shops
from crossbrief.synthesize.entities.vocabulary import DOMINANCE

_PLACES = frozenset({"GPE", "LOC", "FAC"})


# The two tables' keys, the same for every story: built once, not per story.
@lru_cache(maxsize=1)
def _place_keys() -> frozenset[str]:
    """The keys of countries' names and spellings and of their capitals."""
    return frozenset({k for entry in countries().values() for k in entry[:2]} | set(countries()))


@lru_cache(maxsize=1)
def _people_keys() -> frozenset[str]:
    """The keys of every metonym (capitals, peoples, seats) and of peoples in the plural."""
    return frozenset(
        {k for table in metonyms().values() for k in table}
        | {k + "s" for k in metonyms()["demonym"]}
    )


def link_surnames(
    nodes: dict[str, KeyGroup], clusters: UnionFind, shops: frozenset[str] = frozenset()
) -> dict[int, str]:
    """One-word person mentions -> the full name they stand for (mention id -> cluster).

    A mention addressed as a man or a woman ("Mr. Khan", "Ms. Khan") never stands for a full
    name the story tells is of the other gender (``gender``). A place is no first name of
    ``shops``, the town-and-shop runs of ``shop_names``."""
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
    places, peoples = _place_keys(), _people_keys()
    last_words, first_words = NameWords(people, -1), NameWords(people, 0)
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
        if shops and node.type in _PLACES:
            # "Velton" of "the Velton Ned's Market" is the town, not the given name
            candidates = [c for c in candidates if not opens_only_shops(key, people[c], shops)]
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
