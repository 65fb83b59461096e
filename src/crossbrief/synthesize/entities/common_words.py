"""Capitalised common nouns among the one-word names ("Controller" beside "the controller"):
a word the story writes in lower case more often than as a name, with nothing that makes it
a person's name (a title, a given name before it, a verb of saying after it)."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from typing import TYPE_CHECKING
from weakref import WeakKeyDictionary

from crossbrief.synthesize.entities.gender import first_name_gender
from crossbrief.synthesize.entities.vocabulary import HONORIFICS, PERSON_TITLES
from crossbrief.synthesize.story import Story
from crossbrief.synthesize.text import fold

if TYPE_CHECKING:
    from crossbrief.synthesize.entities.mentions import StoryMention

_LOWER_WORD = re.compile(r"(?<![\w'\u2019-])[a-z]+(?![\w'\u2019-])")
# A capitalised word alone in mid-sentence: after a lower-case word and not before another
# capitalised one. A sentence's first word and a word of a longer name ("Vela State Board")
# are capitalised by orthography or by that name, and say nothing of the word alone.
# (The possessive quantifiers change no match: what follows each run can never be a character
# of it, so backtracking into it is wasted, a third of the scan.)
_CAPITAL_ALONE = re.compile(
    r"(?<![\w'\u2019])[a-z]++[,;:]?+[ \t]++([A-Z][a-z]+)\b(?!['\u2019-]?[A-Za-z])"
    r"(?![,;:]?[ \t]+[A-Z])"
)
# Nor does one in a noun phrase ("the Keeper", "a new Keeper", "its Keeper"): a person's bare
# name takes no determiner, a title does; nor one after "and"/"of"/"or", the tail of a longer
# name or title ("Lies and Keepers").
_NOT_ALONE_BEFORE = re.compile(
    r"(?i:\b(?:the|a|an|this|that|these|those|his|her|its|their|our|my|your)[ \t]+"
    r"(?:[\w'\u2019-]+,?[ \t]+)?|['\u2019]s[ \t]+|\b(?:and|of|or)[ \t]+)$"
)
# A verb of saying right after the word: a person speaks ("Wolf told reporters").
_SAYS = re.compile(
    r"[ \t]+(?:(?:has|had|also) )?(?:said|says|told|tells|added|adds|asked|asks|agreed|agrees|"
    r"explained|explains|replied|replies|wrote|writes|insisted|insists|warned|warns|denied|"
    r"denies|claimed|claims|argued|argues|recalled|recalls)\b"
)

_ADDRESS = HONORIFICS | PERSON_TITLES

# Each story's (lower-case uses, capitalised uses alone) of its words, counted once: the two
# passes of a build read the same texts.
_COUNTS: WeakKeyDictionary[Story, tuple[Counter[str], Counter[str]]] = WeakKeyDictionary()


def _word_counts(story: Story) -> tuple[Counter[str], Counter[str]]:
    counts = _COUNTS.get(story)
    if counts is None:
        lower: Counter[str] = Counter()
        alone: Counter[str] = Counter()
        for a in story.articles:
            text = a.article.text
            lower.update(_LOWER_WORD.findall(text))
        # Only a word the story also writes in lower case can be a common noun, so only such
        # words' capitalised uses are looked at (the look back is the costly part).
        for a in story.articles:
            text = a.article.text
            alone.update(
                word
                for found in _CAPITAL_ALONE.finditer(text)
                if (word := found.group(1).lower()) in lower
                and not _NOT_ALONE_BEFORE.search(text, max(0, found.start(1) - 40), found.start(1))
            )
        counts = _COUNTS[story] = (lower, alone)
    return counts


def lower_case_uses(story: Story) -> Counter[str]:
    """How often the story writes each word in lower case."""
    return _word_counts(story)[0]


def mark_common_words(story: Story, mentions: Iterable[StoryMention]) -> None:
    """Mark the one-word names that are common nouns capitalised ("the state", "a doctor",
    "the controller"), which may name something only as a title or a nickname does, not a
    short form or a surname of a longer name: words the story writes in lower case more
    often than capitalised alone in mid-sentence, never titled ("Ms. Hope"), never the last
    word of a full name opening with a given name ("Ann Young") and never before a verb of
    saying ("Rose said"): "prices rose" leaves the speaker Rose a name."""
    one_word: dict[str, list[StoryMention]] = {}
    full: set[tuple[str, str]] = set()  # (first word, last word) of each person's full name
    for m in mentions:
        clean = m.clean
        if clean.isalpha() and clean[:1].isupper():
            one_word.setdefault(clean.lower(), []).append(m)
        elif m.type == "PERSON" and len(words := clean.split()) > 1:
            full.add((words[0].lower(), words[-1].lower()))
    if not one_word:
        return
    lower, alone = _word_counts(story)
    # The given-name table is read only for the few words written more often in lower case.
    candidates = {w for w in one_word if lower[w] > alone[w]}
    surnames = {
        last for first, last in full if last in candidates and first_name_gender(first) is not None
    }
    for word, ms in one_word.items():
        common = (
            word in candidates
            and word not in surnames
            and not any(named_as_person(story, m) for m in ms)
        )
        for m in ms:
            m.common = common


def named_as_person(story: Story, m: StoryMention) -> bool:
    """Whether a one-word mention is written as a person's name: titled or speaking."""
    words = m.text.split()
    if m.speaks or (len(words) > 1 and fold(words[0]).strip(".") in _ADDRESS):
        return True
    return bool(_SAYS.match(story.by_id[m.article].article.text, m.end))
