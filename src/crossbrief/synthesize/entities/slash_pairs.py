"""Two teams joined by a slash with no space ("Velmora/Orla Town", a side of a fixture still
to be decided): alternatives, each a name of its own and never one entity. Elsewhere a
slash may join one firm's name ("Velmora/Orla Group"), so only teams are split; letters in
capitals on both sides ("AC/DC", "TCP/IP") are one name."""

from __future__ import annotations

import re
from dataclasses import replace

from crossbrief.synthesize.entities.groups import KeyGroup, StoryMention
from crossbrief.synthesize.entities.names import mention_key, trim

# A capitalised word with a lower-case letter after its capital: no acronym.
_WORD = r"[A-Z][a-z][\w'.-]*"
_NAME = rf"{_WORD}(?:[ \t]+[A-Z][\w'.-]*)*"
_PAIR = re.compile(rf"({_NAME})/({_NAME})")


def split_slash_pairs(nodes: dict[str, KeyGroup], teams: set[str]) -> None:
    """Make each mention that is two teams (``teams``' keys) joined by a slash a mention of
    each, under its own key; a key left with no mention goes."""
    for key in [k for k, node in sorted(nodes.items()) if "/" in k]:
        node = nodes[key]
        kept: list[StoryMention] = []
        for m in node.mentions:
            pair = _PAIR.fullmatch(m.text)
            if (
                not pair
                or not {
                    mention_key(trim(pair.group(1)), m.type),
                    mention_key(trim(pair.group(2)), m.type),
                }
                <= teams
            ):
                kept.append(m)
                continue
            for side in (1, 2):
                start = m.start + pair.start(side)
                text = pair.group(side)
                part = replace(m, start=start, end=start + len(text), text=text)
                part_key = mention_key(trim(part.text), m.type)
                nodes.setdefault(part_key, KeyGroup(part_key)).mentions.append(part)
                nodes[part_key].changed()
        node.mentions[:] = kept
        node.changed()
        if not kept:
            del nodes[key]
