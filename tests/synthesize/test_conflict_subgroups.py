"""Conflict subgroups: a figure told "among" a group is that group's, not the whole's
(invented sentences; figures placed by hand)."""

from __future__ import annotations

import pytest

from crossbrief.model import AnalyzedArticle, Article
from crossbrief.synthesize.conflicts.subgroups import group_key, subgroups
from tests.synthesize.builders import conflict_values, figures_at, line_spans


def _groups(sentence: str, figure: str) -> frozenset[str]:
    """The groups of ``figure`` in a one-sentence text, its clause cut at commas."""
    start = sentence.index(figure)
    head = sentence.rfind(", ", 0, start)
    head = 0 if head < 0 else head + 2
    stop = sentence.find(",", start)
    tail = len(sentence) if stop < 0 else stop
    return subgroups(sentence, 0, len(sentence), head, tail, (start, False))


@pytest.mark.parametrize(
    ("sentence", "figure", "groups"),
    [
        ("Among farmers alone, Ruiz leads Park 52 percent to 40 percent.", "52", {"among:farmer"}),
        (
            "Ruiz leads, 61 percent to 30 percent, among voters 60 and older.",
            "61",
            {"among:voter older"},
        ),
        ("Ruiz won 58 percent among young women in the north.", "58", {"among:young women north"}),
        ("Ruiz leads among likely voters 47 percent to 43 percent.", "47", {"among:likel voter"}),
        ("Ruiz leads Park 52 percent to 40 percent in the new poll.", "52", set()),
        ("Ruiz, who is popular with farmers, won 52 percent.", "52", set()),
        ("Among Londoners, 61 percent back the plan.", "61", {"among:londoner"}),
        # "among" naming no group of people, or a figure that is no share
        ("The blaze killed 57 people, among them 12 children.", "57", set()),
        ("The flood killed 9,000 people, among the deadliest disasters on record.", "9,000", set()),
        ("Among other measures, the plan cuts fees by 15 percent.", "15", set()),
        ("Sales rose 12 percent among the new models.", "12", set()),
        ("A bill popular among farmers raises the wage to $15 an hour.", "$15", set()),
    ],
)
def test_the_group_a_figure_is_told_of(sentence: str, figure: str, groups: set[str]) -> None:
    assert _groups(sentence, figure) == groups


def test_a_count_of_a_group_is_the_groups_but_a_sum_is_not() -> None:
    votes, money = "Ruiz won 3,000 votes among farmers.", "Ruiz raised $2 million among farmers."
    assert subgroups(votes, 0, len(votes), 0, len(votes), (votes.index("3"), True)) == {
        "among:farmer"
    }
    assert subgroups(money, 0, len(money), 0, len(money), (money.index("$"), False)) == set()


def test_a_group_is_keyed_by_its_content_words() -> None:
    assert group_key("the farmers") == group_key("farmers") == "farmer"
    assert group_key("voters 45 and older") != group_key("voters under 45")


def _article(aid: str, text: str, figure: str) -> AnalyzedArticle:
    return AnalyzedArticle(
        article=Article(id=aid, text=text, source=aid),
        sentences=line_spans(text),
        figures=figures_at(text, [(figure, "percent")]),
    )


def test_two_groups_shares_do_not_conflict() -> None:
    poll = "In the new state poll, Ruiz leads Park by 49 percent among {} this week."
    a = _article("a", poll.format("farmers"), "49 percent")
    b = _article("b", poll.format("city workers").replace("49", "59"), "59 percent")
    c = _article("c", poll.format("farmers").replace("49", "59"), "59 percent")
    assert conflict_values(a, b) == []
    assert conflict_values(a, c) == [["49 percent", "59 percent"]]  # the control: one group


def _toll(aid: str, text: str, figure: str) -> AnalyzedArticle:
    return AnalyzedArticle(
        article=Article(id=aid, text=text, source=aid),
        sentences=line_spans(text),
        figures=figures_at(text, [(figure, "")]),
    )


def test_a_toll_with_some_among_them_is_still_the_toll() -> None:
    a = _toll("a", "The blaze in the mill killed 57 people, among them 12 children.", "57")
    b = _toll("b", "The blaze in the mill killed 60 people.", "60")
    assert conflict_values(a, b) == [["57", "60"]]
