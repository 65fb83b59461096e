"""Hedged claims with no one named (reportedly, is expected to, seemed), on invented
sentences with the real pipeline."""

from __future__ import annotations

from typing import Any

import pytest

from tests.analyze.test_quotes import quotes


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        ("The harbour master reportedly left the island on Monday.", "reportedly",
         "The harbour master reportedly left the island on Monday"),
        ("The ferry company is expected to raise its fares in spring.", "expected",
         "The ferry company is expected to raise its fares in spring"),
        ("It is widely believed that the pier will close next year.", "believed",
         "that the pier will close next year"),
        ("The new council seemed reluctant to discuss the budget.", "seemed",
         "The new council seemed reluctant to discuss the budget"),
        ("It appears that the old lighthouse was sold in secret.", "appears",
         "that the old lighthouse was sold in secret"),
        ("The harbour plan is widely seen as a costly gamble.", "seen",
         "The harbour plan is widely seen as a costly gamble"),
    ],
)  # fmt: skip
def test_a_hedged_claim_is_reported_speech_with_no_speaker(
    nlp: Any, text: str, cue: str, content: str
) -> None:
    found = [q for q in quotes(nlp, text) if q.cue == cue]
    assert len(found) == 1
    q = found[0]
    assert q.kind == "indirect"
    assert q.speaker_text is None and q.speaker_name is None
    assert q.text == content


@pytest.mark.parametrize(
    "text",
    [
        "The mayor appeared on local television on Sunday night.",  # shows up: no claim
        "The ferry company was expected by analysts to raise its fares.",  # agent: not a hedge
        "Residents said the pier is expected to close next year.",  # inside reported speech
        "The mayor reportedly said that the pier would close.",  # the mayor's words
        "The captain was seen leaving the pier at dawn.",  # a sighting, not a view
        # a part played: the co-star or the work before "as" (session 11)
        "He appeared opposite Ann Voss in a play in 2008 as the old king.",
        "Lee was recently seen in a war film as a doctor.",
        "She has often appeared in the radio serial, as a baker in a farce.",
    ],
)
def test_no_speakerless_hedge_where_someone_holds_the_words(nlp: Any, text: str) -> None:
    assert all(q.speaker_text for q in quotes(nlp, text))


def test_the_subject_of_an_agentless_passive_is_not_its_speaker(nlp: Any) -> None:
    found = quotes(nlp, "The harbour board is expected to approve the toll on Friday.")
    assert found and all(q.speaker_text is None for q in found)
