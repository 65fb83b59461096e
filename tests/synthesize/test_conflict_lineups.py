"""Verbless lines of names fill no role: two team sheets or benches that differ by a name
are two selections (invented sentences)."""

from __future__ import annotations

import pytest

from crossbrief.synthesize.conflicts.lineups import name_line
from tests.synthesize.builders import name_conflict_values as _names
from tests.synthesize.builders import named_article as _article


@pytest.mark.parametrize(
    "line",
    [
        "Unused: T Osterby, K Lindqvist.",
        "Velde, Okafor (Marsh 67), Sandoval; Brandt.",
        "Okafor 12, Velde 80 pen, Marsh 90+2.",
        "K Lindqvist (Harbourside).",
    ],
)
def test_a_verbless_line_of_names_is_a_name_line(line: str) -> None:
    assert name_line(line)


@pytest.mark.parametrize(
    "line",
    [
        "Okafor scored twice before Velde came on.",
        "The club captain P Marsh led the side out.",
        "Okafor, 31, signed a new deal.",
        "12,400",
    ],
)
def test_a_sentence_with_a_verb_or_a_figure_is_no_name_line(line: str) -> None:
    assert not name_line(line)


BENCH = "Harbour Rovers unused: {}, K Lindqvist.\nThe side trained on Friday."


def test_two_benches_that_differ_by_a_name_are_no_conflict() -> None:
    # two names only (fewer than names.LIST), one of them tagged as an organisation
    a = _article("a", BENCH.format("T Osterby"), [("T Osterby", "PERSON"), ("K Lindqvist", "ORG")])
    b = _article("b", BENCH.format("P Marsh"), [("P Marsh", "PERSON"), ("K Lindqvist", "ORG")])
    assert _names(a, b) == []


def test_a_name_swapped_in_a_sentence_with_a_verb_still_conflicts() -> None:
    line = "Harbour Rovers picked {} and K Lindqvist on the bench.\nThe side trained on Friday."
    a = _article("a", line.format("T Osterby"), [("T Osterby", "PERSON"), ("K Lindqvist", "ORG")])
    b = _article("b", line.format("P Marsh"), [("P Marsh", "PERSON"), ("K Lindqvist", "ORG")])
    assert _names(a, b) == [{"T Osterby", "P Marsh"}]


@pytest.mark.parametrize(
    "line",
    [
        "Corin Hellberg Charged In Velmora Fraud",
        "Okafor Visited Velde.",
        "Velde Wins Vote In Marsh",
    ],
)
def test_a_title_case_headline_is_no_name_line(line: str) -> None:
    assert not name_line(line)


def test_two_title_case_headlines_that_differ_by_a_name_still_conflict() -> None:
    line = "{} Charged In Velmora Fraud\nThe court sat on Friday."
    a = _article("a", line.format("Corin Hellberg"), [("Corin Hellberg", "PERSON")])
    b = _article("b", line.format("Corin Allberg"), [("Corin Allberg", "PERSON")])
    assert _names(a, b) == [{"Corin Hellberg", "Corin Allberg"}]
