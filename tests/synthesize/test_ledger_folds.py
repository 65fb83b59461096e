"""A quoted fragment folded into the same speaker's reported speech keeps its words in the
ledger: it folds only into reported speech that has a line of its own, and stays a line of
its own when that speech has none (content analysis marked claimless); an act given as its
own content has a line when it holds three or more words in double quote marks that are no
title (words said), not for a term of one or two words. Invented text, hand-built
analyses."""

from __future__ import annotations

from dataclasses import replace

import pytest

from tests.synthesize.builders import ledger_of, lee_quote
from tests.synthesize.test_quote_ledger_lines import ledger, quote

# An act that is no claim verb, given as its own content, holding words in marks.
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


def test_a_fragment_inside_an_act_holding_words_said_is_folded_into_its_line() -> None:
    lines = _lines(
        ACT,
        'waxed about a "shared and lasting bond between the two towns',
        "shared and lasting bond between the two towns.",
        "waxed",
    )
    assert [(q.kind, q.speaker_text) for q in lines] == [("indirect", "Ann Lee")]
    assert "shared and lasting bond" in lines[0].text


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


@pytest.mark.parametrize(
    ("text", "content", "cue", "shown"),
    [
        (
            'Lee released a statement thanking "all the crews who came out at night."',
            'released a statement thanking "all the crews who came out at night."',
            "released",
            True,
        ),
        (
            'The paper quoted Lee as saying the pier was "no longer safe for anyone."',
            'quoted Lee as saying the pier was "no longer safe for anyone."',
            "quoted",
            True,
        ),
        (
            'Lee spoke of "fruitful talks" with the union.',
            'spoke of "fruitful talks"',
            "spoke",
            False,
        ),
        (
            'Lee watched "The Long Night Of The Harbour" twice.',
            'watched "The Long Night Of The Harbour" twice',
            "watched",
            False,
        ),
    ],
)
def test_an_act_holding_words_said_has_a_line(
    text: str, content: str, cue: str, shown: bool
) -> None:
    q = lee_quote(text, content, cue)
    assert bool(ledger_of(("a", text, q))) is shown
