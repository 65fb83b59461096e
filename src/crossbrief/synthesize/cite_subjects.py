"""A citation about another subject: a sentence that opens on another name of the same kind
tells another fact, however alike the rest of its words.

News sentences of one shape recur across a story with their subject changed: one club
"will host" a rival in the draw, the next club "will travel to" another; one minister
"announced" a plan, another minister "announced" one. Word shares and sentence similarity
read the shared frame ("host", "home tie", "against") and not the name that changes, so a
summary sentence about one club cites another outlet's sentence about another club. A
sentence's subject, as far as synthesis can tell without a parse, is the entity whose name
opens it (after quote marks, brackets or "The" only: "Velmora will host Orsk ..."). A
source is no citation of a summary sentence when both open on an entity, the two are
different entities of the same type, and neither sentence names the other's entity
("Velmora beat Orsk" / "Orsk lost to Velmora" tell one match, and are left alone). A name
hyphenated to the next word ("Velmora-born fisherman") modifies the subject and opens
nothing, and two sentences opening on a place that both name one other person or body
("Velmora police arrested Ann Lee" / "Orsk police arrested Ann Lee") tell one act.

A name often opens a sentence behind its descriptor: "Velmora manager Ann Lee faces ...",
"Orsk Party leader Tom Varga said ...". The descriptor's owner (the club, the party) and the
name it describes are then the subject together: their own names before a role noun, then
the name. Two such openings tell other subjects when the two names, or one name and the
other's owner, are different entities of one type ("Velmora manager Ann Lee" / "Orsk boss
Ola Brenn"; "Velmora" / "Orsk manager Ola Brenn").
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import NamedTuple

from crossbrief.model import Entity, SentenceRef
from crossbrief.synthesize.entities.title_runs import role_noun
from crossbrief.synthesize.entities.vocabulary import DESCRIPTOR_NOUNS
from crossbrief.synthesize.role_index import ROLE_NOUNS
from crossbrief.synthesize.story import Story

# what may stand before a sentence's opening name: marks and "The" ("The Velmora board")
_OPENING = re.compile(r"[\W_]*(?:the\s+)?", re.I)
# ... or a descriptor: capitalised words (its owner's name, "New", "Former") and one or two
# lower-case words, the last a role noun ("Velmora manager", "New Orsk chief executive")
_DESCRIBED = re.compile(
    r"[\W_]*(?:the\s+)?(?:[A-Z][\w.&'\u2019-]*\s+){1,4}((?:[a-z][a-z-]*\s+){1,2})"
)
# a name hyphenated to the word after it modifies a noun ("Velmora-born", "Orsk-based"): it is
# no subject
_HYPHENED = re.compile(r"[-\u2013]\w")
_ACTORS = frozenset({"PERSON", "ORG"})
# Places: an opening place can modify the subject's noun ("Velmora police")
_PLACES = frozenset({"GPE", "LOC", "NORP", "FAC"})

Unit = tuple[str, str]  # (entity id, type)


class Opening(NamedTuple):
    """A sentence's opening subject: the name that opens it and the owners its descriptor
    names ("Velmora" in "Velmora manager Ann Lee"), if any."""

    head: Unit
    owners: tuple[Unit, ...] = ()


def _role(word: str) -> bool:
    """Whether ``word`` can end a descriptor before a name: a role noun."""
    low = word.lower()
    return low in ROLE_NOUNS or low in DESCRIPTOR_NOUNS or role_noun(word)


def _described(prefix: str) -> bool:
    """Whether ``prefix`` (a sentence's text before a name) is only a descriptor of it."""
    m = _DESCRIBED.fullmatch(prefix)
    return m is not None and _role(m.group(1).split()[-1])


def _opening(text: str, start: int, mentions: list[tuple[int, int, str, str]]) -> Opening | None:
    """The opening subject of the sentence starting at ``start`` in ``text``, from its
    entity ``mentions`` (start, end, id, type) in text order: a person or body behind a
    descriptor, or the name right after marks or "The"."""
    for k, (m_start, _, e_id, e_type) in enumerate(mentions[:4]):
        if e_type in _ACTORS and k and _described(text[start:m_start]):
            owners = tuple((i, t) for _, end, i, t in mentions[:k] if end <= m_start and i != e_id)
            return Opening((e_id, e_type), owners)
    if mentions:
        m_start, m_end, e_id, e_type = mentions[0]
        if _OPENING.fullmatch(text[start:m_start]) and not _HYPHENED.match(text, m_end):
            return Opening((e_id, e_type))
    return None


class Subjects:
    """Each story sentence's opening subject and every entity it names."""

    def __init__(self, story: Story, entities: Sequence[Entity]) -> None:
        self._story = story
        # (article, sentence) -> its opening subject or None, read when first asked: only the
        # summary's sentences and their sources are, of all the story's
        self._openings: dict[tuple[str, int], Opening | None] = {}
        # (article, sentence) -> the ids of every entity it names
        self.named: dict[tuple[str, int], set[str]] = {}
        # (article, sentence) -> the ids of the people and bodies it names
        self.actors: dict[tuple[str, int], set[str]] = {}
        # (article, sentence) -> its entity mentions (start, end, id, type)
        found: dict[tuple[str, int], list[tuple[int, int, str, str]]] = {}
        for e in entities:
            for m in e.mentions:
                key = (m.article, m.sentence)
                self.named.setdefault(key, set()).add(e.id)
                if e.type in _ACTORS:
                    self.actors.setdefault(key, set()).add(e.id)
                analyzed = story.by_id.get(m.article)
                if analyzed is None or m.sentence >= len(analyzed.sentences):
                    continue
                if m.start >= analyzed.sentences[m.sentence].start:
                    found.setdefault(key, []).append((m.start, m.end, e.id, e.type))
        self._found = found

    def opening(self, key: tuple[str, int]) -> Opening | None:
        """The opening subject of sentence ``key`` (article, sentence), None if it has none."""
        if key not in self._openings:
            mentions = self._found.get(key)
            opening = None
            if mentions is not None:
                text = self._story.by_id[key[0]].article.text
                start = self._story.by_id[key[0]].sentences[key[1]].start
                opening = _opening(text, start, sorted(mentions))
            self._openings[key] = opening
        return self._openings[key]

    def other_subject(self, cited: SentenceRef, source: SentenceRef) -> bool:
        """Whether ``source`` opens on another subject than ``cited`` does: the two
        openings' names, or one's name and the other's owner, are different entities of one
        type, no entity of one opening is the other's, and neither sentence names the
        other's name."""
        mine = self.opening((cited.article, cited.sentence))
        theirs = self.opening((source.article, source.sentence))
        if mine is None or theirs is None:
            return False
        units_mine = {mine.head, *mine.owners}
        units_theirs = {theirs.head, *theirs.owners}
        if {u[0] for u in units_mine} & {u[0] for u in units_theirs}:
            return False
        # a name against the other's name or owner: an owner against an owner is no subject
        # ("Velmora side" and "Velmora boss" can lead sentences on two of the club's people)
        pairs = [(mine.head, u) for u in units_theirs] + [(u, theirs.head) for u in mine.owners]
        if not any(a[1] == b[1] for a, b in pairs):
            return False
        named_mine = self.named.get((cited.article, cited.sentence), set())
        named_theirs = self.named.get((source.article, source.sentence), set())
        if mine.head[0] in named_theirs or theirs.head[0] in named_mine:
            return False
        if mine.head[1] not in _PLACES and theirs.head[1] not in _PLACES:
            return True
        # one person or body both name besides the openings: the opening name is a place
        # that modifies the subject ("Velmora police arrested Ann Lee" / "Orsk police
        # arrested Ann Lee"), one act told from two places
        shared = self.actors.get((cited.article, cited.sentence), set()) & self.actors.get(
            (source.article, source.sentence), set()
        )
        return not shared - {mine.head[0], theirs.head[0]}
