"""``may_plan`` is a cheap gate before ``readings``: a text with a modal, contracted with
"n't" or not, may tell a plan; a text with none tells none. Invented text."""

from __future__ import annotations

import pytest

from crossbrief.synthesize.polarity import may_plan


@pytest.mark.parametrize(
    "text",
    [
        "The harbour board said it wouldn't close the east quay this spring.",
        "The board said it couldn\u2019t open the quay before June.",
        "Ann Lee said the ferry shouldn't sail in the storm.",
        "The mayor said the council mustn't sell the old pier.",
        "The board said it mightn't reopen the quay.",
        "The harbour board said it would close the east quay.",
    ],
)
def test_a_modal_with_or_without_nt_may_tell_a_plan(text: str) -> None:
    assert may_plan(text)


@pytest.mark.parametrize(
    "text",
    [
        # Negative: no modal, no planning word, no "is to"; "didn't" and "couldn" inside
        # another word are no modal.
        "The harbour board closed the east quay on Friday.",
        "The harbour board didn't close the east quay on Friday.",
        "Ann Couldnerson shut the east quay on Friday.",
    ],
)
def test_a_text_with_no_modal_tells_no_plan(text: str) -> None:
    assert not may_plan(text)
