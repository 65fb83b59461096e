"""Reported content carried by two outlets is one ledger line when it is the same clause:
one outlet opens it with a link word ("However, ...") or cuts it shorter; a clause that only
shares its opening words with another, or is too short to tell, stays apart
(``quote_match.same_report``). Invented sentences, hand-built analyses."""

from __future__ import annotations

import pytest

from crossbrief.synthesize.quote_match import same_report
from tests.synthesize.builders import ledger_of, lee_quote


def _lines(first: tuple[str, str], second: tuple[str, str]) -> list[tuple[str, tuple[str, ...]]]:
    (t1, c1), (t2, c2) = first, second
    lines = ledger_of(("a", t1, lee_quote(t1, c1, "said")), ("b", t2, lee_quote(t2, c2, "said")))
    return [(q.text, q.also_in) for q in lines]


def test_a_link_word_opening_the_same_clause_is_one_line() -> None:
    t1 = "However, all crews are keen to avoid a strike before the May vote, Lee said."
    t2 = "All crews are keen to avoid a strike before the May vote, Lee said."
    c1, c2 = t1.split(", Lee")[0], t2.split(", Lee")[0]
    assert _lines((t1, c1), (t2, c2)) == [(c1, ("b",))]


def test_the_same_clause_cut_shorter_is_one_line() -> None:
    t1 = "Lee said pilots will be heard before any change is made."
    t2 = "Lee said pilots will be heard before any change is made to the toll."
    c1 = "pilots will be heard before any change is made"
    c2 = "pilots will be heard before any change is made to the toll"
    assert _lines((t1, c1), (t2, c2)) == [(c1, ("b",))]


def test_clauses_that_part_stay_apart() -> None:
    t1 = "Lee said pilots will be heard before any change is made."
    t2 = "Lee said pilots will be heard before the board meets in Orsk."
    c1 = "pilots will be heard before any change is made"
    c2 = "pilots will be heard before the board meets in Orsk"
    assert [also for _, also in _lines((t1, c1), (t2, c2))] == [(), ()]


@pytest.mark.parametrize(
    ("short", "long", "same"),
    [
        ("all crews are keen to avoid a strike", "however all crews are keen to avoid a strike",
         True),
        ("the toll will rise in may", "the toll will rise in may and june", True),
        # too short to tell, or the words part
        ("the toll will rise", "the toll will rise in may", False),
        ("the toll will rise in may", "the toll will fall in may", False),
        ("the toll will rise in may", "we hear the toll will rise in may", False),
    ],
)  # fmt: skip
def test_same_report(short: str, long: str, same: bool) -> None:
    assert same_report(short, long, 6) is same
