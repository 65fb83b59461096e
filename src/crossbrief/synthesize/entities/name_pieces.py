"""Pieces of a body's name that the text around them completes: a name whose head news writes
in lower case ("the Velmora Harbour Works agency") and one cut after its owner's possessive
("Velmora's Roads and Ports Authority"). Where the completed words are a name the story
writes elsewhere, the piece is that body; merging by words kept in order misses such a
piece when its head is left out or its name holds an "and" ("Kate and Leopold" is two
names, so those names are never short forms)."""

from __future__ import annotations

import re

from crossbrief.synthesize.entities.groups import KeyGroup, UnionFind
from crossbrief.synthesize.entities.names import name_key
from crossbrief.synthesize.entities.vocabulary import BODY_HEADS
from crossbrief.synthesize.story import Story

# A lower-case word right after a name: its head written as a common noun, when a body's
# ("agency", "union", "service"; not "the Velmora Rams general manager").
_HEAD_AFTER = re.compile(r"[ \t]+([a-z]+)\b")
# A capitalised word and its possessive right before a name: the body's owner.
_OWNER_BEFORE = re.compile(r"(?<![\w.'\u2019-])([A-Z][\w.-]*)['\u2019]s[ \t]+$")
# Bodies only: a place before "police" is the town, not its force ("Tarnby police").
_BODIES = frozenset({"ORG"})


def join_name_pieces(story: Story, nodes: dict[str, KeyGroup], clusters: UnionFind) -> None:
    """Join a body's name key to the longer one of the story that the words around one of its
    mentions complete: a lower-case head after it ("... Works" + "agency") or a possessive
    owner before it ("Velmora's" + "Roads and Ports Authority"). Both keys must name bodies,
    and a piece before a head the story writes more often than the whole name is a name of
    its own ("the EU" of one "the EU commission")."""
    bodies = {a.article.id: a.article.text for a in story.articles}
    for key, node in sorted(nodes.items()):
        if node.type not in _BODIES:
            continue
        for m in node.mentions:
            if m.type not in _BODIES:
                continue
            found = _completed(key, m.text, bodies.get(m.article, ""), m.start, m.end, nodes)
            if found:
                clusters.union(key, found)
                break


def _completed(
    key: str, text: str, body: str, start: int, end: int, nodes: dict[str, KeyGroup]
) -> str | None:
    """The story's body name key that the words around one mention of ``key`` complete."""
    head = _HEAD_AFTER.match(body, end)
    if head and head.group(1) in BODY_HEADS:
        whole = name_key(f"{text} {head.group(1)}")
        if _a_body(whole, key, nodes) and len(nodes[key].mentions) <= len(nodes[whole].mentions):
            return whole
    owner = _OWNER_BEFORE.search(body, max(0, start - 40), start)
    if owner:
        whole = name_key(f"{owner.group(1)} {text}")
        if _a_body(whole, key, nodes):
            return whole
    return None


def _a_body(whole: str, key: str, nodes: dict[str, KeyGroup]) -> bool:
    """Whether ``whole`` is another name key of the story, of a body."""
    return whole != key and whole in nodes and nodes[whole].type in _BODIES
