"""Negated cues ("did not say", "never claimed") marked per article, on invented sentences
with the real pipeline."""

from __future__ import annotations

from typing import Any

import pytest

from crossbrief.model import Quote
from tests.analyze.test_quotes import quotes


def _by_content(nlp: Any, text: str, content: str) -> Quote:
    found = [q for q in quotes(nlp, text) if q.text == content]
    assert len(found) == 1, [q.text for q in quotes(nlp, text)]
    return found[0]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("The harbour master did not say that the pier would close.", "the pier would close"),
        ("Ann Lee never claimed that the ferry was unsafe.", "the ferry was unsafe"),
        ("The mayor doesn't believe the harbour plan will work.", "the harbour plan will work"),
        ("Lee said the fares were high but she did not believe the ferry was unsafe.",
         "the ferry was unsafe"),
        ("The council did not confirm or deny that the pier would be sold.",
         "the pier would be sold"),
    ],
)  # fmt: skip
def test_a_negated_cue_marks_its_quote(nlp: Any, text: str, content: str) -> None:
    assert _by_content(nlp, text, content).negated


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("The harbour master said that the pier would not close.", "the pier would not close"),
        ("Ann Lee denied that the ferry was unsafe.", "the ferry was unsafe"),
        ("Lee said the fares were high but the pier was safe.", "the fares were high but the pier was safe"),
        ("The council did not meet, but Lee said the pier would be sold.",
         "the pier would be sold"),
        ('"Will the pier reopen? Probably not," the harbour master said.',
         "Will the pier reopen? Probably not,"),
    ],
)  # fmt: skip
def test_a_negation_in_the_content_or_elsewhere_marks_nothing(
    nlp: Any, text: str, content: str
) -> None:
    assert not _by_content(nlp, text, content).negated


@pytest.mark.parametrize(
    "text",
    [
        "Tom Reed stopped short of saying the plant would close.",
        "At no point did Tom Reed say the plant would close.",
        "Neither Lee nor Reed said the plant would close.",
        "Tom Reed did not go so far as to say the plant would close.",
        "Ann Lee has yet to say the plant would close.",
        "Tom Reed was not ready to say the plant would close.",
        "Tom Reed avoided saying the plant would close.",
        "Tom Reed was not prepared to say the plant would close.",
        "In no way did Tom Reed say the plant would close.",
    ],
)
def test_a_negation_outside_the_cue_marks_its_quote(nlp: Any, text: str) -> None:
    assert _by_content(nlp, text, "the plant would close").negated


@pytest.mark.parametrize(
    "text",
    [
        "Tom Reed did not hesitate to say the plant would close.",
        "Tom Reed was ready to say the plant would close.",
        "At one point Tom Reed said the plant would close.",
        "Tom Reed went so far as to say the plant would close.",
        "Tom Reed was not afraid to say the plant would close.",
        "Tom Reed never apologised after saying the plant would close.",
        "Tom Reed did not resign despite saying the plant would close.",
        "Tom Reed did not shy away from saying the plant would close.",
        "In no uncertain terms, Tom Reed said the plant would close.",
        "With no hint of doubt, Tom Reed said the plant would close.",
        "In no time at all, Tom Reed said the plant would close.",
    ],
)
def test_a_verb_that_affirms_its_complement_marks_nothing(nlp: Any, text: str) -> None:
    # Negative: "did not hesitate to say" says it; no negation, no denial.
    assert not _by_content(nlp, text, "the plant would close").negated


@pytest.mark.parametrize(
    "text",
    ["No one said the plant would close.", "Nobody told workers the plant would close."],
)
def test_no_one_as_speaker_negates_the_quote(nlp: Any, text: str) -> None:
    # Kept as an attribution (PolNeAR annotates them), negated; the ledger shows no line.
    assert _by_content(nlp, text, "the plant would close").negated


def test_no_one_inside_the_content_is_no_negative_speaker(nlp: Any) -> None:
    # Negative: "no one" in the reported clause is the content's, not the speaker.
    found = _by_content(
        nlp, "Tom Reed said no one knew the plant would close.", "no one knew the plant would close"
    )
    assert not found.negated and found.speaker_name == "Tom Reed"
