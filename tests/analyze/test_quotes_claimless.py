"""Reported content with no claim in it (a verdict's small clause, an addressee, a bare
object, a person questioned, an event seen) is marked ``claimless`` for the ledger, while
analysis keeps the attribution; content with a clause, quoted words, a stated position or a
speaker's label is not. Invented sentences, real pipeline."""

from __future__ import annotations

from typing import Any

import pytest

from tests.analyze.test_quotes import indirect


@pytest.mark.parametrize(
    "text",
    [
        "A panel of judges found the baker guilty of fraud on Monday.",
        "The mayor told 300 people gathered at the harbour on Sunday.",
        "Police questioned more than 20 people in the village.",
        "The coach wants the trophy more than anything.",
        "The fans would see them play in the final next week.",
    ],
)
def test_content_with_no_claim_is_marked(nlp: Any, text: str) -> None:
    found = indirect(nlp, text)
    assert found, "analysis keeps the attribution"
    assert all(q.claimless for q in found)


@pytest.mark.parametrize(
    "text",
    [
        "The mayor told reporters that the ferry would run on time.",
        "A new survey found the mayor leading the race by four points.",
        "She finds the new fare entirely fair.",
        "The union insisted the talks be held in public.",
        "The union wants the talks held in public.",
        "The senator voiced his opposition to the toll.",
        "The minister questioned the cost of the bridge.",
        "The mayor declared himself the 'harbour king' on Friday.",
        "The mayor vowed to win the vote.",  # (a hope is held, not said: unsaid.py)
    ],
)
def test_content_with_a_claim_is_not_marked(nlp: Any, text: str) -> None:
    found = indirect(nlp, text)
    assert found and not any(q.claimless for q in found)
