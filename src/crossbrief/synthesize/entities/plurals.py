"""Plural descriptions of people ("the two leaders", "both men", "the pair") resolved to the
people they point back to.

A definite description that counts people ("the two presidents", "the three ministers",
"both men", "the pair", "the trio") stands for that many people its reader has just met: the
people of the story named together nearest before it, in its own sentence before it, else in
the closest of the ``LOOKBACK`` sentences before it that names anyone (same article), less
anyone its own sentence names after it (in "The two mayors urged Varga to ...", Varga is not
one of the two). Exactly the counted number is the group; more (a third person in that
sentence) or fewer (people named one by one, across sentences) is no group, never a guess.
An apposition naming the people right after the description ("the two mayors, Lee and
Brenn,") is the group itself. Two descriptions in one sentence ("the two nurses carried the
two boys") are two groups the names before cannot tell apart, and resolve to no one; so do
nouns of people a story counts without naming them ("the two suspects").

Resolution needs the story's people (their ids, role descriptions included: "the Velmoran
president" is a mention of Varga), so it runs on the built entities and leaves them as they
are: a group description is no spelling of any one person.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

from crossbrief.model import Entity
from crossbrief.synthesize.story import Story

# Sentences before the description searched for its people: a reader holds a pair named two
# or three sentences back, not a paragraph's worth of names.
LOOKBACK = 3

_COUNTS = {"two": 2, "both": 2, "three": 3, "four": 4, "five": 5}
_COLLECTIVES = {"pair": 2, "duo": 2, "couple": 2, "trio": 3}
# Plural nouns for people a story names one by one (offices, standing, "men", "women");
# "the two countries" or "the two sides" stay unresolved, and so do nouns for people a story
# counts without naming them ("the two suspects", "the three victims", "the two soldiers"):
# those were named, if at all, where the story first told of them, not just before.
_PEOPLE = """leaders men women presidents ministers chancellors premiers officials politicians
    diplomats envoys negotiators executives chiefs heads kings queens monarchs rulers
    secretaries senators governors mayors lawmakers legislators candidates rivals counterparts
    brothers sisters coaches founders generals commanders ambassadors spokesmen spokeswomen"""
_NOUN = "|".join(sorted(_PEOPLE.split(), key=lambda w: (-len(w), w)))
# "the two (European) leaders", "these two men", "both (the) men": a number, up to two
# modifiers, a people noun; "the pair" and its kin on their own ("the couple of days" is no
# couple). Not "the two other leaders" (those it leaves out), "the two leaders of the rebels"
# (another group), "both men and women" (a coordination) or "both leaders' aides" (the aides
# act).
# (The look-ahead of the first letters changes no match: it lets the scan of every article
# skip to them, which the leading ``\b`` keeps it from.)
PLURAL_TEXT = re.compile(
    r"(?=[TtBb])"
    r"(?:\b(?:(?:[Tt]he|[Tt]hese|[Tt]hose)\s+(two|three|four|five)|([Bb]oth)(?:\s+the)?)\s+"
    r"(?:(?!(?:other|remaining|rest|else|and|or)\b)[A-Za-z][a-z\-]*\s+){0,2}?"
    r"(?:" + _NOUN + r")\b"
    r"(?!\s+(?:of|and)\b|['\u2019])"
    r"|\b[Tt]he\s+(pair|duo|couple|trio)\b(?!\s+of\b|['\u2019]))"
)
# What may stand between the names of an apposition ("Lee and Brenn", "A, B and C").
_LIST_GAP = re.compile(r"\s*(?:,\s*(?:and\s+)?|and\s+|&\s*)")
_APPOSITION_OPEN = re.compile(r"\s*(?:,|\(|\u2013|\u2014|--)\s*")
_APPOSITION_CLOSE = re.compile(r"\s*(?:[,;:)\u2013\u2014.]|--|$)")


@dataclass(frozen=True)
class GroupMention:
    """A plural description in one article and the story people it stands for (entity
    ids, sorted)."""

    article: str
    sentence: int
    start: int
    end: int
    text: str
    members: tuple[str, ...]


def plural_count(description: str) -> int | None:
    """How many people a plural description counts ("the two leaders" -> 2, "the trio" ->
    3); None when it is no such description."""
    match = PLURAL_TEXT.fullmatch(description.strip())
    if match is None:
        return None
    word = (match.group(1) or match.group(2) or match.group(3)).lower()
    return _COUNTS.get(word) or _COLLECTIVES[word]


def resolve_plurals(story: Story, entities: Sequence[Entity]) -> list[GroupMention]:
    """Every plural description of people in the story whose people can be told: see the
    module docstring. In story order (article, offset)."""
    # article -> sentence -> [(start, end, person id)], the people each sentence names
    # most articles hold no such description: the people are indexed only where one does
    found_in = {
        a.article.id: matches
        for a in story.articles
        if (matches := list(PLURAL_TEXT.finditer(a.article.text)))
    }
    if not found_in:
        return []
    people: dict[str, dict[int, list[tuple[int, int, str]]]] = defaultdict(
        lambda: defaultdict(list)
    )
    for e in entities:
        if e.type == "PERSON":
            for m in e.mentions:
                if m.article in found_in:
                    people[m.article][m.sentence].append((m.start, m.end, e.id))
    out = []
    for a in story.articles:
        named = people.get(a.article.id)
        if not named:
            continue
        text = a.article.text
        matches = found_in[a.article.id]
        sentences = [a.sentence_index(m.start()) for m in matches]
        for match, sentence in zip(matches, sentences, strict=True):
            count = plural_count(match.group(0))
            start, end = match.span()
            found = _apposition(text, end, named.get(sentence, []), count or 0)
            if found is None and sentences.count(sentence) == 1:
                # two groups in one sentence ("the two nurses carried the two boys") are two
                # sets of people, which the names before cannot tell apart
                found = _before(named, sentence, start, end, count or 0)
            if found:
                out.append(
                    GroupMention(
                        a.article.id, sentence, start, end, match.group(0), tuple(sorted(found))
                    )
                )
    return out


def _apposition(
    text: str, end: int, mentions: list[tuple[int, int, str]], count: int
) -> set[str] | None:
    """The people an apposition right after the description names ("the two mayors,
    Lee and Brenn,"), when it names exactly ``count`` of them."""
    opener = _APPOSITION_OPEN.match(text, end)
    if opener is None or not opener.group(0).strip():
        return None
    pos, found = opener.end(), set[str]()
    for m_start, m_end, eid in sorted(mentions):
        if m_start < pos:
            continue
        gap = text[pos:m_start]
        if not (m_start == opener.end() if not found else _LIST_GAP.fullmatch(gap)):
            break
        found.add(eid)
        pos = m_end
    if len(found) == count and _APPOSITION_CLOSE.match(text, pos):
        return found
    return None


def _before(
    named: dict[int, list[tuple[int, int, str]]],
    sentence: int,
    start: int,
    end: int,
    count: int,
) -> set[str] | None:
    """The people of the nearest stretch that names any before the description: its own
    sentence up to it, else the closest of the ``LOOKBACK`` sentences before that names
    someone; less those its sentence names after it. Exactly ``count`` of them, or None."""
    after = {eid for s, _, eid in named.get(sentence, []) if s >= end}
    found = {eid for _, e, eid in named.get(sentence, []) if e <= start} - after
    back = sentence
    while not found and back > 0 and sentence - back < LOOKBACK:
        back -= 1
        found = {eid for *_, eid in named.get(back, [])} - after
    return found if len(found) == count else None
