"""The story's mentions as synthesis groups them, the groups of one name key, their type vote
and the union-find that joins them."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from crossbrief.synthesize.entities.names import clean_form
from crossbrief.synthesize.entities.vocabulary import HONORIFICS
from crossbrief.synthesize.text import fold


@dataclass
class StoryMention:
    article: str
    sentence: int
    start: int
    end: int
    text: str
    type: str
    kind: str = "name"  # name | acronym | capital | demonym | role
    headline: bool = False  # in a title-case line, where the NER runs names together
    place_use: bool = False  # placed as a point ("west of Stockholm") or a dateline
    dateline: bool = False  # a dateline's capitals ("BEIJING --"): typography, no spelling
    regioned: bool = False  # a town with its region after a comma ("Orlen, Kent"): regions
    speaks: bool = False  # right before a verb of saying or deciding ("Khartoum denied")
    # A capital's bare name taken as a person's surname in its article (``capital_uses``):
    # it gives the person no story-wide key, which other articles' bare capital keeps.
    claimed: bool = False
    determined: bool = False  # "the" right before it ("the Vela plant"): no one's name
    gender: str | None = None  # from "Mr."/"Ms." or a kinship noun before it ("her son, X")
    pronoun: str | None = None  # the first he/she after it in its sentence: a weak cue
    relation: str | None = None  # "kin" ("his wife X") or "rank" ("the elder X"): a relative
    common: bool = False  # a common noun capitalised ("State" / "the state"): common_words
    # "who" or a first he/she right after it ("X, who", "X ... after he"), whatever its label:
    # a place or a country is "it", so this tells a person named like one
    personal: bool = False
    # EVENT or ORG where the words in or around it give its kind away ("Hurricane Ivara",
    # "auditors Dorn Halvik"): ``designators``
    designated: str | None = None
    # Given an age in apposition ("Mira, 16,"): a person introduced there (``given_names``)
    aged: bool = False
    # Joined to another person's name by a comma or "and" alone ("Bo Ray (knee) and Ann Lee"):
    # one item of a list, named in passing (``name_lists``)
    listed: bool = False

    @property
    def clean(self) -> str:
        """The form without titles, as a name for the entity."""
        return clean_form(self.text, self.type)


@dataclass
class KeyGroup:
    """The mentions sharing one name key."""

    key: str
    mentions: list[StoryMention] = field(default_factory=list)
    # The vote is read far more often than the mentions change: kept until ``changed``.
    _type: str | None = field(default=None, repr=False)

    @property
    def type(self) -> str:
        """The voted type of the group's mentions."""
        if self._type is None:
            self._type = vote(self.mentions)
        return self._type

    def changed(self) -> None:
        """Forget the vote after the mentions or their kinds changed."""
        self._type = None


def vote(mentions: list[StoryMention]) -> str:
    """The type of a group: PERSON when a third of its names are tagged or titled as a person
    (the NER often tags "Trump" ORG beside "Trump campaign"), or when two are addressed as
    one ("Mr.", "Ms.": nothing else is), else the majority label."""
    names = [m for m in mentions if m.kind in _NAME_KINDS] or mentions
    # Counted by hand: this runs for every group at every step, mostly on a few mentions.
    votes: dict[str, int] = {}
    for m in names:
        votes[m.type] = votes.get(m.type, 0) + 1
    if votes.get("PERSON", 0) * 3 >= len(names) or _addressed(names) >= 2:
        return "PERSON"
    return min(votes.items(), key=lambda kv: (-kv[1], kv[0]))[0]


def _addressed(mentions: list[StoryMention]) -> int:
    """How many mentions open with a form of address ("Mr.", "Ms")."""
    return sum(
        1
        for m in mentions
        if m.text[:1] in "Mm" and fold(m.text.split()[0]).strip(".") in HONORIFICS
    )


_NAME_KINDS = frozenset({"name", "acronym"})


class UnionFind:
    """Union-find over name keys."""

    def __init__(self, keys: Iterable[str]) -> None:
        self.parent = {k: k for k in keys}

    def find(self, key: str) -> str:
        while self.parent[key] != key:
            self.parent[key] = self.parent[self.parent[key]]
            key = self.parent[key]
        return key

    def add(self, key: str) -> None:
        """A new key, in a group of its own."""
        self.parent.setdefault(key, key)

    def union(self, a: str, b: str) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            # The lexically smaller root wins, so the result does not depend on order.
            lo, hi = sorted((ra, rb))
            self.parent[hi] = lo
