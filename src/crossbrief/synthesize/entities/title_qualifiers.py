"""Spans that only qualify a title ("Ports" in "Ports Minister Ann Lee") and person spans
that end in an abbreviated title ("RCMP Sgt."): neither names an entity of the story."""

from __future__ import annotations

import re

from crossbrief.model import Mention
from crossbrief.synthesize.entities.names import name_key, trim
from crossbrief.synthesize.entities.vocabulary import PERSON_TITLES, TITLES
from crossbrief.synthesize.story import Story
from crossbrief.synthesize.text import fold

# The word right after a mention, on its line.
_NEXT_WORD = re.compile(r"[ \t]+([A-Z][\w.]*)")


def ends_in_title(text: str) -> bool:
    """Whether a person span ends in an abbreviated title ("RCMP Sgt." before "Tim
    Shields"): it names no one. A title spelled out may be a surname ("Billy King")."""
    last = text.split()[-1]
    return last.endswith(".") and fold(last).strip(".") in PERSON_TITLES


def title_qualifiers(story: Story) -> set[tuple[str, Mention]]:
    """Mentions that only ever qualify a title ("Ports" in "Ports Minister Oleksiy
    Hrinchenko"): a name the story uses nowhere else is the portfolio, not an organisation.
    Countries and peoples stay ("French President"): they are entities of their own."""
    places = {"GPE", "NORP", "LOC", "PERSON"}
    before_title: set[tuple[str, Mention]] = set()
    for a in story.articles:
        for mention in a.mentions:
            if mention.type in places:
                continue
            after = _NEXT_WORD.match(a.article.text, mention.end)
            if after and fold(after.group(1)).strip(".") in TITLES:
                before_title.add((a.article.id, mention))
    if not before_title:
        return set()  # no name before a title (most stories): the uses need not be keyed
    uses: dict[str, list[tuple[str, Mention]]] = {}
    for a in story.articles:
        for mention in a.mentions:
            if mention.type not in places:
                uses.setdefault(name_key(trim(mention.text)), []).append((a.article.id, mention))
    return {item for items in uses.values() if before_title.issuperset(items) for item in items}
