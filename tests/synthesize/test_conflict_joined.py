"""A written figure of two numbers joined by "and" gives two things' values (invented
sentences; figures placed by hand)."""

from __future__ import annotations

from crossbrief.model import AnalyzedArticle
from crossbrief.synthesize.conflicts.values import measure
from tests.synthesize.builders import conflict_values, figure_article


def _article(aid: str, text: str, figure: str) -> AnalyzedArticle:
    """One sentence per line; the figure at its first occurrence."""
    return figure_article(aid, text, [(figure, "")])


_conflicts = conflict_values


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
