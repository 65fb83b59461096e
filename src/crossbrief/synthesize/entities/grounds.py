"""One-word grounds: a sports ground's name of one word ("at Kestowfield") has no venue's
head noun to tell it (``venues``), and the NER tags it a person (a surname's shape) or a town
(many grounds are named after their district). Read from how the story uses it: a one-word
name written only after "at" or "to", at least once right after a game's noun or a side's
name ("the clash at Kestowfield", "beat Orla at Kestowfield"), and never as a team, a person
or a country, is the ground (FAC, "building or structure").

A town is named with "in" as often as with "at" ("a game in Velmora"): a name the story also
writes after any other word is left as it is; and so is a club's name, which the story
writes as a team ("Orla beat Velmora"; ``sides``, ``results``), tags a body, or puts after
"at" with no game's noun before it ("a stint at Velmora", "his first win was at Velmora")."""

from __future__ import annotations

import re

from crossbrief.synthesize.entities.countries import countries
from crossbrief.synthesize.entities.groups import KeyGroup, StoryMention
from crossbrief.synthesize.entities.names import name_key
from crossbrief.synthesize.story import Story

# "at" or "to" right before a name: where a game is played, or where a side goes.
_AT_BEFORE = re.compile(r"\b(?:at|to)[ \t]+$")
# A game's noun right before "at" ("the clash at Kestowfield", "a win at Kestowfield"), or
# the word before "at" ("beat Orla at Kestowfield"), read as a side's name.
_GAME_AT = re.compile(
    r"(?:\b(?:clash|match|game|games|win|victory|defeat|draw|fixture|final|test|international"
    r"|injury)|\b([A-Z][\w'-]*))[ \t]+at[ \t]+$"
)
# A verb or a preposition of a game right before a side's name.
_PLAYED = re.compile(
    r"\b(?:beat(?:s|ing)?|fac(?:e|es|ed|ing)|play(?:s|ed|ing)?|against|v|vs|versus|meet"
    r"|host(?:s|ed|ing)?)[ \t]+$"
)
# Labels a one-word ground is tagged with: a surname's (PERSON) or a town's (GPE). A body's
# is left alone (a club is "at Orla" as often as a ground), and so is an event's ("at
# Wimbledon").
_GROUND_SLIPS = frozenset({"PERSON", "GPE"})
# Types of a side's name before "at": a national side is a place, a club a body.
_SIDES = frozenset({"GPE", "ORG", "NORP"})


def retype_one_word_grounds(story: Story, nodes: dict[str, KeyGroup], teams: set[str]) -> None:
    """Type FAC every mention of a one-word name tagged a person or a town that the story
    writes only after "at" or "to", at least once right after a game's noun or a side's name
    and "at" ("the clash at Kestowfield", "beat Orla at Kestowfield"), that is no team of
    ``teams``, no country, and no person (addressed, related or followed by "he"/"she"/"who")."""
    known = countries()
    sides = teams | set(known)
    for key, node in nodes.items():
        if " " in key or key in sides or node.type not in _GROUND_SLIPS:
            continue
        if not all(_after_at(story, m) and not _personal(m) for m in node.mentions):
            continue
        if not any(_after_game(story, m, sides, nodes) for m in node.mentions):
            continue
        for m in node.mentions:
            m.type = "FAC"
        node.changed()


def _after_at(story: Story, m: StoryMention) -> bool:
    """Whether "at" or "to" comes right before the mention."""
    body = story.by_id[m.article].article.text
    return bool(_AT_BEFORE.search(body, max(0, m.start - 4), m.start))


def _after_game(story: Story, m: StoryMention, sides: set[str], nodes: dict[str, KeyGroup]) -> bool:
    """Whether a game's noun, or a side's name, and "at" come right before the mention: a
    team's, a country's, or any place's or body's of the story ("beat Orla at ...")."""
    body = story.by_id[m.article].article.text
    found = _GAME_AT.search(body, max(0, m.start - 40), m.start)
    if found is None:
        return False
    if found.group(1) is None:
        return True
    key = name_key(found.group(1))
    if not (key in sides or (key in nodes and nodes[key].type in _SIDES)):
        return False
    # A side is played ("beat Orla at", "against Orla at"); "Iphigenia at Aulis" is a title.
    return bool(_PLAYED.search(body, max(0, found.start(1) - 12), found.start(1)))


def _personal(m: StoryMention) -> bool:
    """Whether the mention reads as a person's (a form of address, a kinship noun, "who")."""
    return bool(m.gender or m.relation or m.personal)
