"""Short forms a text defines in brackets right after a name: "VHB Harbour
Services Inc. (VHB HS)", "Ostrel Ferries Co. (NYSE: OST)"."""

from __future__ import annotations

import re
from collections import defaultdict

from crossbrief.synthesize.entities.mentions import KeyGroup, StoryMention, UnionFind
from crossbrief.synthesize.story import Story

# What may stand between a name and its bracketed short form: a company suffix the NER left
# out, the opening bracket, and a stock exchange before a ticker ("(NYSE: HPQ)").
_OPENS = re.compile(
    r"[ \t]*(?:,?[ \t]*(?:Inc|Corp|Co|Ltd|LLC|Plc|PLC|plc|AG|SA|NV)\.?)?[ \t]*\("
    r"(?P<exchange>[ \t]*(?:NYSE|Nasdaq|NASDAQ|AMEX|LSE|TSX|NYSE American)[ \t]*:[ \t]*)?$"
)
_CLOSES = re.compile(r"[ \t]*\)")


def _capitals(text: str) -> str:
    """The capital letters of ``text`` in order ("EYP MCF" -> "EYPMCF")."""
    return "".join(c for c in text if c.isupper())


def spells(short: str, name: str) -> bool:
    """Whether a short form's capitals are the name's in order, from its first: "VHB HS" of
    "VHB Harbour Services", "RCMP" of "Royal Canadian Mounted Police"."""
    letters, pool = _capitals(short), _capitals(name)
    if len(letters) < 2 or not pool or letters[0] != pool[0]:
        return False
    rest = iter(pool[1:])
    return all(any(c == p for p in rest) for c in letters[1:])


def merge_bracketed_forms(story: Story, nodes: dict[str, KeyGroup], clusters: UnionFind) -> None:
    """A short form in brackets right after a name is that name's: an acronym whose capitals
    the name spells in order, or a ticker after its stock exchange. A bracket after a person
    ("Ann Lee (AP)") spells nothing of the name and stays apart."""
    key_of: dict[int, str] = {id(m): key for key, node in nodes.items() for m in node.mentions}
    by_article: dict[str, list[StoryMention]] = defaultdict(list)
    for node in nodes.values():
        for m in node.mentions:
            by_article[m.article].append(m)
    bodies = {a.article.id: a.article.text for a in story.articles}
    for article, mentions in sorted(by_article.items()):
        body = bodies[article]
        mentions.sort(key=lambda m: (m.start, m.end))
        for i, short in enumerate(mentions):
            if not _CLOSES.match(body, short.end):
                continue
            # The name right before the bracket; the exchange of a ticker may be a mention of
            # its own ("NYSE") between them.
            for before in mentions[max(0, i - 2) : i][::-1]:
                opens = _OPENS.fullmatch(body, before.end, short.start)
                if opens and before.type != "PERSON":
                    if opens.group("exchange") or spells(short.text, before.text):
                        clusters.union(key_of[id(before)], key_of[id(short)])
                    break
