"""Firms the NER tagged a place: a name tagged a country, city or state that the words after
it call a company ("Orvalda's chief executive", "Orvalda's shareholders", "Orvalda, the dairy
firm,") is the firm throughout the story, unless it is a country's or a capital's name (a
country has no shareholders, but "Velmora's chairman" may be its football club's)."""

from __future__ import annotations

import re

from crossbrief.synthesize.entities.countries import countries
from crossbrief.synthesize.entities.groups import StoryMention
from crossbrief.synthesize.entities.names import name_key
from crossbrief.synthesize.entities.vocabulary import FIRM_NOUNS
from crossbrief.synthesize.story import Story

_PLACES = frozenset({"GPE", "LOC"})
# What only a firm has: its officers, its owners, its shares and its accounts. Not a mayor,
# a board or headquarters, which a town or a charity has too.
_FIRM_POSSESSION = re.compile(
    r"(?:['\u2019]s?)?[ \t]+(?:chief[ \t]+(?:executive|financial[ \t]+officer|operating[ \t]+officer)"
    r"|shareholders|share[ \t]+price|shares|stock[ \t]+price|subsidiary|subsidiaries"
    r"|annual[ \t]+(?:report|results)|creditors|bondholders|auditors)\b"
)
# A firm's noun set beside the name ("Orvalda, the dairy firm,", "Orvalda, a food group"): a
# lower-case word or two may qualify it.
_FIRM_APPOSITION = re.compile(
    rf",[ \t]+(?:the|a|an)[ \t]+(?:[a-z][\w-]*[ \t]+){{0,2}}(?:{FIRM_NOUNS}|group|giant|maker)"
    r"\b(?![ \t]+of\b)"
)


def firm_cue(body: str, end: int) -> bool:
    """Whether the words right after a name ending at ``end`` call it a firm: a possessive of
    what only a firm has ("'s chief executive", "'s shareholders") or a firm's noun in
    apposition (", the dairy firm")."""
    return bool(_FIRM_POSSESSION.match(body, end) or _FIRM_APPOSITION.match(body, end))


def retype_firm_places(story: Story, groups: dict[str, list[StoryMention]]) -> int:
    """Retype as ORG the place-tagged mentions of each group one mention of which the words
    after call a firm (``firm_cue``), and that names no country or capital; returns how many
    groups changed. Mentions that mark a place's use ("in Orvalda") are retyped too: the
    name is one entity, and its kind the firm's."""
    bodies = {a.article.id: a.article.text for a in story.articles}
    known = countries()
    capitals = {capital for _, capital, _ in known.values()}
    changed = 0
    for mentions in groups.values():
        places = [m for m in mentions if m.type in _PLACES and m.kind == "name"]
        if not places or len(places) * 2 < len(mentions):
            continue  # a body's group with a stray place tag keeps its own vote
        if any(name_key(m.text) in known or name_key(m.text) in capitals for m in mentions):
            continue
        if not any(firm_cue(bodies.get(m.article, ""), m.end) for m in places):
            continue
        for m in places:
            m.type = "ORG"
        changed += 1
    return changed
