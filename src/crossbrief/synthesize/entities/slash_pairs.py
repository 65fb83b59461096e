"""Two names joined by a slash with no space ("Velmora/Orla Town" in a draw still to be
decided, "Lee/Tan" for two writers): alternatives or partners, each a name of its own and
never one entity. Letters in capitals on both sides ("AC/DC", "TCP/IP") are one name."""

from __future__ import annotations

import re
from dataclasses import replace

from crossbrief.synthesize.entities.groups import KeyGroup, StoryMention
from crossbrief.synthesize.entities.names import mention_key, trim

# A capitalised word with a lower-case letter after its capital: no acronym.
_WORD = r"[A-Z][a-z][\w'.-]*"
_NAME = rf"{_WORD}(?:[ \t]+[A-Z][\w'.-]*)*"
_PAIR = re.compile(rf"({_NAME})/({_NAME})")


def split_slash_pairs(nodes: dict[str, KeyGroup]) -> None:
    """Make each mention that is two names joined by a slash a mention of each name, under
    its own key; a key left with no mention goes."""
    for key in [k for k, node in sorted(nodes.items()) if "/" in k]:
        node = nodes[key]
        kept: list[StoryMention] = []
        for m in node.mentions:
            pair = _PAIR.fullmatch(m.text)
            if not pair:
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
