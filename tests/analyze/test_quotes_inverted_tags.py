"""A tag set into a sentence after its fronted subject ("X, said Y, VERB ..."): the speaker is
the tag's, and the content keeps the fronted subject (session 20). Invented text, real
pipeline."""

from __future__ import annotations

from typing import Any

import pytest

from tests.analyze.quote_rows import reported


@pytest.mark.parametrize(
    ("text", "speaker", "subject"),
    [
        (
            "The only routes that stayed open, said the ferry operators, were the two night runs.",
            "the ferry operators",
            "The only routes",
        ),
        ("This, said Ann Lee, should make the harbour safer.", "Ann Lee", "This"),
        (
            "The new toll, says the harbour board, will pay for two more crews.",
            "the harbour board",
            "The new toll",
        ),
    ],
)
def test_a_tag_after_a_fronted_subject_keeps_speaker_and_subject(
    nlp: Any, text: str, speaker: str, subject: str
) -> None:
    found = reported(nlp, text)
    assert [f[0] for f in found] == [speaker]
    assert found[0][1].startswith(subject)
    # Negative: the fronted subject is never taken for the speaker
    assert found[0][0] != subject


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        # Negative: a tag after a whole clause, and one opening the sentence, are as before.
        ("The toll will pay for two crews, said the harbour board.", "the harbour board", None),
        ("Said Ann Lee, the harbour plan will fail.", "Ann Lee", None),
        ("Ann Lee said the harbour plan would fail.", "Ann Lee", "the harbour plan would fail"),
    ],
)
def test_other_tags_are_left_as_they_are(
    nlp: Any, text: str, speaker: str, content: str | None
) -> None:
    found = reported(nlp, text)
    assert speaker in [f[0] for f in found]
    if content is not None:
        assert [f[1] for f in found] == [content]
