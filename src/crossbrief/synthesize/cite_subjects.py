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
("Velmora beat Orsk" / "Orsk lost to Velmora" tell one match, and are left alone).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from crossbrief.model import Entity, SentenceRef
from crossbrief.synthesize.story import Story

# what may stand before a sentence's opening name: marks and "The" ("The Velmora board")
_OPENING = re.compile(r"[\W_]*(?:the\s+)?", re.I)


class Subjects:
    """Each story sentence's opening entity and every entity it names."""

    def __init__(self, story: Story, entities: Sequence[Entity]) -> None:
        # (article, sentence) -> (entity id, type) of the name that opens it
        self.opening: dict[tuple[str, int], tuple[str, str]] = {}
        # (article, sentence) -> the ids of every entity it names
        self.named: dict[tuple[str, int], set[str]] = {}
        for e in entities:
            for m in e.mentions:
                key = (m.article, m.sentence)
                self.named.setdefault(key, set()).add(e.id)
                analyzed = story.by_id.get(m.article)
                if analyzed is None or m.sentence >= len(analyzed.sentences):
                    continue
                start = analyzed.sentences[m.sentence].start
                if m.start >= start and _OPENING.fullmatch(analyzed.article.text[start : m.start]):
                    self.opening[key] = (e.id, e.type)

    def other_subject(self, cited: SentenceRef, source: SentenceRef) -> bool:
        """Whether ``source`` opens on another entity of the type of the one ``cited``
        opens on, neither sentence naming the other's."""
        mine = self.opening.get((cited.article, cited.sentence))
        theirs = self.opening.get((source.article, source.sentence))
        if mine is None or theirs is None or mine[0] == theirs[0] or mine[1] != theirs[1]:
            return False
        named_mine = self.named.get((cited.article, cited.sentence), set())
        named_theirs = self.named.get((source.article, source.sentence), set())
        return mine[0] not in named_theirs and theirs[0] not in named_mine


def same_subject(
    subjects: Subjects | None, cited: SentenceRef, sources: Sequence[SentenceRef]
) -> tuple[SentenceRef, ...]:
    """``sources`` but those opening on another subject than ``cited`` (``Subjects``), the
    cited sentence itself kept; all of them when no ``subjects`` are given."""
    if subjects is None:
        return tuple(sources)
    return tuple(r for r in sources if r == cited or not subjects.other_subject(cited, r))
