"""Whether a source sentence tells what a cited sentence tells happened, read from the parse.

A summary sentence cites the articles whose own sentence carries its act. Analysis reads
each sentence's acts from its parse (``AnalyzedArticle.acts``: the main verbs, a copula's or
a light verb's complement, the act of a clause a verb of saying reports), which sees what a
verb read from the words around it does not ("cut" in the present or the past, "is the
winner") and reads no "-ed" adjective or "to" after a noun as one. Verbs of saying and
planning tell who gave the news or what is expected (``one_event.TELLING``), and verbs of
wanting an aim: never the act two reports share ("Lee said on Friday" and "Reed said on
Monday" share no act).

A sentence may tell two events joined by "and", "but" or a comma ("Ann Lee was fined on
Monday and resigned on Tuesday"). Its main act is the first: the root's verb, with the
verb it controls ("agreed to pay": "pay" follows "to") and the clause it reports
("announced that the quay will close"). A source telling only a later act ("Ann Lee
resigned") carries part of the sentence, not what it tells first, and is no support for it;
one telling the main act is.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from crossbrief.model import SentenceRef
from crossbrief.synthesize.claims import IRREGULAR_PAST
from crossbrief.synthesize.one_event import TELLING, same_act, tells_act
from crossbrief.synthesize.saying import forms
from crossbrief.synthesize.story import Story
from crossbrief.synthesize.text import content_term

# the last words before a controlled verb: "to" and an adverb or two ("agreed to quickly
# pay"); a verb after them is the one before's act, not a second event
_CONTROLLED = re.compile(r"\bto\s+(?:[a-z]+ly\s+)?$")
# the last words before a verb that an auxiliary makes one ("has not overturned", "will
# formally sign")
_AUXILIARY = re.compile(
    r"\b(?:will|would|can|could|may|might|shall|should|must|has|have|had|was|were|is|are|"
    r"be|been|being|did|does|do)\s+(?:(?:not|never|also|still|just|[a-z]+ly)\s+)*$"
)

# Verbs of wanting tell an aim, as a verb of planning does, not what happened ("wants talks",
# "hopes to meet"): like saying, no act two reports share
_WISHING = forms({"want", "hope", "intend"})
# ... nor do verbs of belief: "Lee is believed to be hiding in Velmora" and "Lee is thought
# to be hiding in Velmora" tell one thing, where Lee is, and "Lee is believed to have
# founded a firm" another; the clause they report carries the act
_BELIEVING = forms({"believe", "think", "suspect", "allege"})
_NO_ACT = TELLING | _WISHING | _BELIEVING


@dataclass(frozen=True)
class CitedActs:
    """A sentence's acts in their order, split into the ``main`` one (with the verb it
    controls and the clause it reports) and the ``later`` events told after it."""

    main: tuple[str, ...]
    later: tuple[str, ...]


class SentenceActs:
    """Each sentence's act words as analysis read them, in their order, verbs of saying and
    planning and stop words left out; None for an article analysed before acts were read."""

    def __init__(self, story: Story) -> None:
        self._acts: dict[str, dict[int, list[tuple[str, bool]]] | None] = {}
        for a in story.articles:
            if a.acts is None:
                self._acts[a.article.id] = None
                continue
            held: dict[int, list[tuple[str, bool]]] = {}
            for act in a.acts:
                read = held.setdefault(act.sentence, [])
                # one word told of two subjects ("Lee won and Hale won") is one act word here
                if (
                    act.word not in _NO_ACT
                    and content_term(act.word)
                    and (act.word, act.reported) not in read
                ):
                    read.append((act.word, act.reported))
            self._acts[a.article.id] = held
        self._story = story

    def read(self, ref: SentenceRef) -> bool:
        """Whether the acts of ``ref``'s article were read (not an older analysis)."""
        return self._acts.get(ref.article) is not None

    def words(self, ref: SentenceRef) -> tuple[str, ...]:
        """The act words of sentence ``ref``, in their order (none where not read)."""
        held = self._acts.get(ref.article)
        return tuple(w for w, _ in (held or {}).get(ref.sentence, ()))

    def cited(self, ref: SentenceRef) -> CitedActs:
        """The acts of sentence ``ref`` split into its main act and the later events: an act
        after the first is the main one's when a verb controls it ("agreed to pay"), when
        it is what the first act, told at first hand, reports ("argued that the deal hurt
        rivals"), or when it reads as no verb of its own: a noun or a present form joined
        to the first ("is a writer and an activist"). A past form or a verb after an
        auxiliary tells an event of its own ("was fined and resigned", "and has left")."""
        held = self._acts.get(ref.article) or {}
        acts = held.get(ref.sentence, [])
        if not acts:
            return CitedActs((), ())
        text = self._story.by_id[ref.article].sentence_text(ref.sentence).lower()
        first_reported = acts[0][1]
        main, later = [acts[0][0]], list[str]()
        for word, reported in acts[1:]:
            own = not (reported and not first_reported) and _event_verb(word, text)
            (later if own else main).append(word)
        return CitedActs(tuple(main), tuple(later))


def _event_verb(word: str, text: str) -> bool:
    """Whether the act word ``word`` of ``text`` (lower case) reads as a verb telling its
    own event: a past form ("resigned", "left") or a word after an auxiliary ("has not
    overturned"), and no verb another controls ("decided to leave")."""
    places = [m.start() for m in re.finditer(r"\b" + re.escape(word) + r"\b", text)]
    if any(_CONTROLLED.search(text[:k]) for k in places):
        return False
    if word in IRREGULAR_PAST or (len(word) > 4 and word.endswith("ed")):
        return True
    return any(_AUXILIARY.search(text[:k]) for k in places)


def tells_main_act(acts: CitedActs, text: str) -> bool:
    """Whether ``text`` tells the main act of a sentence whose acts are ``acts``: has one of
    its words as any word (a verb form or its event noun); true where none was read."""
    return not acts.main or any(tells_act(w, text) for w in acts.main)


def tells_later_only(acts: CitedActs, text: str) -> bool:
    """Whether ``text`` tells one of the later events of a sentence whose acts are ``acts``
    and not its main act ("resigned" for "was fined and resigned")."""
    return any(tells_act(w, text) for w in acts.later) and not tells_main_act(acts, text)


def joined_tells(acts: CitedActs, cited_text: str, theirs: Sequence[str]) -> bool:
    """Whether a source the fact grouping joined to a sentence (``acts``, ``cited_text``)
    and whose own acts are ``theirs`` tells the sentence's main act as well as the grouping
    can tell: one of its own acts is a word of the cited sentence, and not one of the
    sentence's later events ("resigned" for "was fined and resigned"). A source whose acts
    none was read is not judged."""
    if not theirs:
        return True
    return any(
        tells_act(t, cited_text) and not any(same_act(t, w) for w in acts.later) for t in theirs
    )
