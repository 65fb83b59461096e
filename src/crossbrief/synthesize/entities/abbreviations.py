"""Two capitals with no expansion in the story, written only before a common noun ("the PE
unit", "PE funds", "a QX nerve agent"): an abbreviation of a kind of thing, no one's name, so
no entity, and any type the NER gave it a guess. The same letters used as a name stay: told
something or reporting ("told KZ that", "KZ reported"), after a preposition or before a
stop, a body whose people act ("KZ officials", "KZ monitors") or that decides or states
("the KZ decision"), and a union of nations the NER tags a body ("the EU summit"). Before
"shares" or "bonds" alone they stay no name: a kind of stock is written so as well as a
firm's ("XR shares"), and a firm's letters are a name elsewhere in the story too."""

from __future__ import annotations

import re

from crossbrief.synthesize.entities.groups import StoryMention
from crossbrief.synthesize.entities.title_runs import role_noun
from crossbrief.synthesize.story import Story

_TWO_CAPITALS = re.compile(r"[A-Z]{2}")
# The lower-case word right after a mention, on its line.
_WORD_AFTER = re.compile(r"[ \t]+([a-z][a-z-]*)\b")
# Words after a name that are no noun it modifies: function words, auxiliaries and verbs of
# saying or reporting ("KZ that", "KZ has", "KZ says").
_NOT_NOUNS = frozenset(
    {"that", "which", "who", "and", "or", "but", "nor", "to", "in", "on", "at", "for", "of"}
    | {"with", "by", "from", "as", "than", "is", "was", "are", "were", "be", "been", "has"}
    | {"had", "have", "will", "would", "can", "could", "should", "may", "might", "must"}
    | {"does", "did", "do", "said", "says", "say", "told", "tells", "reports", "reported"}
    | {"added", "announced", "also", "not", "then", "now", "itself", "if", "when", "after"}
    | {"before", "while", "because", "so", "yet"}
)
# Plural nouns of people a body has, not ending like an agent noun ("KZ troops").
_PEOPLE = frozenset({"troops", "forces", "staff", "staffers", "delegates", "envoys", "personnel"})
# Nouns of what a body decides or states: the capitals before one name who made it ("the KZ
# decision" is KZ's), as a kind of thing makes no decision.
_ACTS = frozenset({"decision", "decisions", "announcement", "statement", "statements"})
_PLACES = frozenset({"GPE", "LOC"})
# The unions of nations every outlet writes as two capitals, before nouns above all ("the
# EU summit", "UN troops"): their letters abbreviate no common noun in news, so the NER's
# tag of a body or a nation for them is no guess. The tags cannot tell them from a kind
# ("the PE unit" is tagged a body too), so they are known by name.
_UNIONS = frozenset({"EU", "UN"})
_BODY_TAGS = frozenset({"ORG", "GPE", "NORP"})


def common_noun_modifier(story: Story, mentions: list[StoryMention]) -> bool:
    """Whether a group is two capitals, with no other form in the story, only ever written
    right before a common noun that is not of people or of a verb ("the PE unit")."""
    forms = {m.text.strip() for m in mentions}
    if len(forms) != 1 or not _TWO_CAPITALS.fullmatch(next(iter(forms))):
        return False
    # A country's code names the country ("the UK economy"): known by its tag, not by its
    # letters, which abbreviate common nouns too.
    if any(m.type in _PLACES for m in mentions):
        return False
    if next(iter(forms)) in _UNIONS and any(m.type in _BODY_TAGS for m in mentions):
        return False
    bodies = {a.article.id: a.article.text for a in story.articles}
    return all(_before_a_noun(m, bodies.get(m.article, "")) for m in mentions)


def _before_a_noun(m: StoryMention, body: str) -> bool:
    """Whether a mention modifies the lower-case noun right after it, one of no people."""
    after = _WORD_AFTER.match(body, m.end)
    if after is None or m.kind != "name":
        return False
    word = after.group(1)
    if word in _NOT_NOUNS or word.endswith("ed") or word in _PEOPLE or word in _ACTS:
        return False
    return not role_noun(word) and not role_noun(word.removesuffix("s"))
