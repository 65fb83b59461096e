"""AnalyzedArticle.sentence_index: the sentence holding an offset, the last one before it."""

from __future__ import annotations

from dataclasses import replace

from crossbrief.model import AnalyzedArticle, Article, Span


def _article(starts: list[int]) -> AnalyzedArticle:
    text = "x" * 200
    spans = tuple(Span(s, s + 5) for s in starts)
    return AnalyzedArticle(article=Article(id="a", text=text), sentences=spans)


def _scan(a: AnalyzedArticle, offset: int) -> int:
    """The definition, read one sentence at a time."""
    found = 0
    for i, s in enumerate(a.sentences):
        if s.start > offset:
            break
        found = i
    return found


def test_every_offset_finds_the_last_sentence_starting_at_or_before_it() -> None:
    a = _article([3, 10, 10, 40, 90])
    assert [a.sentence_index(o) for o in (3, 9, 10, 39, 40, 150)] == [0, 0, 2, 2, 3, 4]
    assert all(a.sentence_index(o) == _scan(a, o) for o in range(200))


def test_an_offset_before_the_first_sentence_or_no_sentences_gives_zero() -> None:
    assert _article([5, 20]).sentence_index(0) == 0
    assert _article([]).sentence_index(7) == 0


def test_an_article_with_other_sentences_reads_its_own_starts() -> None:
    # the starts are listed once per article: a copy with other sentences (as
    # ``dataclasses.replace`` makes one) must not answer from the first article's list
    a = _article([0, 50, 100])
    assert a.sentence_index(60) == 1
    b = replace(a, sentences=(Span(0, 5), Span(70, 80)))
    assert b.sentence_index(60) == 0
    assert a.sentence_index(60) == 1  # the first one's answer is unchanged
