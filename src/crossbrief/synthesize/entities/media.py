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

# ... or in apposition with one ("X, a leading sports newspaper, said"), where the paper's
# noun ends the phrase: a mark, or a word going on about the paper ("a newspaper run by"),
# not a noun it qualifies ("a style magazine columnist") nor a verb ("In Orlen, a local
# newspaper reported" opens a clause after a place), and no preposition or "whose" before
# it ("a columnist with the newspaper", "a town without a newspaper", "a town whose
# newspaper"). Not "the", for the same clause after a place. "Daily" and "weekly" only
# before a mark ("a daily occurrence").
_CALLED_A_PAPER = re.compile(
    r",[ \t]+an?[ \t]+(?:(?!(?:of|with|without|whose|for|at|on|by|from|to|in)\b)[\w-]+"
    r"[ \t]+){0,4}?"
    r"(?:(?:newspaper|tabloid|broadsheet|news agency|magazine)(?=[ \t]*[,.;:)]|[ \t]+(?:of|"
    r"based|published|owned|run|printed|close|linked|that|which)\b)|(?:daily|weekly)"
    r"(?=[ \t]*[,.;:)]))",
    re.IGNORECASE,
)
# "In" right before the name: "In Orlen, a newspaper owned by ... reported" sets a clause
# in the place, whose subject the paper is; the place is named, not described.
_IN_BEFORE = re.compile(r"(?<![\w-])in[ \t]+$", re.IGNORECASE)
# A place's or a people's key whose mentions called a paper go under a key of their own.
MEDIUM_MARK = "\u00a7"
_PLACE_VOTES = frozenset({"GPE", "LOC", "NORP"})


def media_outlets(story: Story, nodes: dict[str, KeyGroup]) -> None:
    """A name the story once calls a newspaper or a news agency is an organisation in all
    its mentions: the NER's PERSON votes go to ORG. A name after "newspaper" is its title
    only where the name ends its phrase there (not "a newspaper John Smith founded")."""
    bodies = {a.article.id: a.article.text for a in story.articles}
    _papers_named_like_places(bodies, nodes)
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


def _papers_named_like_places(bodies: dict[str, str], nodes: dict[str, KeyGroup]) -> None:
    """A place's or a people's name in apposition with a newspaper ("Suomi, a sports
    newspaper, said", the NER having cut the paper's name to the country in it) is the
    paper: such mentions go, typed ORG, under a key of their own, so the country, which
    joins by its key, gains no use from them."""
    for key in [k for k, n in nodes.items() if n.type in _PLACE_VOTES]:
        node = nodes[key]
        # "," right after the mention is checked first: the far cheaper test.
        papers = [
            m
            for m in node.mentions
            if bodies[m.article][m.end : m.end + 1] == ","
            and _CALLED_A_PAPER.match(bodies[m.article], m.end)
            and not _IN_BEFORE.search(bodies[m.article], max(0, m.start - 8), m.start)
        ]
        if not papers:
            continue
        for m in papers:
            m.type = "ORG"
        node.mentions = [m for m in node.mentions if m not in papers]
        node.changed()
        # KeyGroup made from the node's own class: this module may not import mentions.
        marked = nodes.setdefault(key + MEDIUM_MARK, type(node)(key + MEDIUM_MARK))
        marked.mentions.extend(papers)
        marked.changed()
        if not node.mentions:
            del nodes[key]
