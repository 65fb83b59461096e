"""Acts and stances the benchmark counts reach the ledger only with a claim: feelings and
attacks with a bare object have no line, while a verb that claims something of its object
("characterized the plan as reckless") or an object that opens a that-clause ("issued a
warning that ...") has one. Invented sentences, hand-built analyses."""

from __future__ import annotations

import pytest

from crossbrief.model import BriefQuote
from tests.synthesize.builders import ledger_of, lee_quote


def _ledger(text: str, content: str, cue: str) -> list[BriefQuote]:
    return ledger_of(("a", text, lee_quote(text, content, cue)))


@pytest.mark.parametrize(
    ("text", "content", "cue", "shown"),
    [
        # a feeling or an attack with a bare object
        ("Lee loves the old harbour.", "loves the old harbour", "loves", False),
        ("Lee booed the mayor at the opening.", "booed the mayor at the opening", "booed", False),
        (
            "Lee addressed the toll in a speech.",
            "addressed the toll in a speech",
            "addressed",
            False,
        ),
        ("Lee issued a ruling on the toll.", "issued a ruling on the toll", "issued", False),
        # a claim about the object, or a that-clause after a word said or a position held
        (
            "Lee characterized the plan as reckless.",
            "characterized the plan as reckless",
            "characterized",
            True,
        ),
        ("Lee derided the plan as a giveaway.", "derided the plan as a giveaway", "derided", True),
        (
            "Lee foresees a long winter for the port.",
            "foresees a long winter for the port",
            "foresees",
            True,
        ),
        ("Lee is leery of the new toll.", "leery of the new toll", "leery", True),
        (
            "Lee issued a warning that the bridge could close.",
            "issued a warning that the bridge could close",
            "issued",
            True,
        ),
        (
            "Lee voiced concern that the ferry would stop.",
            "voiced concern that the ferry would stop",
            "voiced",
            True,
        ),
    ],
)
def test_an_act_or_stance_has_a_line_only_with_a_claim(
    text: str, content: str, cue: str, shown: bool
) -> None:
    assert bool(_ledger(text, content, cue)) is shown


@pytest.mark.parametrize(
    ("text", "content", "cue", "shown"),
    [
        ("Whether Lee knew the plan is unclear.", "the plan", "knew", False),
        ("If Lee said the ferry was late, nobody heard.", "the ferry was late", "said", False),
        ("Lee knew the plan would fail.", "the plan would fail", "knew", True),
        ("Lee said the ferry was late, if nobody heard.", "the ferry was late", "said", True),
    ],
)
def test_what_a_question_or_a_condition_supposes_has_no_line(
    text: str, content: str, cue: str, shown: bool
) -> None:
    assert bool(_ledger(text, content, cue)) is shown


@pytest.mark.parametrize(
    ("text", "content", "shown"),
    [
        ("Lee called a meeting of the board.", "called a meeting of the board", False),
        ("The toll, which Lee called a disgrace, rose.", "called a disgrace", False),
        ("Lee called the toll a disgrace.", "called the toll a disgrace", True),
    ],
)
def test_a_naming_verb_with_one_phrase_names_nothing(text: str, content: str, shown: bool) -> None:
    assert bool(_ledger(text, content, "called")) is shown
