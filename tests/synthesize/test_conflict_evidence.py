"""Conflicts need positive evidence of one quantity: page furniture and labels count nothing,
and a figure whose own article gives its words to another value is pinned only by a shared
holder (invented sentences; figures placed by hand)."""

from __future__ import annotations

import pytest

from crossbrief.synthesize.conflicts.furniture import counts_nothing, header_like
from tests.synthesize.builders import conflict_values, figure_article


@pytest.mark.parametrize(
    ("sentence", "figure", "bare", "nothing"),
    [
        ("Updated: March 3, 2014 20: 09 GMT", "09", True, True),  # a clock time's minutes
        ("The vote closed at 20:15 on Sunday after a long count.", "20", True, True),
        ("The storm hit the coast on 14 March with heavy rain.", "14", True, True),  # a day
        ("The storm hit the coast on March 14 with heavy rain.", "14", True, True),
        ("Attacks targeted users of Glassview 8 on older computers.", "8", True, True),
        ("The flaw affects versions 6, 7 and 9 of the reader.", "9", True, True),  # a list
        ("The storm killed 14 people on the coast.", "14", False, False),
        ("Rescuers said 14 died when the storm hit the coast.", "14", True, False),
        ("Glassview sold 8 million copies in its first year.", "8 million", False, False),
        # Words that only begin like a month or a page word are no furniture.
        ("The attack killed 23 Marines.", "23", False, False),
        ("Sales declined 5% last year.", "5%", False, False),
        ("Exports fell 4% in May.", "4%", False, False),
        ("Toyota shares fell 12%.", "12%", False, False),
    ],
)
def test_furniture_and_labels_count_nothing(
    sentence: str, figure: str, bare: bool, nothing: bool
) -> None:
    start = sentence.index(figure)
    assert counts_nothing(sentence, start, start + len(figure), bare) == nothing


def test_a_header_line_is_told_from_a_sentence() -> None:
    assert header_like("Posted on Sun, 15 Sep 2013 at 14: 25 | 12 comments")
    assert not header_like("The council published its report on 15 Sep after 12 hearings.")
    assert not header_like("Toyota shares fell 12% in March.")
    assert not header_like("The Decker family lost 3 homes.")


def test_two_pages_timestamps_do_not_conflict() -> None:
    a = figure_article(
        "a", "Ferry sinks off the cape\nUpdated: May 2, 2012 18: 50 BST", [("50", "")]
    )
    b = figure_article(
        "b", "Ferry sinks off the cape\nUpdated: May 2, 2012 18: 56 BST", [("56", "")]
    )
    assert conflict_values(a, b) == []


def test_a_figure_whose_words_its_article_gives_another_value_needs_a_shared_holder() -> None:
    # article a gives "points" two values (two players): its 23 is not pinned to b's 21
    a = figure_article(
        "a",
        "The home side won the final on Sunday night.\n"
        "Tarn scored 23 points in the final on Sunday night.\n"
        "Ebbe scored 14 points in the final on Sunday night.",
        [("23", "points"), ("14", "points")],
    )
    b = figure_article(
        "b", "Someone scored 21 points in the final on Sunday night.", [("21", "points")]
    )
    c = figure_article(
        "c", "Someone scored 19 points in the final on Sunday night.", [("19", "points")]
    )
    assert conflict_values(a, b) == []
    assert conflict_values(b, c) == [["21", "19"]]  # the control: each article gives one value
