"""A person named by one name alone whose introduction is not in the summary.

A report introduces a person once, in full or by role ("Senator Ann Lee", "Lee, the harbour
master, ..."), then calls them "Lee". A summary holding "Lee said ..." without any sentence
that introduces her meets the reader with a stranger. ``stranger_names`` finds the names a
sentence uses alone (one word of a name the story gives in full elsewhere: a surname, or a
family name written first, as in "Wang Kemin"), and ``introducers`` the candidates that
introduce them: the summarizer holds such a sentence only with one of them, as a pronoun
with its antecedent (``summary_anchors.anchored_at``), and the reading order puts the full
name first (``summary_order``).

A name reads alone where the sentence itself says who: a role title right before it
("President Lee", "Sen. Lee"), an apposition after it ("Lee, the harbour master,", "Lee, 62,
a former pilot,"); and where the outlets themselves use it alone: when at least half of the
articles naming the person first do so by that one name (``KNOWN_SHARE``), the writers take
it that their readers know who it is. A name the story never gives in full is left alone
too: the story has no introduction to offer.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from weakref import WeakKeyDictionary

from spacy.lang.en.stop_words import STOP_WORDS

from crossbrief.synthesize.entities.vocabulary import COURTESY_TITLES
from crossbrief.synthesize.story import Story
from crossbrief.synthesize.summary_names import name_words, people, same_surname
from crossbrief.synthesize.summary_people import SPEECH
from crossbrief.synthesize.text import fold

# The rule's switch, for measuring it (``bench/duc2004_variants.py``).
STRANGERS = True
# At least this share of the articles naming a person first naming them by one name alone:
# the outlets take the name as known.
KNOWN_SHARE = 0.5
OPENING_ONLY = False
SPEAKERS_ONLY = False
TITLED_ANYWHERE = False

# A word right before the name that makes it a title ("President", "Sen.", "Premier-designate"):
# capitalized, and no function word opening the sentence ("When Lee ...", "The Lee family").
_TITLE_BEFORE = re.compile(r"(?P<word>[A-Z][\w-]*\.?)[ \t]+$")
# An apposition telling who the person is: ", the harbour master", ", 62, a former pilot",
# ", who ..."
_APPOSITION = re.compile(r"(?:['\u2019]s)?\s*,\s+(?:\d{1,3}\s*,\s+)?(?:a|an|the|who|whose)\b")


@dataclass(frozen=True)
class _Names:
    """A story's people for this rule: the name words of its full names, the sentences that
    introduce each, and each sentence's names used alone."""

    full: dict[int, frozenset[str]]  # sentence -> first and last words of names told in full
    titled: dict[int, frozenset[str]]  # sentence -> names it introduces by title or apposition
    alone: dict[int, frozenset[str]]  # sentence -> names it uses alone, without either
    known: frozenset[str]  # names the outlets use alone from the first


_CACHE: WeakKeyDictionary[Story, _Names] = WeakKeyDictionary()


def _names(story: Story) -> _Names:
    """The story's ``_Names``, built once."""
    found = _CACHE.get(story)
    if found is not None:
        return found
    sents = story.sentences
    where: dict[str, list[int]] = defaultdict(list)
    for k, s in enumerate(sents):
        where[s.article].append(k)
    # every name a person mention gives in full: its first and its last word ("Wang Kemin"
    # is "Wang", a family name first; "Ann Lee" is "Lee")
    # (a mention of those words the analysis types otherwise elsewhere is the same name)
    full_names = people(story)
    words = {w for parts in full_names for w in (parts[0], parts[-1])}
    full: dict[int, set[str]] = defaultdict(set)
    titled: dict[int, set[str]] = defaultdict(set)
    alone: dict[int, set[str]] = defaultdict(set)
    first: dict[str, dict[str, bool]] = defaultdict(dict)  # name -> article -> first alone
    for a in story.articles:
        ks = where.get(a.article.id, [])
        text = a.article.text
        for m in sorted(a.mentions, key=lambda m: m.start):
            parts = name_words(m.text)
            held = next((j for j in ks if sents[j].start <= m.start < sents[j].end), None)
            if held is None or not parts:
                continue
            k = held
            if len(parts) >= 2 and (m.type == "PERSON" or tuple(parts) in full_names):
                for w in (parts[0], parts[-1]):
                    full[k].add(w)
                    first[w].setdefault(a.article.id, False)
                continue
            # one word of a full name, whatever type the analysis gave it ("Lee" read as a place)
            if len(parts) != 1 or parts[0] not in words:
                continue
            name = parts[0]
            head = text[sents[k].start : m.start]
            said = _titled(head) or _APPOSITION.match(text, m.end, sents[k].end) is not None
            first[name].setdefault(a.article.id, not said)
            (titled if said else alone)[k].add(name)
    known = frozenset(
        name for name, by in first.items() if by and sum(by.values()) >= KNOWN_SHARE * len(by)
    )
    found = _CACHE[story] = _Names(
        {k: frozenset(v) for k, v in full.items()},
        {k: frozenset(v) for k, v in titled.items()},
        {k: frozenset(v) for k, v in alone.items()},
        known,
    )
    return found


def _titled(head: str) -> bool:
    """Whether the text before a name ends with a title of it ("President", "Sen.")."""
    m = _TITLE_BEFORE.search(head)
    if m is None:
        return False
    word = m.group("word").rstrip(".").lower()
    if word in COURTESY_TITLES:
        return False  # "Mr Lee" says no more who he is than "Lee"
    opens = not head[: m.start()].strip(" \t\"'\u201c\u2018`(")
    return not (opens and word in STOP_WORDS)


def stranger_names(story: Story, i: int) -> frozenset[str]:
    """The names (folded) sentence ``i`` uses alone ("Lee said ...") for a person the story
    names in full elsewhere ("Ann Lee"), with no title or apposition saying who in it, that
    the outlets do not take as known (``KNOWN_SHARE``); empty when the switch is off."""
    if not STRANGERS:
        return frozenset()
    names = _names(story)
    alone = names.alone.get(i)
    if not alone:
        return frozenset()
    told = names.full.get(i, frozenset()) | names.titled.get(i, frozenset())
    out = frozenset(
        n for n in alone if n not in names.known and not any(same_surname(n, t) for t in told)
    )
    if SPEAKERS_ONLY:
        text = story.sentences[i].text
        out = frozenset(
            n
            for n in out
            if re.search(
                r"(?i:\b"
                + re.escape(n)
                + r"\s+"
                + SPEECH
                + r"\b|\b"
                + SPEECH
                + r"\s+"
                + re.escape(n)
                + r"\b)",
                fold(text),
            )
        )
    if OPENING_ONLY:
        head = name_words(" ".join(story.sentences[i].text.split()[:1]))
        out = frozenset(n for n in out if head and head[0] == n)
    return out


def introducers(
    story: Story, name: str, candidates: Sequence[int], read_before: Callable[[int], bool]
) -> set[int]:
    """The ``candidates`` that introduce the person called ``name``: by a full name holding
    it (first or last word, another outlet's spelling allowed), which the reading order puts
    first (``summary_order``), or, where ``read_before`` them, by a title or an apposition."""
    names = _names(story)
    return {
        k
        for k in candidates
        if any(same_surname(name, t) for t in names.full.get(k, frozenset()))
        or (
            (TITLED_ANYWHERE or read_before(k))
            and any(same_surname(name, t) for t in names.titled.get(k, frozenset()))
        )
    }
