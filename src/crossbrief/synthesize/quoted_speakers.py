"""A quotation's speaker as a person of the story, for who acts in its first-person words
(``actors.sentence_leads``): the speaker phrase's own noun decides, as its head would.

- A person named as the phrase's noun or in apposition to it speaks ("Ann Lee", "Ann Lee's
  lawyer, Tom Reed", "Tom Reed, a lawyer for Ann Lee": Reed).
- A person who possesses the noun ("Ann Lee's lawyer") or is the object of a preposition
  in the phrase ("a lawyer for Ann Lee", "a source close to Ann Lee") is whom the speaker
  speaks for or stands beside, never the one whose "I" the quotation's words are; where
  the phrase names no one else, no one of the story speaks.
- A phrase naming no one ("he", "the minister") is the person the analysis resolved it to,
  except a proxy's ("her lawyer"), whose resolved name is the principal's, not the
  speaker's (``proxy_phrases``).
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence

from crossbrief.analyze.quotes.proxies import unpossessed
from crossbrief.model import Entity, Quote
from crossbrief.synthesize.entities.names import name_key
from crossbrief.synthesize.entities.plurals import GroupMention
from crossbrief.synthesize.proxy_phrases import is_proxy

# a possessive right after a name the tagger left outside it ("Ann Lee" + "'s lawyer")
_POSSESSIVE_AFTER = re.compile(r"['\u2019](?:s\b|\s)")
# Prepositions whose object a name after them in the phrase is ("a lawyer for Ann Lee", "an
# aide to the mayor", "a source close to Lee"), after a lower-case noun or none; after a
# capitalised word one is part of a title the name holds ("Secretary of State Ann Lee").
_PREPOSITIONS = frozenset({"for", "to", "of", "at", "in", "from", "with", "by", "near"})


class QuotedSpeakers:
    """A quotation's speaker as a person of the story: the person written as the speaker
    phrase's noun or in apposition to it, else the person whose name the analyzer resolved
    a phrase naming no one to ("he" -> "Varga"); or as a group, the people of a plural
    description written there."""

    def __init__(self, entities: Sequence[Entity], plurals: Sequence[GroupMention] = ()) -> None:
        self.entities = entities
        self.plurals = plurals
        self._at: dict[str, list[tuple[int, int, str, str]]] | None = None
        self._names: dict[str, str] | None = None

    def _index(self) -> tuple[dict[str, list[tuple[int, int, str, str]]], dict[str, str]]:
        if self._at is None or self._names is None:
            self._at, self._names = defaultdict(list), {}
            for e in self.entities:
                if e.type != "PERSON":
                    continue
                for m in e.mentions:
                    self._at[m.article].append((m.start, m.end, m.text, e.id))
                for a in e.aliases:
                    self._names.setdefault(name_key(a.form), e.id)
            for spans in self._at.values():
                spans.sort()  # the first person written in the phrase speaks
        return self._at, self._names

    def of(self, article: str, q: Quote) -> str | None:
        """The person of the story who speaks ``q``, or None where the phrase names
        only whom its speaker speaks for or is related to, or no one the story knows."""
        at, names = self._index()
        start, end, phrase = q.speaker_start, q.speaker_end, q.speaker_text
        if start is not None and end is not None:
            named = False
            for m_start, m_end, text, eid in at.get(article, ()):
                if m_start < end and start < m_end:
                    named = True
                    if phrase is None or _speaks(phrase, m_start - start, m_end - start, text):
                        return eid
            if named:
                return None
        if q.speaker_name and not (phrase and is_proxy(phrase)):
            return names.get(name_key(q.speaker_name))
        return None

    def group_of(self, article: str, q: Quote) -> frozenset[str]:
        """The people a plural description written as the speaker stands for ("the two
        leaders said: ..."), empty when there is none."""
        if q.speaker_start is None or q.speaker_end is None:
            return frozenset()
        for g in self.plurals:
            if g.article == article and g.start < q.speaker_end and q.speaker_start < g.end:
                return frozenset(g.members)
        return frozenset()


def _speaks(phrase: str, start: int, end: int, text: str) -> bool:
    """Whether the name at ``start:end`` of a speaker ``phrase`` (``text`` as tagged) is
    its speaker: no possessor of the phrase's noun, nor the object of a preposition in the
    stretch of the phrase before it (from its last comma, so an apposition after "a
    lawyer for Ann Lee, Tom Reed" still speaks)."""
    if unpossessed(text) != text or _POSSESSIVE_AFTER.match(phrase, max(end, 0)):
        return False
    before = phrase[: max(start, 0)]
    words = before[before.rfind(",") + 1 :].split()
    return not any(
        w in _PREPOSITIONS and (n == 0 or not words[n - 1][:1].isupper())
        for n, w in enumerate(words)
    )
