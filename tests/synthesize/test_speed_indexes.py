"""The indexes and caches that spare synthesis repeated work give what the work gave."""

from __future__ import annotations

import unicodedata

from crossbrief.model import AnalyzedArticle, Article, TimeExpr
from crossbrief.synthesize.conflicts.context import Sentences, clock_times, stamps
from crossbrief.synthesize.dates import _EventVectors, clause_vector, event_clause
from crossbrief.synthesize.story import Story
from crossbrief.synthesize.text import fold
from crossbrief.synthesize.unnamed_speakers import introduced_unnamed
from tests.synthesize.builders import line_spans

TEXT = (
    "The ferry left Orsk on Monday at 0900 GMT with 40 cars aboard.\n"
    "By Tuesday it had reached Velmora, carrying 38 cars.\n"
    "No time is given here for the 12 crew."
)


def _at(text: str, words: str, kind: str, value: str | None) -> TimeExpr:
    start = TEXT.index(words)
    return TimeExpr(words, start, start + len(words), kind, value)  # type: ignore[arg-type]


def _article() -> AnalyzedArticle:
    times = (
        _at(TEXT, "Monday", "DATE", "2031-05-05"),
        _at(TEXT, "0900 GMT", "TIME", "2031-05-05T09:00"),
        _at(TEXT, "Tuesday", "DATE", "2031-05-06"),
    )
    return AnalyzedArticle(
        Article(id="a", text=TEXT, source="Gazette"), sentences=line_spans(TEXT), times=times
    )


def test_sentence_times_are_each_sentences_times_in_article_order() -> None:
    a = _article()
    where = Sentences(a)
    assert [t.text for t in where.times(0)] == ["Monday", "0900 GMT"]
    assert [t.text for t in where.times(1)] == ["Tuesday"]
    assert where.times(2) == []


def test_stamps_and_clock_times_read_the_figures_own_sentence() -> None:
    a = _article()
    where = Sentences(a)
    cars = TEXT.index("40")
    assert stamps(a, where, cars, cars + 2) == {"2031-05-05", "2031-05-05T09:00"}
    assert clock_times(a, where, cars) == {"0900 gmt"}
    later = TEXT.index("38")
    assert stamps(a, where, later, later + 2) == {"2031-05-06"}
    crew = TEXT.index("12")
    assert stamps(a, where, crew, crew + 2) == frozenset()
    assert clock_times(a, where, crew) == frozenset()


def test_event_vectors_are_the_clause_vectors_made_once() -> None:
    a = _article()
    story = Story([a])
    vectors = _EventVectors(story)
    for t in a.times:
        expected = clause_vector(story, event_clause(a, t))
        assert (vectors(a, t) == expected).all()
        assert vectors(a, t) is vectors(a, t)  # the second ask is the first vector


def _slow_fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).lower()


def test_fold_drops_accents_and_keeps_curly_quotes_and_dashes() -> None:
    for text in (
        "M\u00e9decins Sans Fronti\u00e8res",
        "\u201cWe will sail,\u201d she said \u2014 twice",
        "\u0141\u00f3d\u017a and \u00c9mile\u2019s \u201cboat\u201d",
        "Plain words",
    ):
        assert fold(text) == _slow_fold(text)
    assert fold("\u201cCaf\u00e9\u201d") == "\u201ccafe\u201d"


def test_an_unnamed_source_is_found_only_where_its_noun_is_written() -> None:
    said = "A customs official said the ferry was late. "
    assert introduced_unnamed(said, "official")
    assert introduced_unnamed("A Customs OFFICIAL said so. ", "official")  # in any case
    assert not introduced_unnamed(said, "spokesman")
    assert introduced_unnamed("The mayor's spokesman said it was late. ", "spokesman")
