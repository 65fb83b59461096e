"""A person called by a short first name alone ("Wlad" beside "Wladimir Kostra"), and two
people whose full names share a surname and a first name's start ("Tom Lee and Tomas Lee"),
whom one sentence names apart."""

from __future__ import annotations

from collections import defaultdict

from crossbrief.analyze.gender import given_name_gender
from crossbrief.synthesize.entities.groups import KeyGroup, UnionFind
from crossbrief.synthesize.entities.vocabulary import PERSON_TITLES, SHORT_NAME_MIN
from crossbrief.synthesize.text import fold


def named_apart(a: KeyGroup, b: KeyGroup) -> bool:
    """Whether one sentence writes both full names: a writer names one person once a
    sentence, so "Tom Lee and Tomas Lee" are two people."""
    sentences = {(m.article, m.sentence) for m in a.mentions}
    return any((m.article, m.sentence) in sentences for m in b.mentions)


def link_short_first_names_alone(nodes: dict[str, KeyGroup], clusters: UnionFind) -> None:
    """A one-word person the story never titles ("Wlad") is the one person whose first name
    it begins ("Wladimir Kostra"), when no other person's first name begins so, it is no
    word of another name (a surname or a whole first name, which ``link_surnames`` reads),
    and its given name's sex, where known, is that first name's ("Dan" is no "Daniela").
    Not a relative ("her husband Pat", "the elder Pat"), nor one introduced with an age
    ("Pat, 65,"), nor a short name in an article that calls that person by surname alone:
    news style then gives a lone first name to someone else, a child or a witness."""
    firsts: dict[str, set[str]] = defaultdict(set)  # first word -> its full names
    words_of_names: set[str] = set()
    for key, node in nodes.items():
        words = key.split()
        if len(words) > 1 and node.type == "PERSON":
            firsts[words[0]].add(key)
        if len(words) > 1:
            words_of_names.update(words)
    for key, node in sorted(nodes.items()):
        if " " in key or len(key) < SHORT_NAME_MIN or node.type != "PERSON":
            continue
        if key in words_of_names or any(
            _titled(m.text) or m.relation or m.aged for m in node.mentions
        ):
            continue  # "Ali, 65,": someone an article introduces by age, no short form
        articles = {m.article for m in node.mentions}
        longer = {
            clusters.find(full)
            for first, fulls in firsts.items()
            if first.startswith(key) and first != key and _same_sex(node, first)
            for full in fulls
            if not _surname_alone(nodes, full, articles)
        }
        if len(longer) == 1:
            clusters.union(next(iter(longer)), key)


def _surname_alone(nodes: dict[str, KeyGroup], full: str, articles: set[str]) -> bool:
    """Whether one of ``articles`` calls the person of the full name ``full`` by the
    surname alone ("Varga" beside "Ann Varga")."""
    surname = nodes.get(full.split()[-1])
    return surname is not None and any(m.article in articles for m in surname.mentions)


def _titled(text: str) -> bool:
    """Whether a mention has a title or a form of address before the name ("Mr. Wlad"): a
    surname's, not a first name's."""
    words = text.split()
    return len(words) > 1 and fold(words[0]).strip(".") in PERSON_TITLES


def _same_sex(node: KeyGroup, first: str) -> bool:
    """Whether the short name's written form and the full first name are not known to be
    given to people of different sexes."""
    short = {given_name_gender(m.text.strip()) for m in node.mentions} - {None}
    full = given_name_gender(first.capitalize())
    return full is None or not short or short == {full}
