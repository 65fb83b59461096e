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
        ("The song climbed to No 10 in the singles chart.", True),
        ("At No 10 on Monday, the ministers met the prime minister.", False),  # a residence
        ("Velmora United, in second place, sold out the ground.", False),  # an aside
        ("Nobody asked why the homes were built there in the first place.", False),
        ("It was the first spot where the rescuers landed.", False),  # a location
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


def _counts(aid: str, text: str, count: str) -> AnalyzedArticle:
    return figure_article(aid, text, [(count, "count")])


def test_a_figure_away_from_the_rank_still_disagrees() -> None:
    # the rank gives the club's points; the tickets are a figure of the club's own
    club = "Velmora United sold 20,000 season tickets this year, the club said."
    for line in (
        "Velmora United sold 12,000 season tickets this year; the club is in second place.",
        "Velmora United are in second place on 40 points and sold 12,000 season tickets this year.",
    ):
        figures = [("12,000", "count")] + ([("40", "count")] if "40" in line else [])
        a = figure_article("a", line, figures)
        assert conflict_values(a, _counts("b", club, "20,000")) == [["12,000", "20,000"]]
    # the points beside the rank are still the rank's
    ranked = "Velmora United are in second place on 40 points after the win."
    other = "Velmora United are on 43 points after the win, the club said."
    assert conflict_values(_counts("a", ranked, "40"), _counts("b", other, "43")) == []


def test_a_rank_set_off_as_an_aside_or_a_residence_ranks_no_figure() -> None:
    aside = "Velmora United, in second place, sold 12,000 season tickets this year."
    plain = "Velmora United sold 20,000 season tickets this year, the club said."
    assert conflict_values(_counts("a", aside, "12,000"), _counts("b", plain, "20,000")) == [
        ["12,000", "20,000"]
    ]
    home = _counts("c", "At No 10 on Monday, 40 Velmora MPs told the prime minister to quit.", "40")
    other = "Some 55 Velmora MPs told the prime minister to quit on Monday, aides said."
    assert conflict_values(home, _counts("d", other, "55")) == [["40", "55"]]
