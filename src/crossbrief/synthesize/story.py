"""The story as synthesis sees it: the analyzed articles and a flat, indexed sentence list."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import cached_property

import numpy as np

from crossbrief.model import AnalyzedArticle, SentenceRef
from crossbrief.synthesize.text import TfIdf


@dataclass(frozen=True)
class StorySentence:
    """One sentence of one article, with its place in the story."""

    article: str
    index: int  # position in that article's sentence list
    position: int  # 0-based position from the article start, for lead bias
    text: str
    start: int
    end: int

    @property
    def ref(self) -> SentenceRef:
        return SentenceRef(self.article, self.index)


class Story:
    """Analyzed articles of one story, with shared cross-article views computed once."""

    def __init__(self, articles: Sequence[AnalyzedArticle]) -> None:
        self.articles = list(articles)
        self.by_id = {a.article.id: a for a in self.articles}
        self.sentences: list[StorySentence] = [
            StorySentence(a.article.id, i, i, a.sentence_text(i), s.start, s.end)
            for a in self.articles
            for i, s in enumerate(a.sentences)
        ]

    def outlet(self, article_id: str) -> str:
        """The outlet of an article: its source, or the article itself when none is given."""
        article = self.by_id[article_id].article
        return article.source.strip() or article.id

    def outlets(self, article_ids: Sequence[str]) -> int:
        """How many distinct outlets ``article_ids`` come from."""
        return len({self.outlet(a) for a in article_ids})

    @cached_property
    def tfidf(self) -> TfIdf:
        return TfIdf([s.text for s in self.sentences])

    @cached_property
    def similarity(self) -> np.ndarray:
        """Cosine similarity of every pair of story sentences (TF-IDF)."""
        return self.tfidf.similarity()
