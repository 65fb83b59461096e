"""A refusal to speak whose infinitive stands apart from its verb ('refused on Monday to
say', 'to publicly say'), that refuses to tell, or that follows the words it did not say
('The plant would close, Reed refused to say.'). Invented text, real pipeline."""

from __future__ import annotations

from typing import Any

import pytest

from crossbrief.analyze.quotes import is_refusal
from tests.analyze.test_quotes import quotes


@pytest.mark.parametrize(
    "text",
    [
        "Tom Reed refused on Monday to say the plant would close.",
        "Tom Reed declined repeatedly to say whether the plant would close.",
        "Tom Reed refused to publicly say the plant would close.",
        "Tom Reed refused to tell reporters the plant would close.",
        "The plant would close, Tom Reed refused to say.",
        # Review 3 finding 6: a time after the verb is no object ("that day", "this week").
        "Tom Reed refused that day to say whether the plant would close.",
        "Tom Reed refused that morning to comment on the plant.",
    ],
)
def test_a_refusal_to_speak_is_one_however_it_is_worded(nlp: Any, text: str) -> None:
    found = [q for q in quotes(nlp, text) if q.kind == "indirect"]
    assert found and all(is_refusal(text, q) for q in found)


@pytest.mark.parametrize(
    "text",
    [
        # Negative: refusing an act, near or apart, refuses no speech.
        "Tom Reed refused on Monday to sign the deal.",
        "Tom Reed refused to give a date for the closure.",
        "The plant would close, Tom Reed said.",
    ],
)
def test_refusing_an_act_or_saying_stays_in_the_ledger(nlp: Any, text: str) -> None:
    found = [q for q in quotes(nlp, text) if q.kind == "indirect"]
    assert found and not any(is_refusal(text, q) for q in found)


@pytest.mark.parametrize(
    "text",
    [
        # Review 2 finding 12: an infinitive after the refusing verb's object is the
        # object's ('an invitation to speak'); what was declined is the invitation.
        "Tom Reed declined an invitation to speak at the rally.",
        "Tom Reed declined the offer to talk about the plant.",
        "Tom Reed refused their request to discuss the plant.",
    ],
)
def test_declining_a_thing_to_speak_of_refuses_no_speech(nlp: Any, text: str) -> None:
    found = [q for q in quotes(nlp, text) if q.kind == "indirect"]
    assert found and not any(is_refusal(text, q) for q in found)
