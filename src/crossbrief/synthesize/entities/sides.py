"""Teams known by how sports news writes them: the sides of a fixture line ("Velmora v Orla
Town", either side maybe "A or B" of a replay still to come, or "A/B"), and a one-word or
longer name taking a plural verb of a tie ("Velmora host Orla", "Kestrel Rovers visit
Tarn"), as British usage writes a team, never a person ("Ann Lee hosts"). Such a name is an
organisation, whatever the NER said (a club named after its town reads as a place, one named
after a person as a person), except where a mention puts it on a map ("near Velmora").

Their short forms written with abbreviated words ("Kest Rvrs" for "Kestrel Rovers", "Orla"
for "Orla Town") join the one longer team of the story they shorten (``link_team_short_forms``).
"""

from __future__ import annotations

import re

from crossbrief.synthesize.entities.groups import KeyGroup, UnionFind
from crossbrief.synthesize.entities.names import name_key
from crossbrief.synthesize.story import Story

# A capitalised name of one or more words ("Orla Town", "St Kilda's", "Kest Rvrs").
_NAME = r"[A-Z][\w'.&-]*(?:[ \t]+[A-Z][\w'.&-]*)*"
# One side of a fixture: a name, or names joined by "or" or a slash (a replay still to play).
_SIDE = rf"{_NAME}(?:(?:[ \t]+or[ \t]+|/){_NAME})*"
# A line that is one fixture and nothing else; a leading colon or dash of a list is allowed.
_FIXTURE = re.compile(rf"^[^\w\n]*({_SIDE})[ \t]+v[ \t]+({_SIDE})[ \t.]*$", re.MULTILINE)
# The plural present of a tie's verbs: a team takes it in British news, a person never does.
_TIE_VERB = re.compile(r"[ \t](?:host|face|visit|entertain|meet)[ \t]+")
# What a tie's object opens with: a name or a determiner ("host the champions"); a common
# noun after the word makes it a noun ("host city", "host nation").
_TIE_OBJECT = re.compile(r"[A-Z]|(?:the|a|an|their|its|his|her|two|three)\b")
# The name right before such a verb, and what it follows (a coordination makes it plural).
_SUBJECT = re.compile(rf"(?:^|(?<=[^\w]))({_NAME})$")
_COORDINATED = re.compile(r"(?:\band|&|,)[ \t]*$")
# The object right after the verb: a name and its "or" alternatives.
_OBJECT = re.compile(_SIDE)
_SPLIT = re.compile(r"[ \t]+or[ \t]+|/")
# How far back a subject may start.
_REACH = 60
# Types a team is never, whatever the NER said.
_NOT_A_TEAM = frozenset({"PERSON", "NORP", "FAC", "PRODUCT", "WORK_OF_ART", "GPE", "LOC"})


def team_keys(story: Story) -> set[str]:
    """The name keys of the story's teams: every side of a fixture line and every name that
    takes a tie's verb in the plural (as its object too)."""
    keys: set[str] = set()
    for a in story.articles:
        body = a.article.text
        if " v " in body:  # most stories hold no fixture line
            for line in _FIXTURE.finditer(body):
                keys.update(_side_keys(line.group(1)) | _side_keys(line.group(2)))
        for verb in _TIE_VERB.finditer(body):
            if not _TIE_OBJECT.match(body, verb.end()):
                continue
            before = body[max(0, verb.start() - _REACH) : verb.start()]
            subject = _SUBJECT.search(before)
            if not subject or subject.group(1).endswith("s"):
                continue  # "the Lees face": a family's plural, not a team's agreement
            if _COORDINATED.search(before, 0, subject.start()):
                continue  # "Ann Lee and Bo Tan face": plural by the "and"
            keys.update(_side_keys(subject.group(1)))
            found = _OBJECT.match(body, verb.end())
            if found:
                keys.update(_side_keys(found.group()))
    keys.discard("")
    return keys


def _side_keys(side: str) -> set[str]:
    """The keys of the teams one side names ("Orla or Tarn" -> "orla", "tarn")."""
    return {name_key(part.strip()) for part in _SPLIT.split(side)}


def retype_teams(nodes: dict[str, KeyGroup], teams: set[str]) -> None:
    """Type ORG every mention of a team's key, but one a preposition or a dateline puts on
    a map ("near Velmora")."""
    for key in teams & nodes.keys():
        node = nodes[key]
        for m in node.mentions:
            if m.type in _NOT_A_TEAM and not m.place_use:
                m.type = "ORG"
        node.changed()


def link_team_short_forms(nodes: dict[str, KeyGroup], clusters: UnionFind, teams: set[str]) -> None:
    """Join a team's short form to the one longer name of the story it shortens, a team
    or no person: its words are the longer name's first words, as written ("Orla" of "Orla
    Town") or, in a short form of two words or more, abbreviated (the first letter and then
    letters of the word in order: "Kest Rvrs" of "Kestrel Rovers"). The longer name is a
    team too."""
    present = sorted(teams & nodes.keys())
    candidates = sorted(k for k in nodes if k in teams or nodes[k].type != "PERSON")
    words = {key: key.split() for key in candidates}
    for short in present:
        longer = [
            full for full in candidates if full != short and _shortens(words[short], words[full])
        ]
        if len(longer) == 1:
            clusters.union(longer[0], short)
            retype_teams(nodes, {longer[0]})


def _shortens(short: list[str], full: list[str]) -> bool:
    """Whether a name's words are a longer name's first words, one at least abbreviated (a
    name of one word is no abbreviation: "Chester" is not short for "Colchester") or the
    longer name having more words."""
    if len(short) > len(full) or short == full:
        return False
    if len(short) == 1:
        return short[0] == full[0]
    return all(s == f or _abbreviates(s, f) for s, f in zip(short, full, strict=False))


def _abbreviates(short: str, word: str) -> bool:
    """Whether a word is written short: its first letter, then some of its letters in order
    ("utd" of "united", "nottm" of "nottingham")."""
    if len(short) < 2 or len(short) >= len(word) or short[0] != word[0]:
        return False
    rest = iter(word[1:])
    return all(letter in rest for letter in short[1:])
