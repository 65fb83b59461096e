"""Spans that join names of the story: "the Velmora-Tarnish deal", "Tarnish and Quell",
"Velmora, Tarnish and Quell". News copy names a deal, a pact or a rivalry by its parties
joined with a hyphen, and lists parties with commas and "and"; the NER often tags the whole
run as one name. Where every part is a name the story writes on its own, or the first word
of the one firm's name it opens ("Tarnish" of "Tarnish Communications Corp.", which the NER
may tag alone nowhere), the span names each of them: it becomes one mention per part, never
a mention of one party (which would join the others' rows to it)."""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import replace

from crossbrief.synthesize.entities.groups import KeyGroup, StoryMention
from crossbrief.synthesize.entities.names import mention_key, trim
from crossbrief.synthesize.story import Story

# Where the parts of a joined span meet: a hyphen between two words, a comma, "and", "&".
_JOINT = re.compile(r"(?<=\w)-(?=[A-Z])|[ \t]*,[ \t]*(?:(?:and|&)[ \t]+)?|[ \t]+(?:and|&)[ \t]+")
_LEADING_THE = re.compile(r"^(?:[Tt]he)[ \t]+")
# A person's double-barrelled surname ("Ann Lee-Holt") and a place's joined name
# ("Austria-Hungary", "Washington, D.C.") are one name: only bodies and the like are split.
_WHOLE_NAME_TYPES = frozenset({"PERSON", "GPE", "LOC", "NORP"})


def split_joined_names(story: Story, nodes: dict[str, KeyGroup]) -> None:
    """Make each span whose parts (two or more) are names the story writes alone, none a
    person or a place, a mention of each part; a key left with no mention goes. A key also
    written without a joint ("Exxon-Mobil" beside "Exxon Mobil") is one name: the merged
    firm, kept whole."""
    bodies = {a.article.id: a.article.text for a in story.articles}
    alone = {
        key
        for key, node in nodes.items()
        if any(_stands_alone(m, bodies.get(m.article, "")) for m in node.mentions)
    }
    openers = _firm_openers(nodes)
    for key in sorted(nodes):
        node = nodes[key]
        if not _joined(node):
            continue
        kept = []
        for m in node.mentions:
            parts = _parts(m, key, nodes, alone, openers, bodies.get(m.article, ""))
            if parts is None:
                kept.append(m)
                continue
            for part_key, part in parts:
                if part_key not in nodes:  # a firm's short name, never tagged alone
                    part.type = nodes[openers[part_key]].type
                    part_key = openers[part_key]
                nodes[part_key].mentions.append(part)
                nodes[part_key].changed()
        if len(kept) != len(node.mentions):
            node.mentions[:] = kept
            node.changed()
    for key in [k for k, n in nodes.items() if not n.mentions]:
        del nodes[key]


# A joint and a capital right after a mention, or a capitalised word and a joint right before
# it: the mention is a piece of a longer run ("Search" of "Search and Rescue Centre").
_JOINED_AFTER = re.compile(r"[ \t]*(?:-|,|and[ \t]|&)[ \t]*[A-Z]")
_JOINED_BEFORE = re.compile(r"[A-Z][\w.']*(?:-|[ \t]*,[ \t]*|[ \t]+and[ \t]+|[ \t]*&[ \t]*)$")


def _stands_alone(m: StoryMention, body: str) -> bool:
    """Whether a mention is written on its own, not as a piece of a joined run."""
    return not _JOINED_AFTER.match(body, m.end) and not _JOINED_BEFORE.search(
        body, max(0, m.start - 40), m.start
    )


def _joined(node: KeyGroup) -> bool:
    """Whether every mention of a group is a run of names with a joint."""
    return all(_JOINT.search(_LEADING_THE.sub("", m.text)) for m in node.mentions)


def _firm_openers(nodes: dict[str, KeyGroup]) -> dict[str, str]:
    """The first word of each firm's name the story writes only in full, mapped to that name
    ("tarnish" -> "tarnish communications"), where it opens no other name: news copy calls
    a firm by its first word once named in full, even where the NER tags it alone nowhere."""
    opening: dict[str, list[str]] = defaultdict(list)
    for key, node in nodes.items():
        if " " in key and not _joined(node):
            opening[key.split()[0]].append(key)
    return {
        word: keys[0]
        for word, keys in opening.items()
        if len(keys) == 1 and nodes[keys[0]].type == "ORG" and word not in nodes
    }


# Nouns of dealings between parties that a hyphen run of their names opens.
_DEAL_AFTER = re.compile(
    r"[ \t]+(?:deal|deals|merger|talks|pact|accord|agreement|tie-up|takeover|bid|alliance"
    r"|partnership|dispute|rivalry|summit|battle|feud|row|negotiations)\b",
    re.IGNORECASE,
)


def _parts(
    m: StoryMention,
    key: str,
    nodes: dict[str, KeyGroup],
    alone: set[str],
    openers: dict[str, str],
    body: str = "",
) -> list[tuple[str, StoryMention]] | None:
    """The parts of a joined span as (key, mention), or None where it is one name: each a
    name written alone, or a firm's first word (``_firm_openers``) that opens no run, used
    in a hyphen run only before a noun of dealings (``_DEAL_AFTER``)."""
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
    # a hyphen run names its parties as a deal's ("the Velmora-Tarnish deal"); on its own
    # it may be the name of their venture ("Tarnish-Velmora carried 2,000 passengers")
    hyphened = "-" in text
    found = []
    for start, end in pieces:
        part = text[start:end]
        part_key = mention_key(trim(part), m.type) if part.strip() else ""
        node = nodes.get(part_key)
        if part_key in openers and (not hyphened or _DEAL_AFTER.match(body, m.end)):
            pass  # "Tarnish" of "Tarnish Communications", never tagged alone
        elif (
            not part_key
            or part_key == key
            or node is None
            or part_key not in alone
            or node.type in _WHOLE_NAME_TYPES - {"GPE"}
        ):
            return None
        begin = m.start + offset + start
        found.append((part_key, replace(m, start=begin, end=begin + len(part), text=part)))
    if len({k for k, _ in found}) != len(found):
        return None  # "Johnson & Johnson": one name twice is a name of its own
    return found
