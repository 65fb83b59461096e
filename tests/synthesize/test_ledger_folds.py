"""A quoted fragment folded into the same speaker's reported speech keeps its words in the
ledger: it folds only into reported speech that has a line of its own, and stays a line of
its own when that speech has none (an act that states no claim, content analysis marked
claimless). Invented text, hand-built analyses."""

from __future__ import annotations

from dataclasses import replace

from tests.synthesize.test_quote_ledger_lines import ledger, quote

# An act that is no claim verb, given as its own content: reported speech with no line.
ACT = 'Ann Lee waxed about a "shared and lasting bond between the two towns."'
# An accusation given as its own content: reported speech with a line.
CLAIM = 'Ann Lee accused the council of "wasting the harbour fund on new statues."'


def _lines(text: str, content: str, fragment: str, cue: str, claimless: bool = False) -> list:  # type: ignore[type-arg]
    host = quote(text, content, "indirect", "Ann Lee", cue)
    return ledger(
        (
            "a",
            text,
            [replace(host, claimless=claimless), quote(text, fragment, "partial", "Ann Lee", cue)],
        )
    )


def test_a_fragment_inside_an_act_with_no_line_keeps_its_own() -> None:
    lines = _lines(
        ACT,
        'waxed about a "shared and lasting bond between the two towns',
        "shared and lasting bond between the two towns.",
        "waxed",
    )
    assert [(q.kind, q.text, q.speaker_text) for q in lines] == [
        ("partial", "shared and lasting bond between the two towns.", "Ann Lee")
    ]


def test_a_fragment_inside_claimless_content_keeps_its_own() -> None:
    text = 'Ann Lee said the ferry was "running late again, as it always does."'
    lines = _lines(
        text,
        'the ferry was "running late again, as it always does',
        "running late again, as it always does.",
        "said",
        claimless=True,
    )
    assert [q.kind for q in lines] == ["partial"]


def test_a_fragment_inside_an_accusation_is_folded_into_its_line() -> None:
    lines = _lines(
        CLAIM,
        'accused the council of "wasting the harbour fund on new statues',
        "wasting the harbour fund on new statues.",
        "accused",
    )
    assert [q.kind for q in lines] == ["indirect"]
    assert "wasting the harbour fund" in lines[0].text
