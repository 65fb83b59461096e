"""The story as synthesis sees it: the analyzed articles and a flat, indexed sentence list."""

from __future__ import annotations

import itertools
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cached_property

import numpy as np

from crossbrief.model import AnalyzedArticle, SentenceRef, Span
from crossbrief.synthesize.text import TfIdf, concept_terms

NEAR_IDENTICAL = 0.9  # TF-IDF cosine of two sentences that are one sentence (re-sent, retouched)
VERSION_SHARE = 0.5  # share of each article's sentences near-identical in a version of it
# near-identical sentences a version shares at least: one or two alike sentences (a statement
# both quote, a stock background line, a one-line brief reworded) are no copy of a report
VERSION_MIN = 3


@dataclass(frozen=True)
class StorySentence:
    """One sentence of one article, with its place in the story."""

    article: str
    index: int  # position in that article's sentence list
    position: int  # 0-based position from the article start, for lead bias
    text: str
    start: int
    end: int
    heading: bool = False  # a title, section head or standfirst: no fact, no summary sentence

    @cached_property
    def ref(self) -> SentenceRef:
        """The citation of this sentence, made once (cited many times; it is immutable)."""
        return SentenceRef(self.article, self.index)


def span_in_heading(article: AnalyzedArticle, span: Span) -> bool:
    """Whether at least half of ``span`` lies in one of the article's headings (a sentence
    the parser ran on from a heading into the text is the text's)."""
    inside = sum(max(0, min(h.end, span.end) - max(h.start, span.start)) for h in article.headings)
    return inside * 2 >= span.end - span.start > 0


class Story:
    """Analyzed articles of one story, with shared cross-article views computed once."""

    def __init__(self, articles: Sequence[AnalyzedArticle]) -> None:
        self.articles = list(articles)
        self.by_id = {a.article.id: a for a in self.articles}
        self.sentences: list[StorySentence] = [
            StorySentence(
                a.article.id, i, i, a.sentence_text(i), s.start, s.end, span_in_heading(a, s)
            )
            for a in self.articles
            for i, s in enumerate(a.sentences)
        ]

    def outlet(self, article_id: str) -> str:
        """The outlet of an article: its source, or the article itself when none is given."""
        article = self.by_id[article_id].article
        return article.source.strip() or article.id

    def outlets(self, article_ids: Sequence[str]) -> int:
        """How many distinct, independent outlets ``article_ids`` come from: a version of
        another article (``versions``: a copy, a reprint, wire copy re-sent) counts as the
        outlet of its set's first version, so one report carried twice supports a fact once."""
        return len({self.outlet(self.versions[a]) for a in article_ids})

    @cached_property
    def reporters(self) -> dict[str, str]:
        """Each article mapped to the outlet of its report (``outlet`` of its first version):
        two articles of one outlet, such as two editions of its live blog, are one witness, as
        two versions of one report are; an article with no source is its own."""
        return {a: self.outlet(self.versions[a]) for a in self.by_id}

    @cached_property
    def versions(self) -> dict[str, str]:
        """Each article mapped to the first version of its report (itself if it has none).

        Two articles are versions of one report when at least ``VERSION_SHARE`` of the
        sentences of each, and at least ``VERSION_MIN`` sentences, have a near-identical
        sentence (``NEAR_IDENTICAL``) in the other (wire copy re-sent with an update, a
        lightly edited reprint, a byte-identical copy): they are one witness, not two. The
        first version is the earliest published (undated last), then the smallest outlet and
        id, so the input order changes neither the sets nor the outlet each set counts as.
        """
        ids = [a.article.id for a in self.articles]
        rows: dict[str, list[int]] = defaultdict(list)
        for i, s in enumerate(self.sentences):
            rows[s.article].append(i)
        root = {a: a for a in ids}

        def find(a: str) -> str:
            while root[a] != a:
                a = root[a]
            return a

        for x, y in itertools.combinations([a for a in ids if rows[a]], 2):
            near = self.similarity[np.array(rows[x])[:, None], rows[y]] >= NEAR_IDENTICAL
            mine, theirs = near.any(axis=1), near.any(axis=0)
            shared = min(mine.sum(), theirs.sum())
            if shared >= VERSION_MIN and min(mine.mean(), theirs.mean()) >= VERSION_SHARE:
                rx, ry = find(x), find(y)
                first = min(rx, ry, key=self._seniority)
                root[ry if first == rx else rx] = first
        return {a: find(a) for a in ids}

    @cached_property
    def copies(self) -> dict[str, str]:
        """Each article whose text repeats one listed before it, mapped to the first listed
        article of that text: the same text but for spacing, or every sentence of each
        near-identical (``NEAR_IDENTICAL``) to one of the other's. A version with a sentence
        of its own (an update, an added line) is no copy: it tells something the other does not.
        """
        rows: dict[str, list[int]] = defaultdict(list)
        for i, s in enumerate(self.sentences):
            rows[s.article].append(i)
        ids = [a.article.id for a in self.articles]
        found: dict[str, str] = {}
        for j, y in enumerate(ids):
            # the first of its text, never another copy, so every copy names the same one
            first = (x for x in ids[:j] if x not in found and self._same_text(x, y, rows))
            if (x := next(first, None)) is not None:
                found[y] = x
        return found

    def version_of(self, article_id: str) -> str | None:
        """The first listed article of the report ``article_id`` re-sends with lines of its
        own (see ``versions``), or None: for that first listed one, an article of its own, and
        a copy (``copies`` names what a copy repeats). The first listed, like ``copies``, so
        that a reader going down the list meets the report before its versions."""
        report = self.versions.get(article_id)
        first = next(a.article.id for a in self.articles if self.versions[a.article.id] == report)
        return None if first == article_id or article_id in self.copies else first

    @cached_property
    def _article_words(self) -> dict[str, list[str]]:
        """Each article's words, spacing aside (``copies`` compares many pairs)."""
        return {a.article.id: a.article.text.split() for a in self.articles}

    def _same_text(self, x: str, y: str, rows: dict[str, list[int]]) -> bool:
        """Whether articles ``x`` and ``y`` carry one text (see ``copies``)."""
        words = self._article_words[x]
        if words and words == self._article_words[y]:
            return True
        if not rows[x] or not rows[y]:
            return False
        # np.ix_'s block, without its checks (many pairs)
        near = self.similarity[np.array(rows[x])[:, None], rows[y]] >= NEAR_IDENTICAL
        return bool(near.any(axis=1).all() and near.any(axis=0).all())

    def _seniority(self, article_id: str) -> tuple[bool, str, str, str]:
        """Which of a report's versions comes first: the earliest published, undated last,
        then the smallest outlet and id (never the input order)."""
        published = self.by_id[article_id].article.published
        return (published is None, published or "", self.outlet(article_id), article_id)

    @cached_property
    def tfidf(self) -> TfIdf:
        # the summary's words, possessives as written: reading them here lowered its ROUGE
        texts = [s.text for s in self.sentences]
        return TfIdf(texts, [concept_terms(t) for t in texts])

    @cached_property
    def similarity(self) -> np.ndarray:
        """Cosine similarity of every pair of story sentences (TF-IDF)."""
        return self.tfidf.similarity()
