"""Two counts of one act's object: "is to ballot its 290 members" / "will start balloting
800 workers" tell one act done to two numbers of people, two facts (two unions, or two
rounds), however alike their other words.

The count is the figure right after the act's verb, past a possessive, an article or a
hedge ("sued 45 banks", "ballot its 290 members", "fined about 300 fans"): the object the
act is done to, as analysis read the act (``AnalyzedArticle.acts``). A figure elsewhere
in the sentence (a date, a sum in a side clause) is not the act's. Two sentences telling
one act (its root: "ballot" / "balloting") with such counts and no count in common are
apart; a sentence that counts no object is not judged. The conflicts stay ``differ``'s: a
count told of another object is no disagreement the table can show.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Mapping

import numpy as np

from crossbrief.synthesize.one_event import TELLING, act_root
from crossbrief.synthesize.story import Story

# a word and the figure (digits, with a scale word) right after it, past at most one
# possessive, article or hedge word; one pattern for every act word, compiled once
_OBJECT_COUNT = re.compile(
    r"\b([A-Za-z]+)\s+(?:(?:its|their|his|her|our|the|some|about|nearly|almost|around|over"
    r"|up\s+to|more\s+than)\s+)?(\d[\d,.]*\d|\d)(?:\s*(million|billion|m|bn)\b)?",
    re.I,
)
_DIGIT = re.compile(r"\d")


def _counted(text: str) -> dict[str, set[str]]:
    """Each word of ``text`` (lower case) with the figures right after it, in one form
    ("290,000" -> "290000"; a scale word kept); nothing read from a text with no digit."""
    out: dict[str, set[str]] = {}
    if not _DIGIT.search(text):  # one scan in C, not a generator over every character
        return out
    for m in _OBJECT_COUNT.finditer(text):
        number = m.group(2).replace(",", "")
        out.setdefault(m.group(1).lower(), set()).add(
            f"{number} {m.group(3).lower()}" if m.group(3) else number
        )
    return out


def object_counts(text: str, words: Iterable[str]) -> dict[str, set[str]]:
    """Per act root of the act words ``words`` of ``text``, the figures counted right
    after the act's verb; roots with none left out."""
    out: dict[str, set[str]] = {}
    counted = _counted(text)
    if not counted:
        return out
    for word in words:
        root = act_root(word)
        if root and word not in TELLING and (numbers := counted.get(word.lower())):
            out.setdefault(root, set()).update(numbers)
    return out


def other_counts(a: Mapping[str, set[str]], b: Mapping[str, set[str]]) -> bool:
    """Whether two sentences' ``object_counts`` count one act's object with no figure in
    common."""
    return any(not a[root] & b[root] for root in a.keys() & b.keys())


def counts_apart(story: Story) -> np.ndarray:
    """A boolean matrix over the story's sentences: True where two sentences of different
    articles tell one act (root) with the figure of its object in both and none in common."""
    n = len(story.sentences)
    apart = np.zeros((n, n), dtype=bool)
    where = {(s.article, s.index): k for k, s in enumerate(story.sentences)}
    words: dict[int, list[str]] = defaultdict(list)
    for a in story.articles:
        for act in a.acts or ():
            if (k := where.get((a.article.id, act.sentence))) is not None:
                words[k].append(act.word)
    counted: dict[str, dict[int, set[str]]] = defaultdict(dict)
    for k, held_words in words.items():
        for root, numbers in object_counts(story.sentences[k].text, held_words).items():
            counted[root][k] = numbers
    for held in counted.values():
        items = sorted(held.items())
        for x, (i, ci) in enumerate(items):
            for j, cj in items[x + 1 :]:
                if story.sentences[i].article != story.sentences[j].article and not ci & cj:
                    apart[i, j] = apart[j, i] = True
    return apart
