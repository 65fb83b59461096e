"""Chart and league lines: a figure beside a rank is one entry's of one week, compared only
with a copy of its line (invented sentences; figures placed by hand)."""

from __future__ import annotations

import re

import pytest

from crossbrief.model import AnalyzedArticle
from crossbrief.synthesize.conflicts.rankings import ranks
from tests.synthesize.builders import conflict_values, figure_article


def _takings(aid: str, text: str) -> AnalyzedArticle:
    return figure_article(aid, text, [(m, "money") for m in re.findall(r"\$(\d+m)", text)])


@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        ("It dropped to third place, taking $9m.", True),
        ("The ballad entered the list at number one.", True),
        ("The side is top of the table after the win.", True),
        ("The album topped the charts in five countries.", True),
        ("He was the second man to be charged.", False),
        ("The firm's first-quarter profit rose to $17m.", False),
    ],
)
def test_a_rank_is_read(sentence: str, found: bool) -> None:
    assert ranks(sentence) is found


def test_two_chart_lines_are_two_entries_but_a_copied_line_still_disagrees() -> None:
    third = "It dropped to third place, earning $9m in Velmora cinemas in its second week."
    top = "It went straight to the top spot, earning $24m in Velmora cinemas in its second week."
    assert conflict_values(_takings("a", third), _takings("b", top)) == []
    copy = "It dropped to third place, earning $11m in Velmora cinemas in its second week."
    assert conflict_values(_takings("a", third), _takings("c", copy)) == [["9m", "11m"]]
