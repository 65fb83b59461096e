"""Which two outlets' quotes are one remark (``quote_match``): trims at the ends or at a
marked cut, the outlet's bracketed words, respellings and an article or "that" group; a word
put in another's place, a word put in the middle and any negation one has and the other
lacks make another wording. Invented sentences."""

from __future__ import annotations

import pytest

from crossbrief.synthesize.quote_match import compared, near_same, spelling
from crossbrief.synthesize.quotes import quote_key


def same(a: str, b: str) -> bool:
    """Whether quotes ``a`` and ``b`` are one remark, the shorter (in words) looked up in
    the longer as the ledger does."""
    x, y = compared(a, quote_key), compared(b, quote_key)
    short, long = (x, y) if len(x.words) <= len(y.words) else (y, x)
    return near_same(short, long)


BASE = "Fares for the ferry will {} next year for everyone who lives on the island"


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("increase", "decrease"),
        ("legal", "illegal"),
        ("possible", "impossible"),
        ("able", "unable"),
        ("million", "billion"),
        ("2014", "2015"),
        ("1000", "2000"),
        ("tuesday", "thursday"),
        ("iran", "iraq"),
        ("austria", "australia"),
        ("could", "would"),
    ],
)
def test_words_a_letter_or_two_apart_that_mean_another_thing_are_no_spelling(
    a: str, b: str
) -> None:
    assert not spelling(a, b)


@pytest.mark.parametrize(
    ("a", "b"),
    [("offence", "offense"), ("centre", "center"), ("colour", "color"), ("organise", "organize")],
)
def test_one_word_spelled_two_ways_is_a_spelling(a: str, b: str) -> None:
    assert spelling(a, b)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("rise", "fall"),  # a word in another's place
        ("increase", "decrease"),
        ("be legal", "be illegal"),
        ("rise by a million", "rise by a billion"),
    ],
)
def test_a_word_in_anothers_place_is_another_wording(a: str, b: str) -> None:
    assert not same(BASE.format(a), BASE.format(b))


def test_a_negation_put_in_the_middle_is_another_wording() -> None:
    assert not same(
        "We will win this fight for the harbour and its people.",
        "We will not win this fight for the harbour and its people.",
    )
    assert not same(
        "I said the harbour wall would be rebuilt by the council in the spring.",
        "I never said the harbour wall would be rebuilt by the council in the spring.",
    )


def test_a_negation_at_the_longer_ones_start_is_another_wording() -> None:
    assert not same(
        "the harbour wall will be rebuilt by the council in the spring.",
        "I do not think the harbour wall will be rebuilt by the council in the spring.",
    )


def test_a_year_in_another_years_place_is_another_wording() -> None:
    assert not same(
        "The pier closed in 2014 after the great storm hit the coast.",
        "The pier closed in 2015 after the great storm hit the coast.",
    )


def test_a_word_put_in_the_middle_is_another_wording() -> None:
    assert not same(
        "The council will rebuild the harbour wall before the winter storms arrive.",
        "The council will rebuild the harbour wall only before the winter storms arrive.",
    )


def test_words_cut_at_a_marked_ellipsis_are_one_remark() -> None:
    assert same(
        "The ferry will run twice a day from the old pier until the new one opens in May.",
        "The ferry will run twice a day ... until the new one opens in May.",
    )


def test_words_cut_without_a_mark_in_the_middle_are_another_wording() -> None:
    assert not same(
        "The ferry will run twice a day from the old pier until the new one opens in May.",
        "The ferry will run twice a day until the new one opens in May.",
    )


def test_a_negation_at_a_marked_cut_is_another_wording() -> None:
    assert not same(
        "The ferry will not run twice a day until the new one opens in May.",
        "The ferry will ... run twice a day until the new one opens in May.",
    )


def test_a_name_the_outlet_added_in_brackets_and_a_that_are_one_remark() -> None:
    assert same(
        "The mayor said the old pier is unsafe but that Lee had told him to keep it open all year.",
        "The mayor said that the old pier is unsafe but that (harbour master Ann) Lee had told"
        " him to keep it open all year.",
    )


def test_words_put_in_the_middle_without_brackets_are_another_wording() -> None:
    assert not same(
        "The mayor said the old pier is unsafe but that Lee had told him to keep it open all year.",
        "The mayor said the old pier is unsafe but that harbour master Ann Lee had told him to"
        " keep it open all year.",
    )


def test_words_respelled_are_one_remark() -> None:
    assert same(
        "I have long argued that this is a sound defence in court and I will argue it again.",
        "I have long argued that this is a sound defense in court and I will argue it again.",
    )


def test_a_cut_and_bracketed_words_are_read_from_the_text() -> None:
    c = compared("We will ... open [the pier] soon.", quote_key)
    assert c.words == ("we", "will", "open", "the", "pier", "soon")
    assert c.cuts == frozenset({2})
    assert c.bracketed == frozenset({3, 4})
