"""A town written with its region after a comma ("Velmora, Colo.", "Orlen, Kent"): news
style names a small place in full that way, so the word is that place, named in full. It is
no first word or surname of a firm or a person of the story ("Velmora Sledding", "Ann
Velmora"), nor the short form of a longer place it opens ("Velmora Heights")."""

from __future__ import annotations

import re
from collections import defaultdict

from crossbrief.synthesize.entities.groups import KeyGroup, StoryMention
from crossbrief.synthesize.entities.states import STATE_ABBREVIATIONS
from crossbrief.synthesize.story import Story

_PLACES = frozenset({"GPE", "LOC"})
# The comma between a town and its region, and a state's AP abbreviation after it.
_COMMA = re.compile(r",[ \t]+")
_STATE_AFTER = re.compile(
    r",[ \t]+(?:" + "|".join(re.escape(s) for s in sorted(STATE_ABBREVIATIONS)) + r")(?!\w)"
)


def mark_regioned_towns(story: Story, nodes: dict[str, KeyGroup]) -> None:
    """Mark each mention tagged a place that a comma and a place (a tagged one, or a state's
    abbreviation) follow right after: a town written with its region."""
    bodies = {a.article.id: a.article.text for a in story.articles}
    # article -> start -> (label, end)
    starts: dict[str, dict[int, tuple[str, int]]] = defaultdict(dict)
    for node in nodes.values():
        for m in node.mentions:
            starts[m.article][m.start] = (m.type, m.end)
    for node in nodes.values():
        for m in node.mentions:
            if m.type in _PLACES and " " not in m.text.strip():
                m.regioned = _region_after(m, bodies.get(m.article, ""), starts[m.article])


def _region_after(m: StoryMention, body: str, starts: dict[int, tuple[str, int]]) -> bool:
    """Whether a comma and a region follow the mention right after it, the region ending its
    phrase: "Brae, Kent, on Sunday", not "Brae, Kent's mayor" nor a list ("Brae, Kent and
    Orm", "Brae, Kent, Orm")."""
    if _STATE_AFTER.match(body, m.end):
        return True
    comma = _COMMA.match(body, m.end)
    if comma is None:
        return False
    label, end = starts.get(comma.end(), ("", 0))
    return label in _PLACES and _phrase_ends(body, end, starts)


# What may close a region's phrase: a mark, a closing quote or bracket, or the text's end.
_ENDS = re.compile(r"[ \t]*(?:[.;:!?)\]\"\u201d]|,(?![ \t]*(?:and|or)\b)|$)")


def _phrase_ends(body: str, end: int, starts: dict[int, tuple[str, int]]) -> bool:
    """Whether the text at ``end`` closes a phrase: a mark (not a possessive "'s" nor "and"
    going on), and after a comma no further place of a list."""
    closing = _ENDS.match(body, end)
    if closing is None:
        return False
    if not closing.group().endswith(","):
        return True
    comma = _COMMA.match(body, closing.end() - 1)
    return comma is None or starts.get(comma.end(), ("", 0))[0] not in _PLACES


def regioned(node: KeyGroup) -> bool:
    """Whether a one-word group voted a place is a town its story writes with its region."""
    return node.type in _PLACES and any(m.regioned for m in node.mentions)
