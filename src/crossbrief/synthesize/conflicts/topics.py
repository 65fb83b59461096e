"""A figure conflict's topic as a reader reads it: a phrase of the figures' own words.

``figures.topic`` names a set of figures by the stems most of them share around them, in
weight order ("towns velmoran"): a key that tells quantities apart, not a phrase. Shown to a
reader, a figure is better named as its sentence names it: by the noun it counts with the
modifiers before it, in text order ("14 Velmoran harbour towns": "Velmoran harbour towns"),
by the noun it is the value "of" ("a budget of $12 million": "budget"), or, for a
percentage of a group, as that group's share ("62 percent of fishermen": "share of
fishermen"). A toll or a parent's children keep ``topic``'s label ("people killed"), which
says what happened to what is counted; so does a figure whose words give none of these.
The label is display only: it groups nothing.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from spacy.lang.en.stop_words import STOP_WORDS

from crossbrief.synthesize.conflicts.context import root
from crossbrief.synthesize.conflicts.figures import topic
from crossbrief.synthesize.conflicts.predicates import CHILDREN, CLASS_WORDS
from crossbrief.synthesize.conflicts.readings import FigureValue
from crossbrief.synthesize.conflicts.roles import SIZE
from crossbrief.synthesize.conflicts.topic_holders import gap_to, paid_by, possessor, tallied
from crossbrief.synthesize.story import Story
from crossbrief.synthesize.text import fold

# up to four words right after a figure, before any punctuation ("14 Velmoran harbour towns,")
_AFTER = re.compile(r"(?:\s+[A-Za-z][\w'-]*){1,4}")
# "a budget of", "the new budget of", "its population of" right before a figure: the noun it
# is the value of, after a determiner and at most one modifier
_OF_BEFORE = re.compile(
    r"\b(?:a|an|the|its|their|his|her|this|that)\s+(?:([a-z][\w-]*)\s+)?([a-z][\w-]*)\s+of\s+$",
    re.I,
)
# "percent of fishermen", "% of the fishermen": the group a percentage is a share of
_SHARE_OF = re.compile(r"\s+of\s+(?:the\s+)?([A-Za-z][\w-]*)", re.I)
# nouns a figure is "of" that name no quantity ("a total of", "a group of", "one of")
_EMPTY_HEADS = frozenset(
    {"total", "number", "group", "sum", "figure", "amount", "lot", "couple", "range", "series"}
)

# words of time that may follow a sum ("$5 million yesterday"), which it does not qualify
_WHEN = frozenset({"yesterday", "today", "tonight", "tomorrow", "now", "apiece", "each"})


def _words_after(text: str, end: int) -> list[str]:
    """The words right after a figure ending at ``end``, up to punctuation or four words."""
    m = _AFTER.match(text, end)
    return m.group(0).split() if m else []


def _counted_phrase(text: str, v: FigureValue, end: int) -> str:
    """The noun a count counts with the modifiers before it, as written ("Velmoran harbour
    towns"); "" when the counted noun is not among the words right after the figure."""
    nouns = {n for n in (v.noun, v.tally) if n}
    words = _words_after(text, end)
    for n, w in enumerate(words):
        if w.lower() in STOP_WORDS:
            return ""
        if root(fold(w)) in nouns and v.noun:  # an informative noun, not "people"
            return " ".join(words[: n + 1])
    return ""


def _sized_thing(text: str, v: FigureValue, end: int) -> str:
    """ "length of the Ostran ferry" for a size written as an adjective ("the 40-meter Ostran
    ferry Gull"): the thing sized, up to its last lower-case word (a name after it is the
    thing's own, "Gull"); "" for a figure that sizes nothing."""
    if v.role != SIZE:
        return ""
    words = _words_after(text, end)
    cut = next((n for n, w in enumerate(words) if w.lower() in STOP_WORDS), len(words))
    last = max((n for n, w in enumerate(words[:cut]) if w.islower()), default=-1)
    if last < 0:
        return ""
    return f"{v.dimension.split(':')[0]} of the {' '.join(words[: last + 1])}"


def _thing_paid(text: str, v: FigureValue, end: int) -> str:
    """The noun a sum qualifies, right after it ("a $48 million grant to ...": "grant");
    not a verb form or adverb ("$5 million raised", "$5 million annually")."""
    if not v.dimension.startswith("money"):
        return ""
    words = _words_after(text, end)
    if not words:
        return ""
    w = words[0]
    if not w.islower() or w in STOP_WORDS or w.endswith(("ing", "ed", "ly")) or w in _WHEN:
        return ""
    return w


def _share(text: str, v: FigureValue, end: int) -> str:
    """ "share of fishermen" for a percentage of a group ("62 percent of fishermen")."""
    if v.dimension != "percent":  # however spelt: "62 percent", "62%", "62 per cent", "62pc"
        return ""
    m = _SHARE_OF.match(text, end)
    if m is None or m.group(1).lower() in STOP_WORDS:
        return ""
    return f"share of {m.group(1)}"


def _value_of(text: str, v: FigureValue) -> str:
    """The noun a figure is the value of ("a budget of $12 million": "budget")."""
    m = _OF_BEFORE.search(text, max(0, v.start - 40), v.start)
    if m is None or m.end() != v.start:
        return ""
    head = m.group(2)
    if head.lower() in _EMPTY_HEADS or head.lower() in STOP_WORDS:
        return ""
    modifier = m.group(1)
    return f"{modifier} {head}" if modifier and modifier.lower() not in STOP_WORDS else head


def _phrase(story: Story, v: FigureValue) -> str:
    """What one figure's own words say it measures, or "" when they say nothing plain; whose
    it is where a name's possessive right before it says so ("people of Velmora")."""
    a = story.by_id[v.article]
    text = a.article.text
    end = v.start + len(v.text)
    phrase = (
        _sized_thing(text, v, end)
        or _counted_phrase(text, v, end)
        or _share(text, v, end)
        or _thing_paid(text, v, end)
        or _value_of(text, v)
    )
    owner = possessor(a, v.start)
    if owner and not phrase:
        phrase = tallied(text, v, end)
    if owner and phrase:
        return f"{phrase} of {owner}"
    return phrase or paid_by(a, v) or gap_to(a, v)


def label(story: Story, group: Sequence[FigureValue]) -> str:
    """A reader's name for what a conflict's figures measure: the phrase most of them give
    (the first written among equals), else ``figures.topic``'s label."""
    acts = {v.act for v in group if v.act}
    if acts == {CHILDREN} or (len(acts) == 1 and acts <= CLASS_WORDS.keys()):
        return topic(group)  # a toll says what happened to what it counts: "people killed"
    phrases = [p for v in group if (p := _phrase(story, v))]
    if not phrases:
        return topic(group)
    counts = Counter(phrases)
    return max(phrases, key=lambda p: (counts[p], -phrases.index(p)))
