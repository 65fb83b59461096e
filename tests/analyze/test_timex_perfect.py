"""A time expression records whether its own verb is a past perfect ("had met on Tuesday"):
synthesis reads such a weekday as one before the day told just before it. A perfect of
another clause (an infinitive's governor, a relative clause, "had" as a main verb) or a
deadline ("by Tuesday") is not the weekday's own."""

from __future__ import annotations

from typing import Any

import pytest

from tests.analyze.times_found import times_in


def _perfect(nlp: Any, text: str, expression: str) -> bool:
    found = {t.text: t.perfect for t in times_in(nlp, text, "2040-06-14")}
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


@pytest.mark.parametrize(
    "text",
    [
        "Ann Lee said the harbour board had met on Tuesday to approve her visit.",
        "Ann Lee told reporters that the harbour board had met on Tuesday.",
        "The harbour board had met on Tuesday, Ann Lee said.",
        "Ann Lee said the board had met on Monday and had shut the quay on Tuesday.",
    ],
)
def test_a_past_perfect_reported_after_a_past_reporting_verb_is_not_perfect(
    nlp: Any, text: str
) -> None:
    # Reported speech shifts the tense back ("the board met" told as "said the board had
    # met"): the perfect tells the simple past of the words reported, no earlier day.
    assert not _perfect(nlp, text, "Tuesday")


@pytest.mark.parametrize(
    "text",
    [
        "Ann Lee says the harbour board had met on Tuesday to approve her visit.",
        "The ferry Ann Lee named had been seized by the coastguard on Tuesday.",
    ],
)
def test_a_past_perfect_under_no_past_reporting_verb_stays_perfect(nlp: Any, text: str) -> None:
    # Negatives: a reporting verb in the present shifts nothing back; a reporting verb in a
    # clause of its own is not the one the perfect is reported under.
    assert _perfect(nlp, text, "Tuesday")
