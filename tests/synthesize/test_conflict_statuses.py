"""Marital status conflicts: one person married in one article and divorced, widowed or
unmarried in another (invented sentences)."""

from __future__ import annotations

import pytest

from crossbrief.synthesize.conflicts import build_conflicts
from crossbrief.synthesize.conflicts.statuses import status_of
from crossbrief.synthesize.facts import group_sentences
from crossbrief.synthesize.story import Story
from tests.synthesize.builders import figure_article


@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        ("Nell Arvo remarried last spring.", ("Nell Arvo", "remarried")),
        ("She was divorced, the register shows.", ("She", "divorced")),
        ("He was widowed in 2009.", ("He", "widowed")),
        # negatives: a status not the opening subject's, a history of both, another word
        ("Her sister, who was divorced, ran the ferry.", None),
        ("She divorced in 1990 and remarried in 1995.", None),
        ("She was single-handedly running the shop.", None),
        ("The married couple ran the ferry.", None),
    ],
)
def test_a_sentence_opening_with_a_status(sentence: str, found: tuple[str, str] | None) -> None:
    assert status_of(sentence) == found


def _statuses(*lines: str) -> list[tuple[str, str, list[str]]]:
    articles = [figure_article(chr(97 + n), line, []) for n, line in enumerate(lines)]
    story = Story(articles)
    return [
        (c.kind, c.about, [v.value for v in c.values])
        for c in build_conflicts(story, group_sentences(story))
        if c.kind == "status"
    ]


def test_married_against_divorced_is_a_status_conflict() -> None:
    found = _statuses(
        "Nell Arvo remarried last spring in the harbour town, the register shows.",
        "She was divorced last spring in the harbour town, the register shows.",
    )
    assert found == [
        ("status", "marital status of Nell Arvo: remarried vs divorced", ["remarried", "divorced"])
    ]


def test_one_status_twice_or_two_people_is_no_conflict() -> None:
    assert (
        _statuses(
            "Nell Arvo was divorced last spring in the harbour town.",
            "She was divorced last spring in the harbour town, the register shows.",
        )
        == []
    )
    assert (
        _statuses(
            "Nell Arvo remarried last spring in the harbour town, the register shows.",
            "Tom Brisk was divorced last spring in the harbour town, the register shows.",
        )
        == []
    )


def test_unrelated_sentences_give_no_status_conflict() -> None:
    assert (
        _statuses(
            "Nell Arvo remarried last spring in a small chapel by the sea.",
            "She was divorced, according to court papers about the harbour tax dispute.",
        )
        == []
    )
