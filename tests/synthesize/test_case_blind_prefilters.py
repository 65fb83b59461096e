"""The quick word checks in front of case-blind patterns read what the patterns read: a
sentence in capitals or with letters outside ASCII still reaches the pattern, and one with
none of the words is still no match."""

from __future__ import annotations

import pytest

from crossbrief.synthesize.conflicts.lineups import replaces
from crossbrief.synthesize.facts import statement
from crossbrief.synthesize.summary_rules import compares_back
from crossbrief.synthesize.text import first_person


@pytest.mark.parametrize(
    "text",
    [
        "Hart comes in for Cole in the side.",
        "HART COMES IN FOR COLE IN THE SIDE.",
        "Hart comes in for Cole in the side of Velmora Rovers \u2014 a late change.",
        "Tam Orr was named in the squad.",
    ],
)
def test_a_replacement_in_a_team_is_found_in_any_case_or_script(text: str) -> None:
    assert replaces(text)


@pytest.mark.parametrize(
    "text",
    ["Hart came home to Velmora on Sunday.", "Hart came home to Br\u00e6ndholm on Sunday."],
)
def test_a_sentence_with_no_replacement_word_replaces_no_one(text: str) -> None:
    assert not replaces(text)


@pytest.mark.parametrize(
    "text", ["The pier fire, 3RD GRAF PVS.", "The pier fire at Br\u00e6ndholm, 3rd graf pvs."]
)
def test_a_routing_line_in_capitals_or_beside_other_letters_states_nothing(text: str) -> None:
    assert not statement(text)


def test_a_sentence_with_a_word_like_a_routing_mark_still_states_a_fact() -> None:
    assert statement("The harbour board saw the photograph of the pier on Monday.")


@pytest.mark.parametrize(
    "text",
    [
        "A hearing on SIMILAR counts against Tam Orr began.",
        "The S\u00e1me court heard the same counts.",
    ],
)
def test_same_or_similar_in_any_case_or_script_compares_back(text: str) -> None:
    assert compares_back(text)


@pytest.mark.parametrize(
    "text", ["A hearing on the counts against Tam Orr began.", "The \u201csame\u201d counts began."]
)
def test_no_comparison_word_outside_quotations_compares_nothing(text: str) -> None:
    assert not compares_back(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Then we left Velmora.", True),
        ("Ann Lee told us.Then she left.", False),  # a period joins "us" to the next letter
        ("The I.R.S. agent came.", False),
        ("Awe and dismay.", False),  # "we" inside a word
        ("Myself, I doubt it.", True),
        ("The myselfish act.", False),
    ],
)
def test_a_pronoun_is_a_whole_word_outside_an_initialism(text: str, expected: bool) -> None:
    assert first_person(text) == expected
