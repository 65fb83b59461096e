"""Conflicts of sums: a currency sign the NER span left out, scaled figures written rounded
(invented sentences; figures placed by hand as analysis gives them, without the sign)."""

from __future__ import annotations

import pytest

from crossbrief.analyze.figures import parse_number
from crossbrief.synthesize.conflicts.values import Measure, compatible, measure
from tests.synthesize.builders import conflict_values, figure_article


def test_a_sum_and_its_conversion_keep_their_currencies() -> None:
    # both articles give the same dollar sum; only the pound conversions differ, and those
    # are what disagree (two rates), never a dollar sum against a pound sum
    a = figure_article(
        "a",
        "The Velmora dam overran its budget by $4bn (£2.1bn), auditors found.",
        [("4bn", "money"), ("2.1bn", "money")],
    )
    b = figure_article(
        "b",
        "The Velmora dam overran its budget by $4bn (£2.9bn), the auditors found.",
        [("4bn", "money"), ("2.9bn", "money")],
    )
    # shown as written, with the pound sign the span leaves out
    assert conflict_values(a, b) == [["£2.1bn", "£2.9bn"]]


def test_sums_in_two_currencies_are_not_one_quantity() -> None:
    a = figure_article(
        "a",
        "The Velmora dam overran its budget by $4bn, auditors found.",
        [("4bn", "money")],
    )
    b = figure_article(
        "b",
        "The Velmora dam overran its budget by £2.9bn, the auditors found.",
        [("2.9bn", "money")],
    )
    assert conflict_values(a, b) == []


@pytest.mark.parametrize(
    ("first", "second", "agree"),
    [
        ("£1.3bn", "£1.35bn", True),  # one offer rounded to one decimal
        ("$13 billion", "$13.2 billion", True),
        ("2.5 million", "2.48 million", True),
        ("43 million", "44 million", False),  # the population example
        ("17.2 million", "17.3 million", False),
        ("20 million", "23 million", False),  # trailing zeros allow at most 5%
        ("$1,300", "$1,350", False),  # no scale word: written exact
    ],
)
def test_a_scaled_figure_is_rounded_to_its_last_digit(first: str, second: str, agree: bool) -> None:
    def written(text: str) -> Measure:
        value = parse_number(text.lstrip("$£"))
        assert value is not None
        found = measure(text, value, "money" if text[0] in "$£" else "")
        assert found is not None
        return found

    assert compatible(written(first), written(second)) is agree


def test_rounded_offers_do_not_conflict_but_other_sums_do() -> None:
    a = figure_article(
        "a",
        "Ostrel Exchange rejected a £1.3bn offer from its rival.",
        [("1.3bn", "money")],
    )
    b = figure_article(
        "b",
        "Ostrel Exchange rejected the £1.35bn offer from its rival.",
        [("1.35bn", "money")],
    )
    c = figure_article(
        "c",
        "Ostrel Exchange rejected the £1.6bn offer from its rival.",
        [("1.6bn", "money")],
    )
    assert conflict_values(a, b) == []
    assert conflict_values(a, c) == [["1.3bn", "1.6bn"]]


def test_a_scale_suffix_outside_the_span_still_scales_the_sum() -> None:
    # analysis gives "281" of "$281m": read as 281 dollars it would be a slip of scale
    # against "$281 million" and conflict with it
    a = figure_article(
        "a", "Ostrel Systems will pay $281m in cash for the chip maker.", [("281", "money")]
    )
    b = figure_article(
        "b",
        "Ostrel Systems will pay $281 million in cash for the chip maker, it said.",
        [("$281 million", "money")],
    )
    c = figure_article(
        "c",
        "Ostrel Systems will pay $290m in cash for the chip maker, a filing shows.",
        [("290", "money")],
    )
    assert conflict_values(a, b) == []
    assert conflict_values(b, c) == [["$281 million", "290"]]


@pytest.mark.parametrize("scale", ["m", "mn", "bn", "tn"])
def test_every_scale_suffix_reads_as_a_rounded_scaled_sum(scale: str) -> None:
    # "£1.3m" may be "£1.35m" rounded, whatever the suffix; "£1.6m" may not
    a = figure_article(
        "a", f"Ostrel Systems is paying £1.3{scale} for the chip maker.", [("1.3", "money")]
    )
    b = figure_article(
        "b",
        f"Ostrel Systems is paying £1.35{scale} for the chip maker, it said.",
        [("1.35", "money")],
    )
    c = figure_article(
        "c",
        f"Ostrel Systems is paying £1.6{scale} for the chip maker, a filing shows.",
        [("1.6", "money")],
    )
    assert conflict_values(a, b) == []
    assert conflict_values(a, c) == [["1.3", "1.6"]]


def test_an_mn_suffix_scales_the_sum() -> None:
    # read as 5 dollars, "$5mn" would be a slip of scale against "$5 million"
    a = figure_article(
        "a", "Ostrel Systems is paying $5mn in cash for the chip maker.", [("5", "money")]
    )
    b = figure_article(
        "b",
        "Ostrel Systems is paying $5 million in cash for the chip maker, it said.",
        [("$5 million", "money")],
    )
    assert conflict_values(a, b) == []
