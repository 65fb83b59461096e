"""Teams known by how sports news writes a game's result or a season's record: two names
joined by a verb of winning or losing and then the score ("the Velmora Hawks beat the Orla
Rams, 24-17", "HAWKS TOP RAMS 24-17"), a name with its won-lost record in brackets ("the
Hawks (9-4)") or after a copula ("the Rams are 3-10"). Such a name is a team, an
organisation, whatever the NER guessed (a work, a product, a people, an event), except
where a mention puts it on a map ("at Velmora"). One player's result or record is written
the same way ("Ann Lee beat Bo Tan 6-3", "Ann Lee (12-3)", a pitcher's): a name the NER
takes for a person stays one unless it is a capitalised plural that is no surname of the
story ("the Hawks"), and a people's word is a team only in the plural ("the Velmoran beat
Bo Tan 6-3" is a player)."""

from __future__ import annotations

import re

from crossbrief.synthesize.entities.groups import KeyGroup
from crossbrief.synthesize.entities.names import name_key
from crossbrief.synthesize.story import Story

# A score or a record: two small numbers joined by a hyphen or a dash; not part of a longer
# run of numbers (a date "2012-12-23", a phone number).
# (The look-ahead of a digit changes no match: it lets the scan of every article skip to the
# digits, where the look-behind would be tried at every character.)
_SCORE = re.compile(r"(?=\d)(?<![\w.,/-])\d{1,3}[-\u2013]\d{1,3}(?![\w/-])")
# A capitalised name of one to four words, on one line ("Orla Rams", "Velmora").
_NAME = r"[A-Z][\w'\u2019.&-]*(?:[ \t]+[A-Z][\w'\u2019.&-]*){0,3}"
# Verbs of a result between winner and loser, in headline present and report past forms.
_RESULT_VERB = (
    r"(?i:beat|beats|tops?|topped|defeats?|defeated|downs?|downed|edges?|edged|routs?|routed"
    r"|thrash(?:es|ed)?|blank(?:s|ed)?|outscored?|outscores|stun(?:s|ned)?"
    r"|(?:lose|loses|lost|fall|falls|fell)[ \t]+to)"
)
# "<winner> beat (the) <loser>, " right before a score.
_RESULT = re.compile(rf"({_NAME})[ \t]+{_RESULT_VERB}[ \t]+(?:the[ \t]+)?({_NAME}),?[ \t]+$")
# "<team> (" right before a record in brackets, and "<team> are " or "improved to".
_RECORD_BRACKET = re.compile(rf"({_NAME})[ \t]+\($")
_RECORD_COPULA = re.compile(
    rf"({_NAME})[ \t]+(?:are|were|is|was|(?:improved|improve|improves|fell|falls|dropped"
    r"|drops|moved|moves)[ \t]+to)[ \t]+$"
)
# How far back a result's two names may start.
_REACH = 90
# Types a team is never, whatever the NER said; PERSON only for a plural nickname.
_NOT_A_TEAM = frozenset({"PERSON", "NORP", "PRODUCT", "WORK_OF_ART", "EVENT", "LAW", "GPE", "LOC"})
_PLACES = frozenset({"GPE", "LOC"})
# A plural this short is more often a surname or initials ("Ms", "Bos").
_MIN_PLURAL = 4


def result_sides(story: Story) -> list[str]:
    """The names, as written, that a result or a record line gives a team."""
    sides: list[str] = []
    for a in story.articles:
        body = a.article.text
        for score in _SCORE.finditer(body):
            before = body[max(0, score.start() - _REACH) : score.start()]
            result = _RESULT.search(before)
            if result:
                sides += [result.group(1), result.group(2)]
                continue
            bracket = _RECORD_BRACKET.search(before)
            if bracket and body[score.end() : score.end() + 1] == ")":
                sides.append(bracket.group(1))
                continue
            copula = _RECORD_COPULA.search(before)
            if copula:
                sides.append(copula.group(1))
    return sides


def retype_result_teams(story: Story, nodes: dict[str, KeyGroup]) -> None:
    """Type ORG the mentions of each name a result or a record makes a team (the longest run
    of its last words that is a name of the story: "Hawks" of "Yesterday Hawks"), but a
    mention a preposition or a dateline puts on a map; a name tagged a person only when it
    is a capitalised plural no full name of the story ends with (but one after its town's
    name: "Velmora Hawk"), and no mention of it has a
    gender or a kinship cue. A team's plural nickname alone ("Hawks") is the team too."""
    surnames = {
        words[-1]
        for key, node in nodes.items()
        if len(words := key.split()) > 1
        and any(m.type == "PERSON" for m in node.mentions)
        and not _a_place(nodes.get(" ".join(words[:-1])))
    }
    for side in result_sides(story):
        words = name_key(side).split()
        key = next((k for i in range(len(words)) if (k := " ".join(words[i:])) in nodes), None)
        if key is None:
            continue
        _retype(nodes[key], key, surnames)
        if " " in key and words[-1] in nodes and _nickname(words[-1], surnames):
            _retype(nodes[words[-1]], words[-1], surnames)  # "Hawks" of "the Velmora Hawks"


def _retype(node: KeyGroup, key: str, surnames: set[str]) -> None:
    """Type ORG the mentions of a team's name, as ``retype_result_teams`` tells."""
    people = any(m.type == "PERSON" for m in node.mentions)
    if people and not _nickname(key, surnames):
        return  # "Ann Lee (12-3)": a player's record
    if any(m.gender or m.relation for m in node.mentions):
        return
    # A people's word in the singular is a player ("the Velmoran beat Bo Tan 6-3"); a
    # team is named by a plural one ("the Velmorans").
    plural = key.endswith("s") and not key.endswith("ss")
    for m in node.mentions:
        if m.type in _NOT_A_TEAM and not m.place_use and (plural or m.type != "NORP"):
            m.type = "ORG"
    node.changed()


def _a_place(node: KeyGroup | None) -> bool:
    """Whether a name of the story is mostly tagged a place: the words before a plural
    then name the team's town ("Velmora Hawk" is a player of the Velmora Hawks), no
    person's given names."""
    if node is None:
        return False
    places = sum(m.type in _PLACES for m in node.mentions)
    return places * 2 > len(node.mentions)


def _nickname(key: str, surnames: set[str]) -> bool:
    """Whether a key is one plural word ("hawks") that is no surname of the story."""
    if " " in key or len(key) < _MIN_PLURAL or not key.isalpha():
        return False
    if not key.endswith("s") or key.endswith("ss"):
        return False
    return not {key, key[:-1], key.removesuffix("es")} & surnames
