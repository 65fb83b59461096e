"""A parent's children: "a mother of six" counts her children, not a toll, whatever the
clause says happened to her, and one article's two counts of them are one quantity given
two values (invented sentences; figures placed by hand)."""

from __future__ import annotations

import re
from dataclasses import replace

import pytest

from crossbrief.model import AnalyzedArticle, Mention
from crossbrief.synthesize.conflicts import build_conflicts
from crossbrief.synthesize.conflicts.predicates import predicate
from crossbrief.synthesize.facts import group_sentences
from crossbrief.synthesize.story import Story
from tests.synthesize.builders import conflict_values, figure_article


@pytest.mark.parametrize(
    ("sentence", "figure", "found"),
    [
        ("A mother of six was killed when the wall fell.", "six", "children"),
        ("The wall fell on Ilse Marn, the father of 4, on Tuesday.", "4", "children"),
        # negatives: a parent noun not right before the count, or no parent at all
        ("The mother said six people were killed when the wall fell.", "six", "dead"),
        ("Six of the people were killed when the wall fell.", "Six", "dead"),
    ],
)
def test_a_count_after_a_parent_noun_counts_children(
    sentence: str, figure: str, found: str
) -> None:
    start = sentence.index(figure)
    assert predicate(sentence, start, start + len(figure)) == found


SIX = "Mara Velt, a mother of six, was killed when the old wall fell on Tuesday in Dunmore."
SEVEN = "Mara Velt, a mother of seven, was killed when the old wall fell on Tuesday in Dunmore."


def _abouts(*articles: object) -> list[str]:
    story = Story(articles)  # type: ignore[arg-type]
    return [c.about for c in build_conflicts(story, group_sentences(story))]


def test_a_parents_children_are_labelled_by_the_parent_noun() -> None:
    a = figure_article("a", SIX, [("six", "")])
    b = figure_article("b", SEVEN, [("seven", "")])
    assert _abouts(a, b) == ["children (mother of N): seven vs six (count)"]


def test_a_toll_is_still_labelled_by_what_happened() -> None:
    a = figure_article(
        "a", "Six people were killed when the old wall fell in Dunmore.", [("Six", "people")]
    )
    b = figure_article(
        "b", "Nine people were killed when the old wall fell in Dunmore.", [("Nine", "people")]
    )
    assert _abouts(a, b) == ["people killed: Nine vs Six (count)"]


def _named(aid: str, text: str, figures: list[tuple[str, str]]) -> AnalyzedArticle:
    """``figure_article`` with the invented person tagged wherever she is named."""
    a = figure_article(aid, text, figures)
    at = [m.start() for m in re.finditer(NAME, text)]
    return replace(a, mentions=tuple(Mention(NAME, n, n + len(NAME), "PERSON") for n in at))


NAME = "Mara Velt"
OTHER = "The old wall fell on Mara Velt, the mother of seven, as she walked home on Tuesday."


def test_an_article_giving_a_parent_two_counts_lists_both() -> None:
    a = _named("a", SIX + "\n" + OTHER, [("six", ""), ("seven", "")])
    b = _named("b", SEVEN, [("seven", "")])
    assert sorted(v for c in conflict_values(a, b) for v in c) == ["seven", "seven", "six"]


def test_an_article_giving_another_count_two_values_keeps_them_apart() -> None:
    # what an owner has, twice in one article with two values, may be two quantities (the
    # article's own two dogs' counts): only one of them meets the other article's
    a = _named(
        "a",
        SIX.replace("a mother of six", "the owner of six dogs")
        + "\n"
        + OTHER.replace("the mother of seven", "the owner of seven dogs"),
        [("six", "dogs"), ("seven", "dogs")],
    )
    b = _named(
        "b", SEVEN.replace("a mother of seven", "the owner of seven dogs"), [("seven", "dogs")]
    )
    assert conflict_values(a, b) == [["six", "seven"]]
