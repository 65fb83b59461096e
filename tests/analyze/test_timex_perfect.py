"""A time expression records whether its own verb is a past perfect ("had met on Tuesday"):
synthesis reads such a weekday as one before the day told just before it. A perfect of
another clause (an infinitive's governor, a relative clause, "had" as a main verb) or a
deadline ("by Tuesday") is not the weekday's own."""

from __future__ import annotations

from typing import Any

import pytest

from crossbrief.analyze.paragraphs import Paragraph, paragraph_spans
from crossbrief.analyze.times import extract_times


def _perfect(nlp: Any, text: str, expression: str) -> bool:
    paragraphs = [Paragraph(s, nlp(text[s:e])) for s, e in paragraph_spans(text)]
    found = {t.text: t.perfect for t in extract_times(paragraphs, "2040-06-14")}
    return found[expression]


@pytest.mark.parametrize(
    "text",
    [
        "The harbour board had met on Tuesday to approve her visit.",
        "The ferry had already been seized by the coastguard on Tuesday.",
    ],
)
def test_a_weekday_of_a_verb_in_the_past_perfect_is_perfect(nlp: Any, text: str) -> None:
    assert _perfect(nlp, text, "Tuesday")


@pytest.mark.parametrize(
    "text",
    [
        "The harbour board met on Tuesday to approve her visit.",
        "She had hoped to see the harbour board on Tuesday, but the talks were dropped.",
        "She had been due to open the new quay on Tuesday.",
        "The fishermen of Velmora had gone home by Tuesday.",
        "The clerk who had quit in anger greeted her on Tuesday.",
        "The board had the quay on its list for Tuesday.",
        "The board had scheduled a vote on the quay for Tuesday.",
    ],
)
def test_a_weekday_of_another_clause_or_a_deadline_is_not_perfect(nlp: Any, text: str) -> None:
    # Negatives: a simple past; a perfect governing an infinitive or a plan, whose event
    # is the infinitive's; a deadline; a perfect in a relative clause; "had" as a verb.
    assert not _perfect(nlp, text, "Tuesday")
