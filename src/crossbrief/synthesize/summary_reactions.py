"""A reaction is read after the event it reacts to.

A report of a reaction ("The harbour board condemned the arrest of the captain, who was
detained on Monday") is news only once the reader knows the event: a summary that opens
on it, or tells it before the sentence telling the event ("The captain was arrested on
Monday"), reads backwards. The event sentence is found by the act the reaction names as
its verb's object (and that object's "of" phrase): a word the event sentence has in a past
form ("arrested", "detained"), the two compared stemmed ("arrest" / "arrested").
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from crossbrief.synthesize.saying import SAYING, forms
from crossbrief.synthesize.story import Story
from crossbrief.synthesize.summary_quotes import QUOTED
from crossbrief.synthesize.text import stem

# Verbs of reacting to or judging what happened, in the writer's words.
_REACTION = re.compile(
    r"\b(?:condemn|criticis|criticiz|welcom|deplor|denounc|prais|hail|protest|react|respond|"
    r"express|voic|decri|slamm|applaud|lament)(?:ed|es|s)\b",
    re.I,
)
# A past form in the event sentence: "arrested", "detained" (not "said", which tells no act).
_PAST = re.compile(r"\b[a-z]{3,}ed\b")
# verbs of saying tell no act: "reported", "stated" ("reports of ..." after a reaction)
_SAID = frozenset(stem(f) for f in forms(SAYING))
_WORD = re.compile(r"\b[a-z]{4,}\b")
_OBJECT_END = re.compile(
    r"[,;:.!?()\u2013\u2014\"\u201c\u201d]|\b(?:which|who|whom|whose|that|after|before|when|"
    r"while|as|because|since|in|on|at|by|for|from|to|with|over|about|against|and|but|or|"
    r"saying|said|says)\b"
)


def reacted_to(text: str) -> frozenset[str] | None:
    """The stemmed words ``text`` says after a verb of reacting ("condemned the arrest of
    ...": "arrest", ...), the act it reacts to among them; None when ``text`` reports no
    reaction."""
    told = QUOTED.sub(" ", text)
    m = _REACTION.search(told)
    if m is None:
        return None
    # the act is the object's head noun and its "of" phrase ("the reopening of the pier"), up
    # to the first other preposition, clause word or punctuation ("..., which had been
    # closed": a relative clause tells what else is known, not what is reacted to)
    obj = _OBJECT_END.split(told[m.end() :].lower(), maxsplit=1)[0]
    return frozenset(stem(w) for w in _WORD.findall(obj))


def tells(text: str, acts: frozenset[str]) -> bool:
    """True when ``text`` tells one of the ``acts`` in a past form ("was arrested"), and
    reports no reaction itself."""
    if reacted_to(text) is not None:
        return False
    return any(
        (root := stem(w)) in acts and root not in _SAID
        for w in _PAST.findall(QUOTED.sub(" ", text))
    )


def events_before_reactions(
    story: Story, blocks: list[list[int]], dates: Mapping[str, str | None]
) -> list[list[int]]:
    """``blocks`` in their order, except that a block telling the event a reaction block
    before it reacts to moves right before that reaction, in one block with it; not one from
    an article ``dates`` dates after the reaction's, which tells a later event of that kind."""
    out = [list(b) for b in blocks]

    def later(e: int, r: int) -> bool:
        told, reacted = (dates.get(story.sentences[out[x][0]].article) for x in (e, r))
        return bool(told and reacted and told[:10] > reacted[:10])

    r = 0
    while r < len(out):
        acts = reacted_to(story.sentences[out[r][0]].text)
        if acts:
            e = next(
                (
                    e
                    for e in range(r + 1, len(out))
                    if not later(e, r) and any(tells(story.sentences[i].text, acts) for i in out[e])
                ),
                None,
            )
            if e is not None:
                out[r] = out.pop(e) + out[r]
        r += 1
    return out
