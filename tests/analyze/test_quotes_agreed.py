"""A sentence that only says someone agreed ("Ann Lee agreed.") names who speaks the quote
right after it, not the speaker of the paragraph before; one that says they did not agree
names no one who speaks next. Invented text, real pipeline."""

from __future__ import annotations

from typing import Any

import pytest

from tests.analyze.test_quotes import one, quotes


def test_a_quote_after_someone_agreed_is_theirs(nlp: Any) -> None:
    text = (
        '"The harbour vote is close now," said Tom Hale, a pollster in the capital.\n\n'
        'Ann Lee, a professor at the state college, agreed. "The ferry fares will rise '
        'in May. The pier will wait."'
    )
    assert one(quotes(nlp, text), "direct", "ferry").speaker_name == "Ann Lee"


def test_a_quote_after_someone_did_not_agree_is_not_theirs(nlp: Any) -> None:
    text = (
        '"The harbour vote is close now," said Tom Hale, a pollster in the capital.\n\n'
        'Ann Lee did not agree. "The ferry fares will rise in May."'
    )
    assert one(quotes(nlp, text), "direct", "ferry").speaker_name != "Ann Lee"


@pytest.mark.parametrize("group", ["Most residents", "Others", "Many voters"])
def test_a_group_that_agreed_speaks_the_quote_unnamed(nlp: Any, group: str) -> None:
    # A group's agreement files the quote under the group, as an unnamed speaker, never
    # under the person named just before it.
    text = (
        f'Dana Reed said the levy should stay. {group} agreed. "We cannot keep paying '
        'for the repairs."'
    )
    q = one(quotes(nlp, text), "direct", "repairs")
    assert (q.speaker_text, q.speaker_name) == (group, None)
