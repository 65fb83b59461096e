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
nothing, and two sentences that both name one other person or body ("Velmora police
arrested Ann Lee" / "Orsk police arrested Ann Lee") tell one act.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from crossbrief.model import Entity, SentenceRef
from crossbrief.synthesize.story import Story

# what may stand before a sentence's opening name: marks and "The" ("The Velmora board")
_OPENING = re.compile(r"[\W_]*(?:the\s+)?", re.I)
# a name hyphenated to the word after it modifies a noun ("Velmora-born", "Orsk-based"): it is
# no subject
_HYPHENED = re.compile(r"[-\u2013]\w")
_ACTORS = frozenset({"PERSON", "ORG"})


class Subjects:
    """Each story sentence's opening entity and every entity it names."""

    def __init__(self, story: Story, entities: Sequence[Entity]) -> None:
        # (article, sentence) -> (entity id, type) of the name that opens it
        self.opening: dict[tuple[str, int], tuple[str, str]] = {}
        # (article, sentence) -> the ids of every entity it names
        self.named: dict[tuple[str, int], set[str]] = {}
        # (article, sentence) -> the ids of the people and bodies it names
        self.actors: dict[tuple[str, int], set[str]] = {}
        for e in entities:
            for m in e.mentions:
                key = (m.article, m.sentence)
                self.named.setdefault(key, set()).add(e.id)
                analyzed = story.by_id.get(m.article)
                if analyzed is None or m.sentence >= len(analyzed.sentences):
                    continue
                start = analyzed.sentences[m.sentence].start
                text = analyzed.article.text
                if (
                    m.start >= start
                    and _OPENING.fullmatch(text[start : m.start])
                    and not _HYPHENED.match(text, m.end)
                ):
                    self.opening[key] = (e.id, e.type)
                if e.type in _ACTORS:
                    self.actors.setdefault(key, set()).add(e.id)

    def other_subject(self, cited: SentenceRef, source: SentenceRef) -> bool:
        """Whether ``source`` opens on another entity of the type of the one ``cited``
        opens on, neither sentence naming the other's."""
        mine = self.opening.get((cited.article, cited.sentence))
        theirs = self.opening.get((source.article, source.sentence))
        if mine is None or theirs is None or mine[0] == theirs[0] or mine[1] != theirs[1]:
            return False
        named_mine = self.named.get((cited.article, cited.sentence), set())
        named_theirs = self.named.get((source.article, source.sentence), set())
        if mine[0] in named_theirs or theirs[0] in named_mine:
            return False
        # one person or body both name besides the openings: the opening name is a place
        # that modifies the subject ("Velmora police arrested Ann Lee" / "Orsk police
        # arrested Ann Lee"), one act told from two places
        shared = self.actors.get((cited.article, cited.sentence), set()) & self.actors.get(
            (source.article, source.sentence), set()
        )
        return not shared - {mine[0], theirs[0]}


def same_subject(
    subjects: Subjects | None, cited: SentenceRef, sources: Sequence[SentenceRef]
) -> tuple[SentenceRef, ...]:
    """``sources`` but those opening on another subject than ``cited`` (``Subjects``), the
    cited sentence itself kept; all of them when no ``subjects`` are given."""
    if subjects is None:
        return tuple(sources)
    return tuple(r for r in sources if r == cited or not subjects.other_subject(cited, r))
