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
    starts: dict[str, dict[int, str]] = defaultdict(dict)  # article -> start -> label
    for node in nodes.values():
        for m in node.mentions:
            starts[m.article][m.start] = m.type
    for node in nodes.values():
        for m in node.mentions:
            if m.type in _PLACES and " " not in m.text.strip():
                m.regioned = _region_after(m, bodies.get(m.article, ""), starts[m.article])


def _region_after(m: StoryMention, body: str, starts: dict[int, str]) -> bool:
    """Whether a comma and a region follow the mention right after it."""
    if _STATE_AFTER.match(body, m.end):
        return True
    comma = _COMMA.match(body, m.end)
    return comma is not None and starts.get(comma.end(), "") in _PLACES


def regioned(node: KeyGroup) -> bool:
    """Whether a one-word group voted a place is a town its story writes with its region."""
    return node.type in _PLACES and any(m.regioned for m in node.mentions)
