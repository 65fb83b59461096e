"""Newspapers, agencies and broadcasters the NER takes for people ("said Tishrin")."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # mentions imports this module: only its types are needed here
    from crossbrief.synthesize.entities.mentions import KeyGroup
    from crossbrief.synthesize.story import Story

# What a name right before it is the title of ("Tishrin newspaper", "the An-Nahar daily").
_MEDIA_AFTER = re.compile(
    r"(?:['\u2019]s)?[ \t]+(?:newspaper|daily|weekly|magazine|news agency|radio|television|"
    r"tv channel|broadcaster)\b",
    re.IGNORECASE,
)
# ... or right after it ("the newspaper Tishrin", "the daily An-Nahar").
_MEDIA_BEFORE = re.compile(
    r"\b(?:newspaper|daily|weekly|magazine|news agency|broadcaster)[ \t]+$", re.IGNORECASE
)


def media_outlets(story: Story, nodes: dict[str, KeyGroup]) -> None:
    """A name the story once calls a newspaper, an agency or a broadcaster is an
    organisation in all its mentions: the NER's PERSON votes go to ORG."""
    bodies = {a.article.id: a.article.text for a in story.articles}
    for node in nodes.values():
        called = any(
            _MEDIA_AFTER.match(bodies[m.article], m.end)
            or _MEDIA_BEFORE.search(bodies[m.article], max(0, m.start - 20), m.start)
            for m in node.mentions
        )
        if not called or not any(m.type == "PERSON" for m in node.mentions):
            continue
        for m in node.mentions:
            if m.type == "PERSON":
                m.type = "ORG"
        node.changed()
