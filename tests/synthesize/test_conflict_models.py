"""Sizes written as adjectives that a sentence lists ("10-inch and 12-inch models") name
models, not one thing's measure (invented sentences; figures placed by hand)."""

from __future__ import annotations

from crossbrief.model import AnalyzedArticle
from tests.synthesize.builders import conflict_values, figure_article


def _article(aid: str, text: str, figures: list[str]) -> AnalyzedArticle:
    return figure_article(aid, text, [(f, "") for f in figures])


SCREENS = "The Velmora tablet maker unveiled new {} models with brighter screens on Monday."


def test_listed_sizes_against_another_size_are_no_conflict() -> None:
    a = _article("a", SCREENS.format("10-inch and 12-inch"), ["10-inch", "12-inch"])
    b = _article("b", SCREENS.format("14-inch"), ["14-inch"])
    assert conflict_values(a, b) == []


def test_a_size_written_beside_another_is_listed_too() -> None:
    a = _article("a", SCREENS.format("10- and 12-inch"), ["12-inch"])
    b = _article("b", SCREENS.format("14-inch"), ["14-inch"])
    assert conflict_values(a, b) == []


def test_one_things_size_told_two_ways_still_conflicts() -> None:
    a = _article("a", SCREENS.format("12-inch"), ["12-inch"])
    b = _article("b", SCREENS.format("14-inch"), ["14-inch"])
    assert conflict_values(a, b) == [["12-inch", "14-inch"]]


def test_a_size_beside_another_things_size_still_conflicts() -> None:
    text = "The flood left a {} layer of mud in Velmora, where a 10-metre wall had stood."
    a = _article("a", text.format("3-metre"), ["3-metre", "10-metre"])
    b = _article(
        "b", text.format("5-metre").replace(", where a 10-metre wall had stood", ""), ["5-metre"]
    )
    assert conflict_values(a, b) == [["3-metre", "5-metre"]]


def test_three_listed_sizes_are_no_conflict() -> None:
    a = _article("a", SCREENS.format("10-, 12- and 14-inch"), ["12-", "14-inch"])
    b = _article("b", SCREENS.format("13-inch"), ["13-inch"])
    assert conflict_values(a, b) == []


def test_sizes_naming_products_or_standing_for_them_are_no_conflict() -> None:
    text = "The 10-inch Velbook tablet costs $900, while the 12-inch sells for $1,100."
    a = _article("a", text, ["10-inch", "12-inch"])
    b = _article("b", text.replace("10-inch", "14-inch"), ["14-inch", "12-inch"])
    assert conflict_values(a, b) == []


def test_a_product_size_alone_in_its_sentence_still_conflicts() -> None:
    text = "The {} Velbook tablet costs $900."
    a = _article("a", text.format("10-inch"), ["10-inch"])
    b = _article("b", text.format("14-inch"), ["14-inch"])
    assert conflict_values(a, b) == [["10-inch", "14-inch"]]
