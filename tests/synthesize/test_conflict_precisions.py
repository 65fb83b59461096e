"""One value written at two precisions is no conflict: "5.6%" beside "5.63%", "about 40
trillion" beside "31.8 trillion", "3,000" beside "2,960" (invented sentences)."""

from __future__ import annotations

import pytest

from crossbrief.analyze.figures import parse_number
from crossbrief.model import AnalyzedArticle
from crossbrief.synthesize.conflicts.rounding import rounded
from crossbrief.synthesize.conflicts.sums import kind
from crossbrief.synthesize.conflicts.values import Measure, measure
from tests.synthesize.builders import conflict_values, figure_article


def _measure(text: str, unit: str = "") -> Measure:
    value = parse_number(text.split()[-1] if text.split()[0].isalpha() else text)
    if value is None:  # "about 30 trillion": the number and its scale
        value = parse_number(" ".join(w for w in text.split() if w not in {"about", "nearly"}))
    assert value is not None
    found = measure(text, value, unit)
    assert found is not None
    return found


@pytest.mark.parametrize(
    ("first", "second", "one_value"),
    [
        ("5.6%", "5.63%", True),  # a decimal cut short
        ("about 30 trillion", "31.8 trillion", True),  # a hedged round figure
        ("3,000", "2,960", True),  # a whole number ending in zeros
        ("about 600", "612", True),
        ("100", "99", False),  # a plain whole hundred may be exact
        ("40", "42", False),  # a small count is written exact, not rounded
        ("5.6%", "3.9%", False),  # one precision: two values
        ("about 20,000", "24,000", False),  # more than a tenth apart
        ("160,000", "167,000", False),  # 167,000 rounds to 170,000
        # unhedged, a whole number in thousands is written one digit finer than it shows
        ("30,000", "33,000", False),
        ("2,000", "2,150", False),
        ("$50,000", "$53,000", False),
        ("about 40,000", "42,700", True),  # a hedge rounds at its last nonzero digit
        ("some 30,000", "33,000", True),
        ("30 thousand", "33,000", True),  # so does a scale word
    ],
)
def test_a_value_rounded_at_its_last_digit_is_one_value(
    first: str, second: str, one_value: bool
) -> None:
    assert rounded(first, _measure(first), second, _measure(second)) is one_value


def test_two_plain_round_counts_of_a_crowd_still_conflict() -> None:
    def crowd(aid: str, who: str, count: str) -> AnalyzedArticle:
        text = f"{who} said {count} people marched through Velmora on Saturday."
        return figure_article(aid, text, [(count, "count")])

    police, organisers = crowd("a", "Police", "30,000"), crowd("b", "Organisers", "33,000")
    assert conflict_values(police, organisers) == [["30,000", "33,000"]]
    assert conflict_values(crowd("c", "Police", "about 30,000"), organisers) == []


def test_a_rate_given_to_one_and_two_decimals_is_no_conflict_but_another_rate_is() -> None:
    a = figure_article(
        "a", "Velmora's economy grew by 5.6% last year, officials said.", [("5.6%", "percent")]
    )
    b = figure_article(
        "b",
        "Velmora's economy grew by 5.63% last year, the statistics office said.",
        [("5.63%", "percent")],
    )
    c = figure_article(
        "c", "Velmora's economy grew by 3.9% last year, the bank said.", [("3.9%", "percent")]
    )
    assert conflict_values(a, b) == []
    assert conflict_values(b, c) == [["5.63%", "3.9%"]]


def test_a_round_hedged_count_is_no_conflict_with_the_exact_one() -> None:
    a = figure_article(
        "a",
        "Nearly 3,000 workers at the Ostrel plant voted to strike on Monday.",
        [("3,000", "workers")],
    )
    b = figure_article(
        "b",
        "Some 2,960 workers at the Ostrel plant voted to strike on Monday.",
        [("2,960", "workers")],
    )
    c = figure_article(
        "c",
        "About 2,600 workers at the Ostrel plant voted to strike on Monday.",
        [("2,600", "workers")],
    )
    assert conflict_values(a, b) == []
    assert conflict_values(a, c) == [["3,000", "2,600"]]


def test_a_bid_and_a_valuation_are_two_sums_but_two_bids_are_one() -> None:
    a = figure_article(
        "a", "Ostrel Systems rejected a $5bn bid from Harlow Group on Monday.", [("5bn", "money")]
    )
    b = figure_article(
        "b", "Ostrel Systems, now worth $6bn, rejected Harlow Group on Monday.", [("6bn", "money")]
    )
    c = figure_article(
        "c", "Ostrel Systems rejected a $6bn bid from Harlow Group on Monday.", [("6bn", "money")]
    )
    assert conflict_values(a, b) == []
    assert conflict_values(a, c) == [["5bn", "6bn"]]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Ostrel Systems is now worth $6bn, analysts say.", "value"),
        ("Harlow Group offered $5bn for Ostrel Systems.", "offer"),
        ("Harlow Group agreed a deal worth $5bn for Ostrel Systems.", "offer"),  # a price
        ("The deal, valued at $5bn, was signed on Monday.", ""),  # both: a deal's value
        ("Ostrel Systems made $5bn in sales last year.", ""),
        ("The latest forecast values Ostrel Systems at $6bn.", "value"),
        ("Ostrel Systems has $6bn in value, analysts say.", "value"),
        ("The deal values Ostrel Systems at $5bn.", ""),  # both: a deal's value is its price
        # the sentence before names a worth; this sum is an offer
        ("Ostrel is worth $6bn. Harlow offered $5bn for it.", "offer"),
    ],
)
def test_a_sum_is_a_worth_or_an_offer_by_its_words(sentence: str, expected: str) -> None:
    start = sentence.rindex("$")  # the last sum
    end = sentence.index("bn", start) + 2
    assert kind(sentence, start, end) == expected
