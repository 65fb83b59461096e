"""Merges of whole name keys: spelling variants and acronyms."""

from __future__ import annotations

import re
from collections import defaultdict

from crossbrief.synthesize.entities.countries import countries
from crossbrief.synthesize.entities.media import MEDIUM_MARK
from crossbrief.synthesize.entities.mentions import KeyGroup, UnionFind
from crossbrief.synthesize.entities.names import (
    initials,
    is_acronym_form,
    similar_skeletons,
    skeleton,
)
from crossbrief.synthesize.entities.national_bodies import named_after_body, nations_general_body
from crossbrief.synthesize.entities.vocabulary import FUZZY_MIN_LETTERS, SHORT_NAMES, WOMAN_MARK

# The shortest word merge_variants lets differ by one letter (a surname beside a shared
# first name).
_FUZZY_FLOOR = 4


def merge_variants(nodes: dict[str, KeyGroup], clusters: UnionFind) -> None:
    """Keys with the same words up to transliteration (every word, in order)."""
    words_of = {k: k.split() for k in nodes}
    skeletons = {k: [skeleton(w) for w in words_of[k]] for k in nodes}
    for a, b in sorted(_candidate_pairs(skeletons)):
        if a.endswith(WOMAN_MARK) != b.endswith(WOMAN_MARK):
            continue  # "Mr Jenkin" and "Miss Jenkin": one surname, two people
        if a.endswith(MEDIUM_MARK) != b.endswith(MEDIUM_MARK):
            continue  # a paper named like a place ("Suomi, a newspaper") is not the place
        wa, wb, sa, sb = words_of[a], words_of[b], skeletons[a], skeletons[b]
        differ = [i for i in range(len(wa)) if wa[i] != wb[i]]
        # Beside a shared first name, a shorter surname may vary ("Rait" / "Raite").
        shortest = FUZZY_MIN_LETTERS if len(differ) != 1 or len(wa) == 1 else 4
        if (
            all(similar_skeletons(sa[i], sb[i], shortest) for i in differ)
            and not any(_ending_apart(wa[i], wb[i]) for i in differ)
            and not _kin_apart(nodes[a], nodes[b])
            and not (_one_letter_changed(wa, wb, differ) and _both_written(nodes[a], nodes[b]))
        ):
            clusters.union(a, b)
    # Spacing varies too ("SeaMicro" / "Sea Micro", "T-Mobile" / "T- Mobile").
    joined: dict[str, str] = {}
    for key in sorted(nodes):
        # ... and so does a particle's hyphen ("al-Qaeda" / "Al Qaeda"), and a number after
        # a name, in words or in figures ("Vela One" / "Vela1").
        words = [w if i == 0 else _DIGITS.get(w, w) for i, w in enumerate(key.split())]
        clusters.union(joined.setdefault("".join(words).replace("-", ""), key), key)


_DIGITS = {
    w: str(n)
    for n, w in enumerate(
        ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"), start=1
    )
}


def _ending_apart(a: str, b: str) -> bool:
    """Whether two words differ only in a last "s" against an "n" ("Velas" / "Velan"): a
    plural and a people's name, not a slip of the pen."""
    return len(a) == len(b) and a[:-1] == b[:-1] and {a[-1], b[-1]} == {"s", "n"}


def _kin_apart(a: KeyGroup, b: KeyGroup) -> bool:
    """Whether one article writes both spellings and sets one apart as a relative ("Lev
    Orlan and his brother, Leo Orlan"): two people, not one name spelled two ways."""
    arts_a, arts_b = {m.article for m in a.mentions}, {m.article for m in b.mentions}
    return any(m.relation == "kin" and m.article in arts_b for m in a.mentions) or any(
        m.relation == "kin" and m.article in arts_a for m in b.mentions
    )


def _one_letter_changed(wa: list[str], wb: list[str], differ: list[int]) -> bool:
    """Whether two keys differ by letters changed in place ("Dolton" / "Doston"), not by a
    letter added or dropped, as a plural or a people's word is ("Velan" / "Velans")."""
    return all(len(wa[i]) == len(wb[i]) for i in differ)


# A slip of the pen is made once: a spelling written this often is meant.
_MEANT = 2


def _both_written(a: KeyGroup, b: KeyGroup) -> bool:
    """Whether one article writes both spellings and the story writes each at least twice
    ("Dolton" and "Doston" of one cup draw): two names, not one name spelled two ways."""
    if len(a.mentions) < _MEANT or len(b.mentions) < _MEANT:
        return False
    return bool({m.article for m in a.mentions} & {m.article for m in b.mentions})


def _candidate_pairs(skeletons: dict[str, list[str]]) -> set[tuple[str, str]]:
    """Pairs of keys of as many words whose last words are equal or one edit apart.

    Two words one edit apart (a letter changed, added, dropped or two swapped) become equal
    after one deletion each, so keys are indexed by their last word's one-deletion variants:
    a story of thousands of names never compares every pair.
    """
    index: dict[tuple[int, str], list[str]] = defaultdict(list)
    for key, sk in skeletons.items():
        if not sk:
            continue
        last = sk[-1]
        variants = {last}
        if len(last) >= _FUZZY_FLOOR:
            variants |= {last[:i] + last[i + 1 :] for i in range(len(last))}
        for v in variants:
            index[(len(sk), v)].append(key)
    pairs: set[tuple[str, str]] = set()
    for keys in index.values():
        keys.sort()
        for i, a in enumerate(keys):
            pairs.update((a, b) for b in keys[i + 1 :])
    return pairs


def merge_acronyms(nodes: dict[str, KeyGroup], clusters: UnionFind) -> None:
    """An acronym joins the unique multi-word name whose initials it spells."""
    by_initials: dict[str, set[str]] = defaultdict(set)
    holding: dict[str, set[str]] = defaultdict(set)
    for key in nodes:
        if len(key.split()) > 1:
            by_initials[initials(key)].add(clusters.find(key))
            # A short acronym inside a name is spelled out in the longer one ("US
            # Geological Survey" -> "USGS").
            by_initials[initials(key, whole=2)].add(clusters.find(key))
            # ... and an acronym may spell its function words too ("Department of Defense"
            # -> "DOD").
            by_initials["".join(w[0] for w in key.split() if w != "the")].add(clusters.find(key))
            # ... and a product's letters spell its written capitals and number ("PS2" for
            # "PlayStation 2"), as makers shorten a name written in camel case; a person's
            # name is never so shortened ("Ann McLean" is no "AML").
            if nodes[key].type != "PERSON":
                for form in {_capitals(m.clean) for m in nodes[key].mentions} - {""}:
                    by_initials[form].add(clusters.find(key))
            for word in key.split():
                holding[word].add(clusters.find(key))
    for key in sorted(nodes):
        node = nodes[key]
        if " " in key or len(key) < 2:
            continue
        if not any(is_acronym_form(m.text) for m in node.mentions):
            continue
        # A longer span holding the acronym itself ("HP and Plano") is a run-on, not its
        # expansion.
        targets = by_initials.get(key, set()) - holding.get(key, set())
        if len(targets) == 1:
            target = next(iter(targets))
            for m in node.mentions:
                m.kind = "acronym"
                if m.type == "PERSON" and nodes[target].type != "PERSON":
                    m.type = nodes[target].type  # letters spelling a body's name: no person
            node.changed()
            clusters.union(target, key)


# A written name with a capital inside a word ("PlayStation 2"), its capitals and numbers.
_CAMEL = re.compile(r"[a-z][A-Z]")
_CAPITALS_AND_NUMBERS = re.compile(r"[A-Z]|(?<![\w])\d+")


def _capitals(form: str) -> str:
    """The capitals and numbers of a name of two words or more with a capital inside a word,
    lower-cased ("PlayStation 2" -> "ps2"); "" for any other name."""
    if " " not in form.strip() or not _CAMEL.search(form):
        return ""
    return "".join(_CAPITALS_AND_NUMBERS.findall(form)).lower()


# Endings that make another word of one stem in a name ("Refounding" / "Refoundation").
_DERIVED = re.compile(r"(?:ation|ing|s)$")
# What a party's name may drop ("Labour Party" is "Labour").
_PARTY = "party"
# Types a short form of an organisation's name may not be: a place or a people is an entity
# of its own ("Wyoming" is not the "University of Wyoming", "Communist" no one party).
_NOT_SHORT_FORMS = frozenset({"GPE", "LOC", "NORP", "FAC", "WORK_OF_ART", "EVENT"})
_JOINED = frozenset({"and", "&", "/", "vs", "v"})


def _stems(key: str) -> list[str]:
    words = key.split()
    if len(words) > 1 and words[-1] == _PARTY:
        words = words[:-1]
    return [_DERIVED.sub("", w) if len(w) > 6 else w for w in words]


def _is_subsequence(short: list[str], long: list[str]) -> bool:
    rest = iter(long)
    return all(any(w == x for x in rest) for w in short)


def merge_organisation_forms(nodes: dict[str, KeyGroup], clusters: UnionFind) -> None:
    """A name of an organisation joins the unique longer one of the story whose words it
    keeps in order, its head (last word, "Party" aside) included, up to a derived ending:
    "Refoundation", "Communist Refoundation" and "Communist Refounding Party" are one party,
    while "Communist" alone names none of two parties that share it."""
    stems = {k: _stems(k) for k in nodes}
    surnames = {k.split()[-1] for k in nodes if " " in k and nodes[k].type == "PERSON"}
    # A one-word person is a person, unless no person of the story has that surname.
    forms = [
        k
        for k in sorted(nodes)
        if stems[k]
        and nodes[k].type not in _NOT_SHORT_FORMS
        # "Kate and Leopold" is two names; "of" makes its tail the distinctive part
        # ("University of South Alabama" is not the "University of Alabama").
        and not _JOINED.intersection(k.split())
        and "of" not in k.split()
        and not (nodes[k].type == "PERSON" and (" " in k or k in surnames))
        # A common noun capitalised ("State" beside "the state") is no one name's short form.
        and not (" " not in k and all(m.common for m in nodes[k].mentions))
    ]
    heads: dict[str, list[str]] = defaultdict(list)
    for key in forms:
        if " " in key and nodes[key].type != "PERSON":
            heads[stems[key][-1]].append(key)
    # Spellings of one full name first, so that a short form finds them as one.
    spelled: dict[tuple[str, ...], str] = {}
    for key in forms:
        clusters.union(spelled.setdefault(tuple(stems[key]), key), key)
    for key in forms:
        short = stems[key]
        targets = {
            clusters.find(k)
            for head in set(short)
            for k in heads.get(head, ())
            if k != key
            and len(stems[k]) >= len(short)
            and stems[k] != [*short, _PARTY]
            and _is_subsequence(short, stems[k])
            and not nations_general_body(short, stems[k])
            and not named_after_body(key.split(), k.split())
            # A plain tail ("Red Sox", "Today" of "USA Today") is link_last_words' to judge.
            and not k.endswith(" " + key)
        } - {clusters.find(key)}
        if len(targets) == 1:
            clusters.union(next(iter(targets)), key)


def merge_short_written_heads(nodes: dict[str, KeyGroup], clusters: UnionFind) -> None:
    """Names of an organisation that differ only in a leading name written short or in full
    are one, and so are a conventional short name and its full name ("Fed", "Federal
    Reserve"): a country's spellings ("U.S. Geological Survey" / "United States Geological
    Survey") and an acronym with the expansion the story gave it ("UN Development
    Programme" / "United Nations Development Programme")."""
    known = countries()
    spelled: dict[str, list[str]] = defaultdict(list)  # initials -> the names they spell
    for key in nodes:
        if " " in key:
            spelled[initials(key)].append(key)
    short: dict[str, str] = {}  # a spelled-out name -> its acronym, as the story pairs them
    for key in nodes:
        if key in spelled and any(m.kind == "acronym" for m in nodes[key].mentions):
            root = clusters.find(key)
            for full in spelled[key]:
                if clusters.find(full) == root:
                    short[full] = key
    same: dict[str, str] = {}
    for key, full in SHORT_NAMES.items():  # conventions: "the Fed" is the Federal Reserve
        if key in nodes and full in nodes and nodes[key].type != "PERSON":
            clusters.union(full, key)
    for key in sorted(nodes):
        words = key.split()
        if len(words) < 2 or nodes[key].type == "PERSON":
            continue
        form = key
        for n in range(len(words) - 1, 0, -1):
            head, rest = " ".join(words[:n]), " ".join(words[n:])
            if head in known:
                form = f"{known[head][0]} {rest}"
                break
            if head in short:
                form = f"{short[head]} {rest}"
                break
        clusters.union(same.setdefault(form, key), key)


# The prepositions after an organisation's head: "Institute of", "Fund for", "Committee on".
_OF_FOR = re.compile(r" (?:of|for|on) ")


def merge_headed_names(nodes: dict[str, KeyGroup], clusters: UnionFind) -> None:
    """An organisation named by the words before its "of", "for" or "on" ("the Velora
    Institute" for "Velora Institute of Marine Studies", "the Velora Commission" for
    "Velora Commission on Fisheries") is that one, when the story has only one such longer
    name and writes it at least as often; two names differing only in that preposition
    ("... for ..." / "... of ..." / "... on ...") are one. A head of one word ("Ministry",
    "Bank") names no one."""
    orgs = [k for k in sorted(nodes) if nodes[k].type in {"ORG", "FAC"}]
    heads: dict[str, set[str]] = defaultdict(set)
    for key in orgs:
        split = _OF_FOR.search(key)
        if split and split.start() > 0:
            head = key[: split.start()]
            heads[head].add(key)
            same = f"{head}{{}}{key[split.end() - 1 :]}"
            for word in (" of", " for", " on"):
                other = same.format(word)
                if other != key and other in nodes and nodes[other].type in {"ORG", "FAC"}:
                    clusters.union(key, other)
    for head, longer in sorted(heads.items()):
        if " " not in head or head not in nodes or nodes[head].type not in {"ORG", "FAC"}:
            continue
        targets = {clusters.find(k) for k in longer}
        written = sum(len(nodes[k].mentions) for k in longer)
        # A short form of the name the story mostly writes in full: "the United Nations" is
        # no short form of a stray "United Nations for Refugees" span.
        if len(targets) == 1 and written >= len(nodes[head].mentions):
            clusters.union(next(iter(targets)), head)
