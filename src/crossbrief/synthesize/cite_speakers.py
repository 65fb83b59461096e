"""A citation that gives the words to another speaker: two outlets can report the same
claim from two sources ("Ministers say the cards would cut fraud" / "the police said the
cards would cut fraud"), and a summary sentence reporting one source's words is no support
from a sentence that gives them to another. In a brief about who said what, such a
citation tells the reader that the other outlet heard the words from the summary's speaker.

Synthesis has no parse, so a sentence's speaker is read from its words: the word right
before a verb of saying ("the police said", "Ministers have said"). A quote's speaker span
is not read: the analyzer's cues are wider than saying ("accused", "found"), and a finding
or a charge can be one body's under two names ("the deputies" / "the opposition"). The
last sayer is the words' source: in "They backed the plan as the police said it would cut fraud" the words after
"said" are the police's, not theirs. A speaker inside an entity's name is that entity (one
person under any of their names); any other is a description, read by its head noun
("ministers", "the police", "a spokesman"). Two sentences give the words to different
speakers only when both name their speakers the same way (both by entity, or both by
description) and share none: a name and a description can be one person ("Ann Lee" / "the
harbour board's chair"), and a pronoun ("he", "they") can be anyone.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from crossbrief.model import Entity, SentenceRef
from crossbrief.synthesize.story import Story
from crossbrief.synthesize.text import QUOTED, content_term

# The word before a verb of saying, past an auxiliary or an adverb: "the police said",
# "Ministers have said", "officials also say"; a disaster that "claimed three lives" killed
# and said nothing
_SAYER = re.compile(
    r"\b([A-Za-z][\w'\u2019-]*)\s+(?:(?:has|have|had|also|again|repeatedly|often)\s+){0,2}"
    r"(?:said|says|say|told|tells|warned|argued|insisted|stated"
    r"|claimed(?!(?:\s+\S+){0,3}?\s+lives?\b(?!\s+(?:are|were|is|was)\b)))\b"
)
# Words before a verb of saying that name no one the reader can tell from another
_ANYONE_WORDS = """he she they it we i you who which that this these those one others some
    many also and but as has have had been was were is are not never"""
_ANYONE = frozenset(_ANYONE_WORDS.split())


def _blank(m: re.Match[str]) -> str:
    """Spaces as long as a match, so offsets into the text hold."""
    return " " * len(m.group())


class Speakers:
    """Each story sentence's speakers, read on demand: entity ids and described heads."""

    def __init__(self, story: Story, entities: Sequence[Entity]) -> None:
        self._story = story
        # article -> (start, end, entity id) of every mention
        self._spans: dict[str, list[tuple[int, int, str]]] = {}
        self._read: dict[SentenceRef, tuple[str, str] | None] = {}
        for e in entities:
            for m in e.mentions:
                self._spans.setdefault(m.article, []).append((m.start, m.end, e.id))

    def _entity(self, article: str, start: int, end: int) -> str | None:
        """The entity whose mention covers the text from ``start`` to ``end``, if any."""
        for m_start, m_end, e_id in self._spans.get(article, ()):
            if m_start <= start and end <= m_end:
                return e_id
        return None

    def of(self, ref: SentenceRef) -> tuple[str, str] | None:
        """The kind ("entity" or "description") and key (an entity id, a head noun) of the
        speaker ``ref`` gives its words to; None when it names none or one by a pronoun."""
        # read once: a cited sentence is compared with each of its sources
        if ref not in self._read:
            self._read[ref] = self._speaker(ref)
        return self._read[ref]

    def _speaker(self, ref: SentenceRef) -> tuple[str, str] | None:
        """``of``, uncached."""
        analyzed = self._story.by_id.get(ref.article)
        if analyzed is None or ref.sentence >= len(analyzed.sentences):
            return None
        span = analyzed.sentences[ref.sentence]
        # the quoted words are blanked out: a "says" inside them is someone the speaker
        # quotes, not the sentence's sayer ('The mayor said: "Nobody says ..."')
        text = QUOTED.sub(_blank, analyzed.article.text[span.start : span.end])
        # the innermost sayer: the last one before the words, past a function word before a
        # noun "say" or an idiom ("have a say", "needless to say", "all told"), which is
        # no one
        for last in reversed(list(_SAYER.finditer(text))):
            word = last.group(1).lower()
            if word in _ANYONE:
                return None
            if not content_term(word):
                continue
            at = span.start + last.start(1)
            e_id = self._entity(ref.article, at, span.start + last.end(1))
            if e_id is not None:
                return "entity", e_id
            # a plural and its singular are one description ("ministers", "a minister")
            return "description", word.removesuffix("s")
        return None

    def other_speaker(self, cited: SentenceRef, source: SentenceRef) -> bool:
        """Whether ``source`` gives its words to another speaker of the kind ``cited``
        names its own by."""
        mine = self.of(cited)
        theirs = self.of(source)
        return (
            mine is not None
            and theirs is not None
            and mine[0] == theirs[0]
            and (mine[1] != theirs[1])
        )
