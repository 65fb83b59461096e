"""Spans that join names of the story: "the Velmora-Tarnish deal", "Tarnish and Quell",
"Velmora, Tarnish and Quell". News copy names a deal, a pact or a rivalry by its parties
joined with a hyphen, and lists parties with commas and "and"; the NER often tags the whole
run as one name. Where every part is a name the story writes on its own, the span names each
of them: it becomes one mention per part, never a mention of one party (which would join the
others' rows to it)."""

from __future__ import annotations

import re
from dataclasses import replace

from crossbrief.synthesize.entities.groups import KeyGroup, StoryMention
from crossbrief.synthesize.entities.names import mention_key, trim

# Where the parts of a joined span meet: a hyphen between two words, a comma, "and", "&".
_JOINT = re.compile(r"(?<=\w)-(?=[A-Z])|[ \t]*,[ \t]*(?:(?:and|&)[ \t]+)?|[ \t]+(?:and|&)[ \t]+")
_LEADING_THE = re.compile(r"^(?:[Tt]he)[ \t]+")
# A person's double-barrelled surname ("Ann Lee-Holt") and a place's joined name
# ("Austria-Hungary", "Washington, D.C.") are one name: only bodies and the like are split.
_WHOLE_NAME_TYPES = frozenset({"PERSON", "GPE", "LOC", "NORP"})


def split_joined_names(nodes: dict[str, KeyGroup]) -> None:
    """Make each span whose parts (two or more) are names of the story of their own, none a
    person or a place, a mention of each part; a key left with no mention goes."""
    for key in sorted(nodes):
        node = nodes[key]
        kept = []
        for m in node.mentions:
            parts = _parts(m, key, nodes)
            if parts is None:
                kept.append(m)
                continue
            for part_key, part in parts:
                nodes[part_key].mentions.append(part)
                nodes[part_key].changed()
        if len(kept) != len(node.mentions):
            node.mentions[:] = kept
            node.changed()
    for key in [k for k, n in nodes.items() if not n.mentions]:
        del nodes[key]


def _parts(
    m: StoryMention, key: str, nodes: dict[str, KeyGroup]
) -> list[tuple[str, StoryMention]] | None:
    """The parts of a joined span as (key, mention), or None where it is one name."""
    if m.type in _WHOLE_NAME_TYPES:
        return None
    the = _LEADING_THE.match(m.text)
    offset = the.end() if the else 0
    text = m.text[offset:]
    pieces, at = [], 0
    for joint in _JOINT.finditer(text):
        pieces.append((at, joint.start()))
        at = joint.end()
    pieces.append((at, len(text)))
    if len(pieces) < 2:
        return None
    found = []
    for start, end in pieces:
        part = text[start:end]
        part_key = mention_key(trim(part), m.type) if part.strip() else ""
        node = nodes.get(part_key)
        if (
            not part_key
            or part_key == key
            or node is None
            or not any(n is not m for n in node.mentions)
            or node.type in _WHOLE_NAME_TYPES - {"GPE"}
        ):
            return None
        begin = m.start + offset + start
        found.append((part_key, replace(m, start=begin, end=begin + len(part), text=part)))
    if len({k for k, _ in found}) != len(found):
        return None  # "Johnson & Johnson": one name twice is a name of its own
    return found
