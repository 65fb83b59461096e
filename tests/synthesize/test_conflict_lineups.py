"""Verbless lines of names fill no role: two team sheets or benches that differ by a name
are two selections (invented sentences)."""

from __future__ import annotations

import pytest

from crossbrief.model import AnalyzedArticle, Article, Mention
from crossbrief.synthesize.conflicts import build_conflicts
from crossbrief.synthesize.conflicts.lineups import name_line
from crossbrief.synthesize.entities import build_entities
from crossbrief.synthesize.facts import group_sentences
from crossbrief.synthesize.story import Story
from tests.synthesize.builders import line_spans


def _article(aid: str, text: str, people: list[tuple[str, str]]) -> AnalyzedArticle:
    """One sentence per line; each name placed at its first occurrence with its NER type."""
    mentions = tuple(Mention(p, text.index(p), text.index(p) + len(p), t) for p, t in people)
    return AnalyzedArticle(
        article=Article(id=aid, text=text, source=aid),
        sentences=line_spans(text),
        mentions=mentions,
    )


def _names(*articles: AnalyzedArticle) -> list[set[str]]:
    story = Story(articles)
    found = build_entities(story)[0]
    return [
        {v.value for v in c.values}
        for c in build_conflicts(story, group_sentences(story), found)
        if c.kind == "name"
    ]


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
        "Corin Henderson Charged In Velmora Fraud",
        "Okafor Visited Velde.",
        "Velde Wins Vote In Marsh",
    ],
)
def test_a_title_case_headline_is_no_name_line(line: str) -> None:
    assert not name_line(line)


def test_two_title_case_headlines_that_differ_by_a_name_still_conflict() -> None:
    line = "{} Charged In Velmora Fraud\nThe court sat on Friday."
    a = _article("a", line.format("Corin Henderson"), [("Corin Henderson", "PERSON")])
    b = _article("b", line.format("Corin Anderson"), [("Corin Anderson", "PERSON")])
    assert _names(a, b) == [{"Corin Henderson", "Corin Anderson"}]
