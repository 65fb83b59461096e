"""Newspapers and news agencies the NER takes for people ("said Tishrin")."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # mentions imports this module: only its types are needed here
    from crossbrief.synthesize.entities.mentions import KeyGroup
    from crossbrief.synthesize.story import Story

# What a name right before it is the title of ("Kestrel newspaper"); "daily", "radio" or
# "magazine" after a name are too often a person's ("Lee daily briefings", "a Hale
# radio show"), and "Varga's newspaper" is its owner's.
_MEDIA_AFTER = re.compile(r"[ \t]+(?:newspaper|news agency)\b", re.IGNORECASE)
# ... or right after it ("the newspaper Tishrin", "the daily An-Nahar"), also with words
# qualifying the paper ("the conservative daily X", "in daily X", "the tabloid X").
_MEDIA_BEFORE = re.compile(
    r"\b(?:newspaper|news agency|(?:the|an?|in)[ \t]+(?:[\w-]+[ \t]+){0,2}?"
    r"(?:daily|weekly|tabloid|broadsheet))[ \t]+$",
    re.IGNORECASE,
)
# What ends a title named after "newspaper": punctuation, a possessive, a preposition or a
# verb of publishing. Any other word opens a clause the name is the subject of ("a
# newspaper John Smith founded"): the name is a person's.
_TITLE_ENDS = re.compile(
    r"(?:['\u2019]s\b|[ \t]*(?:[,.;:!?)\"\u201d\u2019]|$)|[ \t]+(?:in|on|of|at|for|from|to|"
    r"and|which|that|reported|reports|wrote|writes|published|publishes|quoted|quotes|cited|"
    r"cites|carried|carries|ran|runs|printed|prints)\b)",
    re.MULTILINE,
)


def media_outlets(story: Story, nodes: dict[str, KeyGroup]) -> None:
    """A name the story once calls a newspaper or a news agency is an organisation in all
    its mentions: the NER's PERSON votes go to ORG. A name after "newspaper" is its title
    only where the name ends its phrase there (not "a newspaper John Smith founded")."""
    bodies = {a.article.id: a.article.text for a in story.articles}
    for node in nodes.values():
        # Only a node with a PERSON vote has one to move: the look around its mentions, the
        # costly part, is left out for the rest.
        if not any(m.type == "PERSON" for m in node.mentions):
            continue
        called = any(
            _MEDIA_AFTER.match(bodies[m.article], m.end)
            or (
                _MEDIA_BEFORE.search(bodies[m.article], max(0, m.start - 50), m.start)
                and (m.speaks or _TITLE_ENDS.match(bodies[m.article], m.end))
            )
            for m in node.mentions
        )
        if not called:
            continue
        for m in node.mentions:
            if m.type == "PERSON":
                m.type = "ORG"
        node.changed()
