"""The cheap cues before ``agree.clash`` and ``polarity.opposed`` read a pair in full: a pair
they rule out is one the full reading would not part."""

from __future__ import annotations

import itertools

import pytest

from crossbrief.synthesize.agree import reading, readings_clash
from crossbrief.synthesize.agree_cues import cues, may_clash
from crossbrief.synthesize.polarity import _INERT, _acts, _may_turn, readings

# invented sentences, with and without figures, months, negations, statuses and places
TEXTS = (
    "The ferry carried four crew and 12 passengers to Orsk.",
    "The ferry carried five crew and 12 passengers to Orsk.",
    "No flood warning was given before the river rose in May 2019.",
    "A flood warning was given before the river rose in June 2019.",
    "The mayor, who was divorced, was buried at Hollin churchyard.",
    "The mayor, who had remarried, was buried in the hamlet of Brae.",
    "The board closed the pier on Tuesday.",
    "The board will close the pier on Tuesday.",
    "The board refused to close the pier.",
    "The harbour board didn\u2019t close the pier after the storm.",
    "Lee hoped to sign the deal, and Hale wanted it signed.",
    "Two of the boats sank off the coast.",
    "The mayor is to open the new pier, his office said.",
    "Workers built the pier and painted it blue.",
    "Ninety-three percent of voters backed the plan.",
    "Residents say the pier stands without a permit.",
    "The talks ended with a deal on the ferry lanes.",
)


@pytest.mark.parametrize(("x", "y"), list(itertools.permutations(TEXTS, 2)))
def test_a_pair_the_cues_rule_out_never_clashes_on_its_readings(x: str, y: str) -> None:
    assert may_clash(x, y) or not readings_clash(reading(x), reading(y))


def test_the_cues_find_each_rule_s_words() -> None:
    assert cues(TEXTS[0]).figures and not cues(TEXTS[6]).figures
    assert cues(TEXTS[11]).figures  # a number word
    assert cues(TEXTS[2]).months and cues(TEXTS[2]).negation
    assert cues(TEXTS[9]).negation  # a curly "n't"
    assert cues(TEXTS[4]).status and cues(TEXTS[4]).place
    assert not any(cues(TEXTS[16]))
    # the readings clash where the cues let them be read
    assert may_clash(TEXTS[0], TEXTS[1]) and readings_clash(reading(TEXTS[0]), reading(TEXTS[1]))
    assert may_clash(TEXTS[2], TEXTS[3]) and readings_clash(reading(TEXTS[2]), reading(TEXTS[3]))


@pytest.mark.parametrize("text", TEXTS)
def test_a_text_with_no_turn_has_only_plain_readings(text: str) -> None:
    expected = {
        word: found - {_INERT} for word, found in readings(text).items() if found - {_INERT}
    }
    assert _acts(text) == expected
    if not _may_turn(text):
        assert all(not negated and mode != "plan" for r in expected.values() for negated, mode in r)


def test_the_turns_are_found() -> None:
    assert not _may_turn(TEXTS[6]) and not _may_turn(TEXTS[13])
    for k in (7, 8, 9, 10, 12, 15):
        assert _may_turn(TEXTS[k]), TEXTS[k]
