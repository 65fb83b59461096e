"""Which period a figure's clause names: "last year" and "this year" are two (invented
sentences; figures placed by hand)."""

from __future__ import annotations

from crossbrief.model import AnalyzedArticle
from tests.synthesize.builders import conflict_values, figure_article


def _article(aid: str, text: str, figure: str) -> AnalyzedArticle:
    """One sentence per line; the figure at its first occurrence."""
    return figure_article(aid, text, [(figure, "")])


_conflicts = conflict_values


SALES = "The Velmora brewer said its profits reached {} {}, helped by exports to Ostrel."


def test_last_years_figure_against_this_years_is_no_conflict() -> None:
    a = _article("a", SALES.format("$40m", "last year"), "$40m")
    b = _article("b", SALES.format("$45m", "this year"), "$45m")
    assert _conflicts(a, b) == []


def test_one_year_named_two_ways_still_conflicts() -> None:
    a = _article("a", SALES.format("$40m", "last year"), "$40m")
    b = _article("b", SALES.format("$45m", "in the past year"), "$45m")
    assert _conflicts(a, b) == [["$40m", "$45m"]]
