"""One value written at two precisions is no conflict: "3.4%" beside "3.42%", "about 40
trillion" beside "42.7 trillion", "2,000" beside "1,950" (invented sentences)."""

from __future__ import annotations

import pytest

from crossbrief.analyze.figures import parse_number
from crossbrief.synthesize.conflicts.rounding import rounded
from crossbrief.synthesize.conflicts.values import Measure, measure
from tests.synthesize.builders import conflict_values, figure_article


def _measure(text: str, unit: str = "") -> Measure:
    value = parse_number(text.split()[-1] if text.split()[0].isalpha() else text)
    if value is None:  # "about 40 trillion": the number and its scale
        value = parse_number(" ".join(w for w in text.split() if w not in {"about", "nearly"}))
    assert value is not None
    found = measure(text, value, unit)
    assert found is not None
    return found


@pytest.mark.parametrize(
    ("first", "second", "one_value"),
    [
        ("3.4%", "3.42%", True),  # a decimal cut short
        ("about 40 trillion", "42.7 trillion", True),  # a hedged round figure
        ("2,000", "1,950", True),  # a whole number ending in zeros
        ("600", "612", True),
        ("40", "42", False),  # a small count is written exact, not rounded
        ("3.4%", "3.9%", False),  # one precision: two values
        ("about 20,000", "24,000", False),  # more than a tenth apart
        ("160,000", "167,000", False),  # 167,000 rounds to 170,000
    ],
)
def test_a_value_rounded_at_its_last_digit_is_one_value(
    first: str, second: str, one_value: bool
) -> None:
    assert rounded(first, _measure(first), second, _measure(second)) is one_value


def test_a_rate_given_to_one_and_two_decimals_is_no_conflict_but_another_rate_is() -> None:
    a = figure_article(
        "a", "Velmora's economy grew by 3.4% last year, officials said.", [("3.4%", "percent")]
    )
    b = figure_article(
        "b",
        "Velmora's economy grew by 3.42% last year, the statistics office said.",
        [("3.42%", "percent")],
    )
    c = figure_article(
        "c", "Velmora's economy grew by 3.9% last year, the bank said.", [("3.9%", "percent")]
    )
    assert conflict_values(a, b) == []
    assert conflict_values(b, c) == [["3.42%", "3.9%"]]


def test_a_round_hedged_count_is_no_conflict_with_the_exact_one() -> None:
    a = figure_article(
        "a",
        "Nearly 2,000 workers at the Ostrel plant voted to strike on Monday.",
        [("2,000", "workers")],
    )
    b = figure_article(
        "b",
        "Some 1,950 workers at the Ostrel plant voted to strike on Monday.",
        [("1,950", "workers")],
    )
    c = figure_article(
        "c",
        "About 2,600 workers at the Ostrel plant voted to strike on Monday.",
        [("2,600", "workers")],
    )
    assert conflict_values(a, b) == []
    assert conflict_values(a, c) == [["2,000", "2,600"]]


def test_a_bid_and_a_valuation_are_two_sums_but_two_bids_are_one() -> None:
    a = figure_article(
        "a", "Ostrel Systems rejected a $5bn bid from Harlow Group on Monday.", [("5bn", "money")]
    )
    b = figure_article(
        "b", "Ostrel Systems, worth $6bn, rejected Harlow Group on Monday.", [("6bn", "money")]
    )
    c = figure_article(
        "c", "Ostrel Systems rejected a $6bn bid from Harlow Group on Monday.", [("6bn", "money")]
    )
    assert conflict_values(a, b) == []
    assert conflict_values(a, c) == [["5bn", "6bn"]]
