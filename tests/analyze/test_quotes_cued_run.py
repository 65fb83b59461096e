"""A quote left open at its paragraph's end that runs on into the next paragraph, whose cue
comes only after the closing mark there, is the cue's speaker's in both paragraphs.
Invented text, real pipeline."""

from __future__ import annotations

from typing import Any

from tests.analyze.test_quotes import one, quotes


def test_the_open_paragraph_takes_the_cue_that_ends_the_run(nlp: Any) -> None:
    text = (
        "Ann Lee spoke to the harbour board on Monday.\n\n"
        '"The pier has been shut for a month.\n\n'
        'We cannot wait any longer, "Lee said.\n'
    )
    first = one(quotes(nlp, text), "direct", "shut for a month")
    second = one(quotes(nlp, text), "direct", "wait any longer")
    assert first.speaker_text == second.speaker_text == "Lee"
    assert first.cue == "said"


def test_a_paragraph_closed_before_the_cue_is_not_taken_back(nlp: Any) -> None:
    # Negative: the first paragraph's quote is closed there and has no cue; the next
    # paragraph's quote, opened afresh, does not speak for it.
    text = (
        "The board met on Monday.\n\n"
        '"Shut for a month" was painted on the gate.\n\n'
        '"We cannot wait any longer," Ann Lee said.\n'
    )
    found = quotes(nlp, text)
    assert not [q for q in found if q.kind == "direct" and "Shut for" in q.text]
