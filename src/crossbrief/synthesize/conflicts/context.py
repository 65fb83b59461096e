"""What tells two value mentions apart: the words around them, the sentence pairs that may
speak of the same thing, the moment a sentence dates a value to, and which story entity a
name mention belongs to."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import defaultdict
from collections.abc import Collection, Sequence
from functools import lru_cache

import numpy as np
from spacy.lang.en.stop_words import STOP_WORDS

from crossbrief.model import AnalyzedArticle, Entity, Mention, TimeExpr
from crossbrief.synthesize.conflicts.values import WORD
from crossbrief.synthesize.facts import FactGroup
from crossbrief.synthesize.story import Story
from crossbrief.synthesize.text import fold, stem

CONTEXT = 0.2  # sentence similarity at which two sentences may talk about the same quantity
MATCH = 0.5  # context score two values need to count as the same quantity in such sentences
WINDOW = 3  # words each side of a value that say what it measures
NEAR = 60  # characters around a value in which a time expression dates it
YEAR_OLD = re.compile(r"^(\d{1,3})-year-old$")
_YEAR = re.compile(r"(?:19|20)\d\d")  # a year written alone dates a figure ("in 1984")
# A contrast opens a clause about another thing ("Exports rose by 2.1%, while imports fell"):
# its words do not say what a figure outside it measures
_CONTRAST = re.compile(r";|\b(?:while|whereas|but)\b", re.I)

Context = tuple[tuple[str, float], ...]  # (stem, weight) of the words around a value


def context(text: str, start: int, end: int) -> Context:
    """Content-word stems within ``WINDOW`` words of a span, weighted by closeness."""
    return _weights(_before(text, start), _after(text, end))


def _before(text: str, start: int) -> list[str]:
    words = text[max(0, start - 120) : start]
    cuts = [m.end() for m in _CONTRAST.finditer(words)]
    return WORD.findall(fold(words[cuts[-1] :] if cuts else words))[-WINDOW:]


def _after(text: str, end: int) -> list[str]:
    words = text[end : end + 120]
    cut = _CONTRAST.search(words)
    return WORD.findall(fold(words[: cut.start()] if cut else words))[:WINDOW]


def _weights(before: list[str], after: list[str]) -> Context:
    weights: dict[str, float] = {}
    placed = [*((len(before) - i, w) for i, w in enumerate(before)), *enumerate(after, 1)]
    for dist, w in placed:
        if w in STOP_WORDS or w.isdigit() or len(w) < 2:
            continue
        s = root(w)
        weights[s] = max(weights.get(s, 0.0), 1.0 / dist)
    return tuple(sorted(weights.items()))


# cached: every figure's context and its sentence's labels ask again for the same words
@lru_cache(maxsize=1 << 16)
def root(word: str) -> str:
    """A word's stem without a final y or e, so "injury", "injured" and "injuries" meet."""
    s = stem(word)
    return s[:-1] if len(s) > 4 and s[-1] in "ye" else s


def same_quantity(a: Sequence[tuple[str, float]], b: Sequence[tuple[str, float]]) -> float:
    """How strongly two values' surroundings say they measure the same thing."""
    wb = dict(b)
    return sum(min(w, wb[s]) for s, w in a if s in wb)


def related_pairs(
    story: Story,
    groups: Sequence[FactGroup],
    among: Sequence[int],
    blocked: Collection[tuple[int, int]] = (),
) -> list[tuple[int, int, float]]:
    """Cross-article pairs of the sentences ``among`` that may report the same quantity, with
    the context score their values need: loosely related sentences (half the ``CONTEXT``
    similarity) need three times the evidence around the values. Ordered by sentence.
    ``blocked`` pairs (one fact but for their figures) are as related as one group's."""
    idx = np.array(sorted(set(among)), dtype=np.int64)
    if len(idx) < 2:
        return []
    sim = story.similarity[np.ix_(idx, idx)]
    group = np.full(len(story.sentences), -1, dtype=np.int64)
    for n, g in enumerate(groups):
        group[list(g.members)] = n
    group[group < 0] = -2 - np.nonzero(group < 0)[0]  # ungrouped sentences: groups of their own
    codes = {a: n for n, a in enumerate(story.by_id)}
    art = np.array([codes[story.sentences[i].article] for i in idx])
    grp = group[idx]
    strong = (sim >= CONTEXT) | (grp[:, None] == grp[None, :])
    if blocked:
        where = {int(s): n for n, s in enumerate(idx)}
        for i, j in blocked:
            if i in where and j in where:
                strong[where[i], where[j]] = strong[where[j], where[i]] = True
    mask = np.triu(strong | (sim >= CONTEXT / 2), k=1) & (art[:, None] != art[None, :])
    rows, cols = np.nonzero(mask)
    # (converted to Python values a column at a time: a story has tens of thousands of pairs)
    return [
        (i, j, MATCH if near else 3 * MATCH)
        for i, j, near in zip(
            idx[rows].tolist(), idx[cols].tolist(), strong[rows, cols].tolist(), strict=True
        )
    ]


class Sentences:
    """Sentence lookups by character offset for one article (binary search, not a scan)."""

    def __init__(self, article: AnalyzedArticle) -> None:
        self.article = article
        self.starts = [s.start for s in article.sentences]
        self._times: dict[int, list[TimeExpr]] | None = None

    def index(self, offset: int) -> int:
        """Index of the sentence containing ``offset`` (the last one starting at or before it)."""
        return max(bisect_right(self.starts, offset) - 1, 0)

    def times(self, sentence: int) -> list[TimeExpr]:
        """The article's time expressions that start in sentence ``sentence``, in article
        order (sorted once: every figure of an article asks for its sentence's)."""
        if self._times is None:
            self._times = defaultdict(list)
            for t in self.article.times:
                self._times[self.index(t.start)].append(t)
        return self._times.get(sentence, [])


def stamps(a: AnalyzedArticle, where: Sentences, start: int, end: int) -> frozenset[str]:
    """The moments a value is dated to: time expressions of its sentence within ``NEAR``
    characters, as resolved dates where analysis resolved them ("Saturday" in two articles
    written on different days may be one day), else as written; a bare number is a moment
    only as a year ("in 1984")."""
    return frozenset(
        t.value or fold(t.text)
        for t in where.times(where.index(start))
        if t.type in {"DATE", "TIME"}
        and not YEAR_OLD.match(t.text)
        and (not t.text.isdigit() or _YEAR.fullmatch(t.text) is not None)
        and t.end >= start - NEAR
        and t.start <= end + NEAR
    )


def clock_times(a: AnalyzedArticle, where: Sentences, start: int) -> frozenset[str]:
    """The clock times a reading of a moving quantity is taken at ("At 0950 GMT, the dollar
    ..."): time expressions of its sentence that analysis tags TIME and that hold a digit (a
    clock time dates such a reading however far from it; ``values.reading`` says which
    figures are readings)."""
    return frozenset(
        fold(t.text)
        for t in where.times(where.index(start))
        if t.type == "TIME" and any(c.isdigit() for c in t.text)
    )


class EntityIndex:
    """Which story entity a name mention belongs to, by its article and offsets."""

    def __init__(self, entities: Sequence[Entity]) -> None:
        spans: dict[str, list[tuple[int, int, str]]] = {}
        self.people: dict[str, list[Mention]] = {}
        for e in entities:
            for m in e.mentions:
                spans.setdefault(m.article, []).append((m.start, m.end, e.id))
                if e.type == "PERSON":
                    person = Mention(m.text, m.start, m.end, "PERSON")
                    self.people.setdefault(m.article, []).append(person)
        self.spans = {a: sorted(s) for a, s in spans.items()}
        self.starts = {a: [s[0] for s in found] for a, found in self.spans.items()}

    def of(self, article: str, start: int, end: int) -> str | None:
        """The entity of the mention at ``start``-``end``: the one whose mention overlaps it
        most (entities trim titles off NER spans, so offsets need not be equal)."""
        found = self.spans.get(article)
        if not found:
            return None
        best, overlap = None, 0
        k = bisect_right(self.starts[article], end)
        for s, e, eid in found[max(0, k - 8) : k]:
            # conditionals, not min() and max(): this runs for every name mention
            shared = (e if e < end else end) - (s if s > start else start)
            if shared > overlap:
                best, overlap = eid, shared
        return best

    def in_sentence(self, article: str, start: int, end: int) -> set[str]:
        """Every entity mentioned between ``start`` and ``end`` of an article."""
        found = self.spans.get(article, [])
        k = bisect_right(self.starts.get(article, []), end)
        return {eid for s, e, eid in found[:k] if s >= start and e <= end}
