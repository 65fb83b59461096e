"""A quoted fragment (no sentence of its own) followed right after its closing mark by a
cue and its speaker takes that cue, unless the verb has words of its own after it."""

from __future__ import annotations

from typing import Any

from tests.analyze.test_quotes import quotes


def _cue_of(found: list[Any], words: str) -> tuple[str | None, str | None]:
    (q,) = [q for q in found if q.kind != "indirect" and words in q.text]
    return q.cue, q.speaker_text


def test_a_fragment_takes_the_cue_right_after_it(nlp: Any) -> None:
    text = (
        "If the ferry is being shut down on purpose, as many islanders fear and the board "
        "denies, \u201cwhy wouldn\u2019t you want to raise the alarm?\u201d asked Ann Lee, a "
        "harbour pilot."
    )
    cue, speaker = _cue_of(quotes(nlp, text), "raise the alarm")
    assert cue == "asked" and speaker is not None and speaker.startswith("Ann Lee")


def test_a_verb_with_words_of_its_own_is_no_cue_of_the_fragment(nlp: Any) -> None:
    text = (
        'Although he says he "loves the ferries," and "ferry people love me," he also '
        "accuses them of raising fares."
    )
    assert _cue_of(quotes(nlp, text), "ferry people")[0] != "accuses"
