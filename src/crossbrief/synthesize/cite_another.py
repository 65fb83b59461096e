"""A citation about the first of two like things: "another" marks a second instance of what
its noun names ("troops attacked another school in the city"), so a sentence telling the
thing with no "another" ("troops attacked the school") is about the one before it, and is no
citation of it, nor the reverse. Word shares and sentence similarity read the shared noun
and verb ("attacked", "school") and not the one word that tells the two apart.
"""

from __future__ import annotations

import re
from functools import lru_cache

from crossbrief.synthesize.saying import SAYING, forms
from crossbrief.synthesize.text import content_term

# "another", then up to three name or hyphened words that modify its noun ("another UN
# school", "another state-run clinic"), then the noun; "one another" is reciprocal, no
# second instance, and "another 20" adds to a count (the figure checks read counts)
_ANOTHER = re.compile(
    r"(?<!\bone\s)\banother\s+((?:[A-Z][\w.&'-]*\s+|[a-z]+-[a-z]+\s+){0,3})([a-z]+)\b"
)
_SAYING = forms(SAYING)
# The word after the one "another" reaches: when it is a content word the first may only
# modify it ("another major blow"), and a parse-less reading cannot tell which is the noun
_NEXT = re.compile(r"\s+([a-z]+)\b")


@lru_cache(maxsize=1 << 12)
def _others(text: str) -> tuple[frozenset[tuple[str, ...]], str]:
    """The nouns ``text`` tells "another" of, each with the content word after it if any
    (its noun when the first word is a modifier), and its text without those phrases."""
    heads = set()
    for m in _ANOTHER.finditer(text):
        head = m.group(2)
        if head not in _SAYING and content_term(head):
            after = _NEXT.match(text, m.end())
            more = (after.group(1),) if after and content_term(after.group(1)) else ()
            heads.add((head, *more))
    return frozenset(heads), _ANOTHER.sub(" ", text)


def _tells_first(heads: frozenset[tuple[str, ...]], text: str) -> bool:
    """Whether ``text`` names all words of one of ``heads`` (or their plurals) without
    "another"."""
    others, rest = _others(text)
    return any(
        h not in others and all(re.search(rf"\b{re.escape(w)}(?:e?s)?\b", rest, re.I) for w in h)
        for h in heads
    )


def another_instance(a: str, b: str) -> bool:
    """Whether one of sentences ``a`` and ``b`` tells "another" of a noun that the other
    names without it: two instances of one kind of thing."""
    mine, _ = _others(a)
    theirs, _ = _others(b)
    return bool(mine and _tells_first(mine, b)) or bool(theirs and _tells_first(theirs, a))
