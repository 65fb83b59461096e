"""A written figure of two numbers joined by "and" gives two things' values (invented
sentences; figures placed by hand)."""

from __future__ import annotations

from crossbrief.model import AnalyzedArticle, Article
from crossbrief.synthesize.conflicts import build_conflicts
from crossbrief.synthesize.conflicts.values import measure
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


SURVEY = "The Velmora survey found that {} of voters there back the new harbour levy."


def test_two_joined_values_are_not_one_value() -> None:
    assert measure("41% and 12%", 29, "") is None
    assert measure("10- and 12-inch", 13, "") is None
    # a range and a number written in words are one value
    assert measure("between 30 and 40", 30, "") is not None
    assert measure("one hundred and twenty", 120, "") is not None


def test_two_groups_shares_against_one_share_is_no_conflict() -> None:
    a = _article("a", SURVEY.format("41% and 12%"), "41% and 12%")
    b = _article("b", SURVEY.format("25%"), "25%")
    assert _conflicts(a, b) == []


def test_one_share_against_another_still_conflicts() -> None:
    a = _article("a", SURVEY.format("41%"), "41%")
    b = _article("b", SURVEY.format("25%"), "25%")
    assert _conflicts(a, b) == [["41%", "25%"]]


def test_a_span_gluing_two_clauses_figures_reads_the_first() -> None:
    a = _article("a", "In the Velmora poll, Okafor won 41% and 12% went to Marsh.", "41% and 12%")
    b = _article("b", "In the Velmora poll, Okafor won 47% of the vote.", "47%")
    assert _conflicts(a, b) == [["41%", "47%"]]


def test_joined_shares_without_a_clause_each_are_still_no_value() -> None:
    a = _article("a", "In the Velmora poll, Okafor won 41% and 12% of the vote.", "41% and 12%")
    b = _article("b", "In the Velmora poll, Okafor won 47% of the vote.", "47%")
    assert _conflicts(a, b) == []
