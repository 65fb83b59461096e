"""A part of a total its sentence states is another quantity than a figure stated as a
total (invented sentences; figures placed by hand)."""

from __future__ import annotations

from crossbrief.model import AnalyzedArticle
from tests.synthesize.builders import conflict_values, figure_article


def _article(aid: str, text: str, figures: list[str]) -> AnalyzedArticle:
    return figure_article(aid, text, [(f, "") for f in figures])


PART = (
    "The Velmora chess open's winner will get a top award of $80,000 from a total fund of $300,000."
)


def test_a_part_of_a_stated_total_against_a_total_is_no_conflict() -> None:
    a = _article("a", PART, ["$80,000", "$300,000"])
    text = "A total of $30,000 in awards is on offer at the Velmora chess open."
    b = _article("b", text, ["$30,000"])
    assert conflict_values(a, b) == []


def test_a_part_against_the_same_part_unmarked_still_conflicts() -> None:
    a = _article("a", PART, ["$80,000", "$300,000"])
    text = "The Velmora chess open's winner will get a top award of $30,000."
    b = _article("b", text, ["$30,000"])
    assert conflict_values(a, b) == [["$80,000", "$30,000"]]


def test_a_total_against_an_unmarked_figure_still_conflicts() -> None:
    a = _article("a", "A total of 60 people died in the Velmora ferry fire.", ["60"])
    b = _article("b", "65 people died in the Velmora ferry fire.", ["65"])
    assert conflict_values(a, b) == [["60", "65"]]
