"""Two forms of one person's surname that the name keys tell apart: a full name with both
surnames of the Spanish-speaking world against the name with the first only ("Ana Ruiz
Ortega" / "Ana Ruiz"), and a surname ending in s written with the apostrophe of a possessive
before its s ("Mr Ree's" for "Mr Rees's")."""

from __future__ import annotations

import re
from collections import defaultdict

from crossbrief.synthesize.entities.groups import KeyGroup, UnionFind
from crossbrief.synthesize.entities.vocabulary import GENERATIONS

# An apostrophe and an s closing a word: the possessive "'s".
_APOSTROPHE_S = re.compile(r"['\u2019]s\b")


def slipped_apostrophe_key(key: str, body: str, end: int, surnames: set[str], full: str) -> str:
    """The key of a one-word person name written as a possessive ("Mr Ree's") whose word
    with an s added is a surname of the story's full names ("Tom Rees") while the word alone
    is none: the writer put the apostrophe of "Rees'" before the s. ``full`` is the key of
    the name with the s; a real surname ending in s keeps its key, and so does a name
    written without a possessive ("Ms Ree said") or one the story names in full itself."""
    if " " in key or key in surnames or full not in surnames or not _APOSTROPHE_S.match(body, end):
        return key
    return full


def link_double_surnames(nodes: dict[str, KeyGroup], clusters: UnionFind) -> None:
    """A person named with a given name and two surnames ("Ana Ruiz Ortega") is the one
    named with the given name and the first surname ("Ana Ruiz"), as Spanish and Portuguese
    names are written short, when only one longer name of the story goes on from the shorter
    ("Ana Ruiz Ortega" beside "Ana Ruiz Vidal" leaves "Ana Ruiz" to neither)."""
    people = {k for k in nodes if " " in k and nodes[k].type == "PERSON"}
    longer: dict[str, set[str]] = defaultdict(set)  # short key -> clusters of longer names
    for key in sorted(people):
        short, last = key.rsplit(" ", 1)
        # "Ivo Brenn Jr" is the son of "Ivo Brenn", no second surname.
        if short in people and last not in GENERATIONS:
            longer[short].add(clusters.find(key))
    for short, roots in sorted(longer.items()):
        if len(roots) == 1:
            clusters.union(next(iter(roots)), short)
