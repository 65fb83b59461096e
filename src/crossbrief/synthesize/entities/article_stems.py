"""A place or a body written with and without the Arabic article ("al-Marsuna" and
"Marsouna"): transliterations keep the article on one outlet's spelling and drop it on
another's, and may change a vowel or a consonant of the stem. ``name_key`` keeps the article
on its word, so the two keys never meet word for word; a person's particle is left to the
surname rules (``surname_forms``)."""

from __future__ import annotations

import re

from crossbrief.synthesize.entities.groups import KeyGroup, UnionFind
from crossbrief.synthesize.entities.names import similar_skeletons, skeleton
from crossbrief.synthesize.entities.vocabulary import FUZZY_MIN_LETTERS

# The article and its assimilated forms opening a key's first word ("al-", "el-", "ash-").
_ARTICLE = re.compile(r"^(?:al|el|ad|ar|as|ash|at|az|an)-(?=[a-z])")


def link_article_stems(nodes: dict[str, KeyGroup], clusters: UnionFind) -> None:
    """Join a key opening with the article to a key of the same words without it, each word
    the same up to transliteration ("al-marsuna" / "marsouna"), where neither group is
    voted a person."""
    stems = {
        key: _ARTICLE.sub("", key).split()
        for key, node in nodes.items()
        if _ARTICLE.match(key) and node.type != "PERSON"
    }
    if not stems:
        return
    for key, node in sorted(nodes.items()):
        if node.type == "PERSON" or _ARTICLE.match(key):
            continue
        words = key.split()
        for other, stem in stems.items():
            if len(stem) == len(words) and all(
                similar_skeletons(skeleton(a), skeleton(b), FUZZY_MIN_LETTERS)
                for a, b in zip(stem, words, strict=True)
            ):
                clusters.union(other, key)
