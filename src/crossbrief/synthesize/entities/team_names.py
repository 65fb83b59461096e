"""A team's nickname the NER tags a person ("the Velmora Hawks beat the Ravens"): one
capitalised plural written after "the", as a team or a band is, that is no family of the
story ("the Bells" where the story names Tom Bell) and is never given a title, a gender or a
kinship noun. Such a group is a body. A team named with a number ("Velmora 84ers") is
called by the number's last word spelled out ("the Fourers"), which joins it."""

from __future__ import annotations

import re

from crossbrief.synthesize.entities.groups import StoryMention
from crossbrief.synthesize.entities.mentions import KeyGroup, UnionFind
from crossbrief.synthesize.entities.names import name_key
from crossbrief.synthesize.story import Story

# A plural this short is more often a surname or initials ("Ms", "Bos").
_MIN_LENGTH = 4
# "the" or a sentence's "The" right before a mention.
_THE_BEFORE = re.compile(r"\b[Tt]he[ \t]+$")

# A team's name ending with a number run into a plural ending ("84ers", "39ers").
_NUMBERED = re.compile(r"^\d*([1-9])(ers)$")
_UNITS = ("", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine")


def link_numbered_nicknames(nodes: dict[str, KeyGroup], clusters: UnionFind) -> None:
    """Join a one-word plural to the one team of the story named with a number whose last
    digit, spelled out, it is ("Fourers" for "Velmora 84ers", "Niners" for "Orla 39ers"), as
    fans and outlets call such teams; not a place's or a person's name of many words."""
    teams: dict[str, set[str]] = {}
    for key in nodes:
        nickname = _numbered_nickname(key)
        if nickname and nodes[key].type not in {"GPE", "LOC", "PERSON"}:
            teams.setdefault(nickname, set()).add(clusters.find(key))
    for key in sorted(nodes):
        targets = teams.get(key, set())
        if len(targets) == 1 and nodes[key].type not in {"GPE", "LOC"}:
            clusters.union(next(iter(targets)), key)


def _numbered_nickname(key: str) -> str | None:
    """The nickname spelled from a name key ending in a numbered plural ("velmora 84ers" ->
    "fourers"), if it has one."""
    words = key.split()
    found = _NUMBERED.match(words[-1]) if len(words) > 1 else None
    # "nine" + "ers" is written "niners"
    return re.sub(r"eers$", "ers", _UNITS[int(found.group(1))] + found.group(2)) if found else None


def _retype_numbered_nicknames(mentions: list[StoryMention]) -> None:
    """Type ORG the person-tagged nicknames of a group that holds the numbered team they
    spell ("Fourers" beside "Velmora 84ers", which ``link_numbered_nicknames`` joined)."""
    spelled = {
        _numbered_nickname(name_key(m.clean)) for m in mentions if m.type not in {"GPE", "LOC"}
    } - {None}
    if not spelled:  # most groups: no numbered team, and nothing to look up
        return
    for m in mentions:
        if m.type == "PERSON" and name_key(m.clean) in spelled:
            m.type = "ORG"


def retype_team_nicknames(story: Story, groups: dict[str, list[StoryMention]]) -> None:
    """Type ORG the person-tagged mentions of each group that is a team's nickname: every
    mention the same capitalised plural, one of them after "the", none with a person's cue,
    and the word, less its plural ending, no surname of the story's people; or a nickname
    joined to the numbered team it spells."""
    surnames = {
        words[-1]
        for ms in groups.values()
        for m in ms
        if m.type == "PERSON" and len(words := name_key(m.clean).split()) > 1
    }
    for mentions in groups.values():
        _retype_numbered_nicknames(mentions)
        if not any(m.type == "PERSON" for m in mentions):
            continue
        forms = {m.clean for m in mentions}
        if len(forms) != 1:
            continue
        word = next(iter(forms))
        if not (word.isalpha() and word.istitle() and word.endswith("s")):
            continue
        if len(word) < _MIN_LENGTH or not any(_after_the(story, m) for m in mentions):
            continue
        folded = word.lower()
        if {folded, folded[:-1], folded.removesuffix("es")} & surnames:
            continue  # "the Bells": a family the story names
        if any(m.gender or m.relation or m.pronoun for m in mentions):
            continue
        for m in mentions:
            if m.type == "PERSON":
                m.type = "ORG"


def _after_the(story: Story, m: StoryMention) -> bool:
    """Whether "the" comes right before a mention, in lower case or opening its sentence."""
    body = story.by_id[m.article].article.text
    return m.determined or bool(_THE_BEFORE.search(body, max(0, m.start - 4), m.start))
