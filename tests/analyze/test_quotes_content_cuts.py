"""Reported content is not cut short: a clause whose subject carries an aside set off by
commas ('the rule, adding up to a lockdown, would be set by courts'), whose verb the parser
hangs on the sentence's root, keeps that verb; "according to Y" opening a that-clause ('heard
that according to Y feeding the gulls was ...') reports what follows it, not the words
before. Negative cases: an aside the speaker's own act ends the content, and "X happened,
according to Y" reports X. Invented text, real spaCy model."""

from __future__ import annotations

from typing import Any

import pytest

from tests.analyze.test_quotes import quotes


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        ("Ms Lund calmed her critics by announcing she would bring a change in the Senate to "
         "ensure the toughest curfew rule, adding up to a lockdown, would be set by courts and "
         "not mayors.", "announcing",
         "she would bring a change in the Senate to ensure the toughest curfew rule, adding up "
         "to a lockdown, would be set by courts and not mayors"),
        ("Ms Lund heard later that according to the council's advisers feeding the gulls on "
         "the pier was not a crime.", "according to",
         "feeding the gulls on the pier was not a crime"),
        ("Ms Lund heard later that, according to the council's advisers, feeding the gulls on "
         "the pier was not a crime.", "according to",
         "feeding the gulls on the pier was not a crime"),
        # negative cases
        ("Lee said the port would close, citing the storm, and left.", "said",
         "the port would close"),
        ("The pier was closed on Monday, according to the council's advisers.", "according to",
         "The pier was closed on Monday"),
    ],
)  # fmt: skip
def test_content_not_cut(nlp: Any, text: str, cue: str, content: str) -> None:
    found = [q.text for q in quotes(nlp, text) if q.cue == cue and q.kind == "indirect"]
    assert found == [content]
