"""StorySentence.ref: the citation of a story sentence, made once per sentence."""

from __future__ import annotations

from crossbrief.model import AnalyzedArticle, Article, SentenceRef, Span
from crossbrief.synthesize.story import Story


def _story() -> Story:
    text = "Ann Lee opened the harbour in Velmora. The harbour board met on Monday."
    first = AnalyzedArticle(
        article=Article(id="a1", text=text), sentences=(Span(0, 38), Span(39, len(text)))
    )
    second = AnalyzedArticle(article=Article(id="a2", text=text), sentences=(Span(0, 38),))
    return Story([first, second])


def test_a_sentence_cites_its_article_and_index_the_same_ref_each_time() -> None:
    story = _story()
    s = story.sentences[1]
    assert s.ref == SentenceRef("a1", 1)
    assert s.ref is s.ref  # one citation object, not a new one per look-up


def test_sentences_of_other_articles_or_places_get_other_refs() -> None:
    refs = [s.ref for s in _story().sentences]
    assert refs == [SentenceRef("a1", 0), SentenceRef("a1", 1), SentenceRef("a2", 0)]
    assert len(set(refs)) == 3  # no sentence answers with another's citation
