"""Merges of whole name keys: spelling variants and acronyms."""

from __future__ import annotations

from collections import defaultdict

from crossbrief.synthesize.entities.mentions import KeyGroup, UnionFind
from crossbrief.synthesize.entities.names import initials, is_acronym_form, same_word, skeleton
from crossbrief.synthesize.entities.vocabulary import FUZZY_MIN_LETTERS


def merge_variants(nodes: dict[str, KeyGroup], clusters: UnionFind) -> None:
    """Keys with the same words up to transliteration (every word, in order)."""
    # Variants differ by at most one letter per word, so only keys of the same word count
    # and nearly the same length are compared: a story of thousands of names stays fast.
    buckets: dict[tuple[int, int], list[str]] = defaultdict(list)
    for key in sorted(nodes):
        buckets[(len(key.split()), len(skeleton(key)))].append(key)
    for (words, length), keys in sorted(buckets.items()):
        near = [
            k
            for n in range(length - words, length + words + 1)
            for k in buckets.get((words, n), [])
        ]
        for a in keys:
            wa = a.split()
            for b in near:
                if b <= a:
                    continue
                pairs = list(zip(wa, b.split(), strict=True))
                differ = [(x, y) for x, y in pairs if x != y]
                # Beside a shared first name, a shorter surname may vary ("Rait" / "Raite").
                shortest = FUZZY_MIN_LETTERS if len(differ) != 1 or len(pairs) == 1 else 4
                if all(same_word(x, y, shortest) for x, y in differ):
                    clusters.union(a, b)
    # Spacing varies too ("SeaMicro" / "Sea Micro", "T-Mobile" / "T- Mobile").
    joined: dict[str, str] = {}
    for key in sorted(nodes):
        clusters.union(joined.setdefault(key.replace(" ", ""), key), key)


def merge_acronyms(nodes: dict[str, KeyGroup], clusters: UnionFind) -> None:
    """An acronym joins the unique multi-word name whose initials it spells."""
    by_initials: dict[str, set[str]] = defaultdict(set)
    for key in nodes:
        if len(key.split()) > 1:
            by_initials[initials(key)].add(clusters.find(key))
    for key in sorted(nodes):
        node = nodes[key]
        if " " in key or len(key) < 2:
            continue
        if not any(is_acronym_form(m.text) for m in node.mentions):
            continue
        targets = by_initials.get(key, set())
        if len(targets) == 1:
            for m in node.mentions:
                m.kind = "acronym"
            clusters.union(next(iter(targets)), key)
