"""Cues in a sense that is no speech have no ledger line, and a will, a belief or a judging
verb over a bare object is a position (``ledger_senses``): seeing, "emerged", beginning, a
cue in the passive inside its content, a speech act over a bare noun phrase, a promise with
its complement left out, "support" of a count of people. Negative cases: "saw that", "sees
X as Y", an attack with a reason, a revealed plan, a promise with its content, support for
a plan; "said" stays reported. Invented sentences, hand-built analyses."""

from __future__ import annotations

import pytest

from tests.synthesize.builders import ledger_of, lee_quote


@pytest.mark.parametrize(
    ("text", "content", "cue", "shown"),
    [
        ("The port board saw its majority cut to four as Lee won the vote.",
         "its majority cut to four as Lee won the vote", "saw", False),
        ("Lee saw three pilots collect medals at the harbour.",
         "three pilots collect medals at the harbour", "saw", False),
        ("Lee resigned after it emerged that the ferry fund did not exist.",
         "the ferry fund did not exist", "emerged", False),
        ("Lee and the pilots have begun on the day the toll is due.",
         "the toll is due", "begun", False),
        ("But the kick was charged down by Lee near the line.",
         "the kick was charged down", "charged", False),
        ("Lee defended his plans for the new ferry pier.",
         "defended his plans for the new ferry pier", "defended", False),
        ("Lee attacked a fuel depot near the border town.",
         "attacked a fuel depot near the border town", "attacked", False),
        ("The firm went bust, Lee revealing debts of 9bn crowns.",
         "revealing debts of 9bn crowns", "revealing", False),
        ("The firm went bust, Lee revealing debts of 9bn crowns ($1bn; 0.8bn marks).",
         "revealing debts of 9bn crowns ($1bn; 0.8bn marks)", "revealing", False),
        ("Other harbour unions led by Lee have pledged to follow.",
         "pledged to follow", "pledged", False),
        ("Lee vowed to do so.", "vowed to do so", "vowed", False),
        ("The fund Lee runs is supporting 2.4 million hungry farmers.",
         "supporting 2.4 million hungry farmers", "supporting", False),
        # negative cases
        ("Lee saw that the fares rose in May.", "the fares rose in May", "saw", True),
        ("Lee sees the toll as a tax on the poor.", "the toll as a tax on the poor", "sees", True),
        ("Lee attacked the board for raising the fares again.",
         "attacked the board for raising the fares again", "attacked", True),
        ("Lee revealed plans to close the old ferry pier.",
         "revealed plans to close the old ferry pier", "revealed", True),
        ("Lee pledged to cut the ferry fares by half.",
         "pledged to cut the ferry fares by half", "pledged", True),
        ("Lee said the ferry fund did not exist.", "the ferry fund did not exist", "said", True),
        ("Lee is supporting the plan to widen the pier.",
         "supporting the plan to widen the pier", "supporting", True),
    ],
)  # fmt: skip
def test_no_speech(text: str, content: str, cue: str, shown: bool) -> None:
    assert bool(ledger_of(("a", text, lee_quote(text, content, cue)))) is shown


@pytest.mark.parametrize(
    ("text", "content", "cue", "position"),
    [
        ("Lee wants the board to cut the fares.", "the board to cut the fares", "wants", True),
        ("Lee wanted a clause inserted in the toll bill.", "a clause inserted in the toll bill",
         "wanted", True),
        ("Lee believes the toll will fall in May.", "the toll will fall in May", "believes", True),
        ("Lee thought the vote was lost.", "the vote was lost", "thought", True),
        ("Lee criticised the board's focus on the new pier.",
         "criticised the board's focus on the new pier", "criticised", True),
        # negative cases: speech, and a judging verb with its reason
        ("Lee said the toll will fall in May.", "the toll will fall in May", "said", False),
        ("Lee criticised the board for raising the fares.",
         "criticised the board for raising the fares", "criticised", False),
    ],
)  # fmt: skip
def test_held_not_said(text: str, content: str, cue: str, position: bool) -> None:
    lines = ledger_of(("a", text, lee_quote(text, content, cue)))
    assert [q.position for q in lines] == [position]
