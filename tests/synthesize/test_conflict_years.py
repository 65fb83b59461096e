"""Which period a figure's clause names: "last year" and "this year" are two (invented
sentences; figures placed by hand)."""

from __future__ import annotations

from crossbrief.model import AnalyzedArticle, Article
from crossbrief.synthesize.conflicts import build_conflicts
from crossbrief.synthesize.facts import group_sentences
from crossbrief.synthesize.story import Story
from tests.synthesize.builders import figures_at, line_spans


def _article(aid: str, text: str, figure: str) -> AnalyzedArticle:
    return AnalyzedArticle(
        article=Article(id=aid, text=text, source=aid),
        sentences=line_spans(text),
        figures=figures_at(text, [(figure, "")]),
    )


def _conflicts(*articles: AnalyzedArticle) -> list[list[str]]:
    story = Story(articles)
    return [[v.value for v in c.values] for c in build_conflicts(story, group_sentences(story))]


SALES = "The Velmora brewer said its profits reached {} {}, helped by exports to Ostrel."


def test_last_years_figure_against_this_years_is_no_conflict() -> None:
    a = _article("a", SALES.format("$40m", "last year"), "$40m")
    b = _article("b", SALES.format("$45m", "this year"), "$45m")
    assert _conflicts(a, b) == []


def test_one_year_named_two_ways_still_conflicts() -> None:
    a = _article("a", SALES.format("$40m", "last year"), "$40m")
    b = _article("b", SALES.format("$45m", "in the past year"), "$45m")
    assert _conflicts(a, b) == [["$40m", "$45m"]]
