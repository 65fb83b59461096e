"""Signed figures in conflicts: "-3.2%" and "+3.2%" of one change disagree, two "-3.2%" do
not, an unsigned "3.2%" is compared with either by size only, and a fall told in words
("fell 3.2%") is the signed figure's size (invented text)."""

from __future__ import annotations

from crossbrief.model import AnalyzedArticle, ConflictValue
from crossbrief.synthesize.facts import group_sentences
from crossbrief.synthesize.story import Story
from tests.synthesize.builders import conflict_values, figure_article

LINE = "Exports from Velmora changed by {} in March, the harbour board said on Friday."


def _article(aid: str, figure: str, line: str = LINE) -> AnalyzedArticle:
    return figure_article(aid, line.format(figure), [(figure, "%")])


def test_a_fall_and_a_rise_of_one_size_conflict() -> None:
    found = conflict_values(_article("a", "-3.2%"), _article("b", "+3.2%"))
    assert found == [["-3.2%", "+3.2%"]]


def test_an_unsigned_figure_against_a_signed_one_is_compared_by_size_only() -> None:
    # a fall told with a verb or noun no word list knows is still no rise
    for line in (
        "Exports from Velmora dipped {} in March, the harbour board said on Friday.",
        "Exports from Velmora were cut by {} in March, the harbour board said on Friday.",
        "Exports from Velmora saw a {} dip in March, the harbour board said on Friday.",
        LINE,
    ):
        assert conflict_values(_article("a", "-3.2%"), _article("b", "3.2%", line)) == []
    # but an unsigned figure of another size is another value
    dipped = "Exports from Velmora dipped {} in March, the harbour board said on Friday."
    assert conflict_values(_article("a", "-3.2%"), _article("b", "4.1%", dipped)) == [
        ["-3.2%", "4.1%"]
    ]


def test_one_signed_value_written_twice_is_no_conflict() -> None:
    assert conflict_values(_article("a", "-3.2%"), _article("b", "-3.2%")) == []
    # a Unicode minus and a hyphen-minus are one sign
    assert conflict_values(_article("a", "-3.2%"), _article("b", "\u22123.2%")) == []


def test_two_signed_values_of_one_change_still_conflict() -> None:
    assert conflict_values(_article("a", "-3.2%"), _article("b", "-4.1%")) == [["-3.2%", "-4.1%"]]


def test_a_fall_told_in_words_is_the_size_of_a_signed_fall() -> None:
    fell = "Exports from Velmora fell by {} in March, the harbour board said on Friday."
    lower = "Exports from Velmora were {} lower in March, the harbour board said on Friday."
    assert conflict_values(_article("a", "-3.2%"), _article("b", "3.2%", fell)) == []
    assert conflict_values(_article("a", "-3.2%"), _article("b", "3.2%", lower)) == []
    decline = "Exports from Velmora saw a decline of {} in March, the harbour board said on Friday."
    assert conflict_values(_article("a", "-3.2%"), _article("b", "3.2%", decline)) == []
    # a fall a word list knows is the opposite of a written rise
    assert conflict_values(_article("a", "+3.2%"), _article("b", "3.2%", fell)) == [
        ["+3.2%", "3.2%"]
    ]
    # but a fall in words of another size is another value
    assert conflict_values(_article("a", "-3.2%"), _article("b", "4.1%", fell)) == [
        ["-3.2%", "4.1%"]
    ]


def test_a_value_is_compared_with_its_sign_however_the_minus_is_set() -> None:
    def key(value: str) -> str:
        return ConflictValue(value, "", "a", 0).key

    assert key("-3.2%") == key("\u22123.2%") == key("\u20133.2%")
    assert key("-3.2%") != key("3.2%")
    assert key("3-percent") == key("3 percent")  # a hyphen inside a value is a space


def test_a_signed_value_and_its_opposite_are_not_one_fact() -> None:
    apart = Story([_article("a", "-3.2%"), _article("b", "+3.2%")])
    assert [g.members for g in group_sentences(apart)] == [(0,), (1,)]
    same = Story([_article("a", "-3.2%"), _article("b", "-3.2%")])
    assert [g.members for g in group_sentences(same)] == [(0, 1)]
    unsigned = Story([_article("a", "-3.2%"), _article("b", "3.2%")])
    assert [g.members for g in group_sentences(unsigned)] == [(0, 1)]


def test_a_sum_below_zero_and_the_same_sum_unsigned_conflict() -> None:
    # a sum, unlike a change in per cent, is a level: unsigned, it is above zero
    line = "The Velmora council ended the year with a balance of {}, its treasurer said."

    def sum_article(aid: str, figure: str, text: str = line) -> AnalyzedArticle:
        return figure_article(aid, text.format(figure), [(figure, "USD")])

    below = sum_article("a", "\u2212$5 million")
    assert conflict_values(below, sum_article("b", "$5 million")) == [
        ["\u2212$5 million", "$5 million"]
    ]
    assert conflict_values(below, sum_article("b", "\u2212$5 million")) == []
    # a fall told in words is still the size of the signed sum
    lost = "The Velmora council lost {} over the year, its treasurer said."
    assert conflict_values(below, sum_article("b", "$5 million", lost)) == []
