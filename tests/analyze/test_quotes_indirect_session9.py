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
