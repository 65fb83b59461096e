"""A town written before a shop's possessive name, which the NER runs into one person's
name ("the Velton Ned's Market" tagged a person "Velton Ned")."""

from __future__ import annotations

import re

from crossbrief.synthesize.entities.mentions import KeyGroup
from crossbrief.synthesize.story import Story

# A capitalised word right after a name's "'s": the name owns a named thing ("Ned's
# Market"), as a shop, a chain or a brand is written; "Ned's car" is no name.
_OWNED_NAME = re.compile(r"[ \t]+[A-Z]")
_POSSESSIVE = re.compile(r"['\u2019]s")
_PLACE_VOTES = frozenset({"GPE", "LOC"})


def shop_runs(story: Story, nodes: dict[str, KeyGroup]) -> frozenset[str]:
    """The person-tagged names of two or more words that open with a word the story votes a
    place alone and that are, every time, followed by "'s" and a capitalised word (the
    "'s" may be inside the mention): a town before a shop's possessive name, not a person
    whose given name the NER took for a place, who is also written otherwise."""
    places = {k for k, n in nodes.items() if " " not in k and n.type in _PLACE_VOTES}
    if not places:
        return frozenset()
    bodies: dict[str, str] = {}
    runs = set()
    for key, node in nodes.items():
        if " " not in key or key.split()[0] not in places:
            continue
        if not any(m.type == "PERSON" for m in node.mentions):
            continue
        if not bodies:
            bodies = {a.article.id: a.article.text for a in story.articles}
        if all(_owns_a_name(bodies[m.article], m.text, m.end) for m in node.mentions):
            runs.add(key)
    return frozenset(runs)


def _owns_a_name(body: str, text: str, end: int) -> bool:
    """Whether a mention ends in "'s" (its own, or right after it) and a capitalised word
    follows."""
    if text.endswith(("'s", "\u2019s")):
        return bool(_OWNED_NAME.match(body, end))
    owned = _POSSESSIVE.match(body, end)
    return owned is not None and bool(_OWNED_NAME.match(body, owned.end()))


def opens_only_shops(word: str, keys: list[str], shops: frozenset[str]) -> bool:
    """Whether the names of ``keys`` that open with ``word`` are all shop runs (and there is
    one): the word is then no given name of theirs."""
    opening = [k for k in keys if k.split()[0] == word]
    return bool(opening) and all(k in shops for k in opening)
