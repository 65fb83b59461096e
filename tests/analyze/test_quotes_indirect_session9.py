"""Indirect speech rules of session 9, on invented sentences with the real pipeline: an
adverb after the object does not end the content."""

from __future__ import annotations

from typing import Any

import pytest

from tests.analyze.quote_rows import reported


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("The mayor described the pier recently as a hazard.", "recently as a hazard"),
        ("Ann Lee sees the toll increasingly as a burden.", "increasingly as a burden"),
        (
            "The governor announced a new fund this week for flood victims.",
            "this week for flood victims",
        ),
    ],
)
def test_an_adverb_after_the_object_does_not_end_the_content(
    nlp: Any, text: str, content: str
) -> None:
    found = reported(nlp, text)
    assert len(found) == 1
    assert found[0][1].endswith(content)


@pytest.mark.parametrize(
    "text", ["The council praised the crews yesterday.", "The council praised the crews last week."]
)
def test_an_adverb_at_the_end_is_left_out(nlp: Any, text: str) -> None:
    # Nothing of the content follows it: "yesterday" says when, not what.
    assert reported(nlp, text) == [("The council", "praised the crews")]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("Lee reminded voters of the stakes.", "reminded voters of the stakes"),
        ("Lee warned voters of the risk of a flood.", "warned voters of the risk of a flood"),
        ("Lee informed Kim of the ferry's delay.", "informed Kim of the ferry's delay"),
    ],
)
def test_what_an_addressee_is_reminded_or_warned_of_is_reported(
    nlp: Any, text: str, content: str
) -> None:
    assert reported(nlp, text) == [("Lee", content)]


@pytest.mark.parametrize(
    "text", ["Lee warned all of the residents.", "Lee warned many of the residents."]
)
def test_a_part_of_a_group_is_whom_it_was_said_to(nlp: Any, text: str) -> None:
    assert reported(nlp, text) == []


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("Lee tried to convince voters that the toll was fair.", "the toll was fair"),
        ("Lee persuaded the council to cut the toll.", "the council to cut the toll"),
    ],
)
def test_convincing_and_persuading_report_their_clause(nlp: Any, text: str, content: str) -> None:
    found = reported(nlp, text)
    assert [s for s, _ in found] == ["Lee"]
    assert found[0][1].endswith(content)


@pytest.mark.parametrize("text", ["Lee persuaded the council.", "The storm convinced Lee."])
def test_whom_one_convinces_is_no_content(nlp: Any, text: str) -> None:
    assert reported(nlp, text) == []


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        ("He's said he draws his ideas from a speech.", "He", "he draws his ideas from a speech"),
        ("She's said the toll is fair.", "She", "the toll is fair"),
    ],
)
def test_has_said_with_an_apostrophe_has_a_speaker(
    nlp: Any, text: str, speaker: str, content: str
) -> None:
    assert reported(nlp, text) == [(speaker, content)]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("He's said to be ill.", "He's said to be ill"),
        ("It's said that the pier is unsafe.", "that the pier is unsafe"),
    ],
)
def test_is_said_stays_a_hedge_held_by_no_one(nlp: Any, text: str, content: str) -> None:
    assert reported(nlp, text) == [("", content)]


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        ("The mayor mused about a run for governor.", "The mayor", "about a run for governor"),
        ("Lee mused that the ferry might return.", "Lee", "the ferry might return"),
        ("Lee has been vocal about her opposition to the toll.", "Lee", "opposition to the toll"),
        ("Lee was upbeat about the ferry's future.", "Lee", "the ferry's future"),
        ("Lee has been outspoken in her support for the pier.", "Lee", "support for the pier"),
    ],
)
def test_musing_and_being_vocal_or_upbeat_about_something_are_reported(
    nlp: Any, text: str, speaker: str, content: str
) -> None:
    found = reported(nlp, text)
    assert [s for s, _ in found] == [speaker]
    assert found[0][1].endswith(content)


@pytest.mark.parametrize("text", ["The crowd was vocal.", "The market was upbeat."])
def test_being_vocal_or_upbeat_about_nothing_reports_nothing(nlp: Any, text: str) -> None:
    assert reported(nlp, text) == []
