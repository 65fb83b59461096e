"""Which people a summary sentence names in full, and which by one name alone.

The reading order (``summary_order``) puts a sentence naming someone by surname alone after
one introducing them in full, and the summarizer holds such a sentence only with an
introduction (``summary_surnames``): both ask the same question of a sentence's mentions,
here, and allow another outlet's spelling of a transliterated name (``same_surname``).
"""

from __future__ import annotations

import re
from difflib import SequenceMatcher
from weakref import WeakKeyDictionary

from crossbrief.synthesize.entities.vocabulary import COURTESY_TITLES
from crossbrief.synthesize.story import Story
from crossbrief.synthesize.text import fold

# "grynchenko" / "hrynchenko" is 0.9; "smith" / "smyth" (0.8) stay two people.
SURNAME_LIKENESS = 0.85
NAME_WORD = re.compile(r"[^\W\d_]+(?:[-'\u2019][^\W\d_]+)*")


def name_words(text: str) -> list[str]:
    """The words of a name as written, folded, without courtesy titles ("Mr") or a
    possessive "'s"."""
    words = [w for w in NAME_WORD.findall(fold(text)) if w not in COURTESY_TITLES]
    return [w[:-2] if w.endswith(("'s", "\u2019s")) else w for w in words]


_PEOPLE: WeakKeyDictionary[Story, frozenset[tuple[str, ...]]] = WeakKeyDictionary()


def people(story: Story) -> frozenset[tuple[str, ...]]:
    """The name words (``name_words``) of every person mention of two words or more in the
    story: its people's full names."""
    known = _PEOPLE.get(story)
    if known is None:
        known = _PEOPLE[story] = frozenset(
            tuple(parts)
            for a in story.articles
            for m in a.mentions
            if m.type == "PERSON" and len(parts := name_words(m.text)) >= 2
        )
    return known


def person_names(story: Story, i: int) -> tuple[set[str], set[str]]:
    """The surnames sentence ``i`` names in full (first name and surname) and those it
    names by surname alone, folded. A mention the analysis types otherwise there counts when
    it is a person's full name or surname elsewhere in the story ("Lee" read as a place)."""
    s = story.sentences[i]
    full: set[str] = set()
    alone: set[str] = set()
    names = people(story)
    surnames = {n[-1] for n in names}
    for m in story.by_id[s.article].mentions:
        if not s.start <= m.start < s.end:
            continue
        words = name_words(m.text)
        if len(words) >= 2 and (m.type == "PERSON" or tuple(words) in names):
            full.add(words[-1])
        elif len(words) == 1 and (m.type == "PERSON" or words[0] in surnames):
            alone.add(words[0])
    return full, alone - full


def same_surname(a: str, b: str) -> bool:
    """True when two folded surnames are one name, allowing another outlet's spelling."""
    if a == b:
        return True
    return min(len(a), len(b)) >= 4 and SequenceMatcher(None, a, b).ratio() >= SURNAME_LIKENESS
