"""Set sayings are not reported speech: "as they say", "as people say", "as the saying
goes" attribute nothing to anyone, so analysis keeps no quote for them, while "as Ann Lee
says" stays Ann Lee's. Invented text, real pipeline."""

from __future__ import annotations

from typing import Any

import pytest

from tests.analyze.test_quotes import one, quotes


@pytest.mark.parametrize(
    "text",
    [
        "As they say, a full net feeds the whole quay.",
        "The old pier is a lifeline, as they say, for the whole of Velmora.",
        "As people say in Velmora, the sea gives and the sea takes back.",
        "A full net feeds the whole quay, as the old saying goes.",
        "So to speak, the old pier is the heart of Velmora.",
    ],
)
def test_a_saying_is_no_quote(nlp: Any, text: str) -> None:
    assert quotes(nlp, text) == []


def test_a_named_speaker_in_an_as_clause_is_reported(nlp: Any) -> None:
    # Negative: someone named says it, so it is their claim.
    q = one(quotes(nlp, "As Ann Lee says, the old pier is a lifeline."), "indirect", "lifeline")
    assert q.speaker_name == "Ann Lee"


def test_a_saying_does_not_hide_the_report_after_it(nlp: Any) -> None:
    text = "Tom Hale is a man of calm temper, as they say, and he said the pier would reopen."
    found = quotes(nlp, text)
    assert [q.speaker_text for q in found] == ["he"]
    assert one(found, "indirect", "pier would reopen").speaker_name == "Tom Hale"


def test_they_say_with_a_clause_is_still_reported(nlp: Any) -> None:
    # Negative: "they say" reporting a clause of its own is speech, not a saying.
    text = "The dock workers marched on Monday. They say the pier belongs to the town."
    q = one(quotes(nlp, text), "indirect", "pier belongs")
    assert q.speaker_text == "They"


def test_as_they_say_after_a_group_is_the_groups_claim(nlp: Any) -> None:
    # "they" has a group named just before it: no saying, but what the group says.
    text = "Ferry workers in Tarn stopped work on Tuesday. As they say, the harbour is dead without them."
    q = one(quotes(nlp, text), "indirect", "harbour is dead")
    assert q.speaker_name is not None and q.speaker_name.startswith("Ferry workers")


def test_as_they_say_after_a_person_is_still_a_saying(nlp: Any) -> None:
    # Negative: a person as the subject before is no antecedent of "they".
    text = "Ann Lee sold her boat on Tuesday. As they say, a full net feeds the whole quay."
    assert quotes(nlp, text) == []
