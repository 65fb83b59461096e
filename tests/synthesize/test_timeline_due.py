"""A weekday of no known week told with "is due to" + a verb ("On Friday she is due to open
the pier") is still to come; told with "was due to" ("the regatta, which was due to start on
Friday") the plan as it stood, which may have been kept or called off: not clear. A cause
("is due to the storm") tells no plan (invented text)."""

from __future__ import annotations

from typing import Any

import pytest

from crossbrief.model import Article
from crossbrief.pipeline import brief_articles

OPENING = "Ann Lee resigned as head of the Velmora harbour board in 1998."


def _told(nlp: Any, sentence: str) -> dict[str, int]:
    """The told tense of each weekday entry of an undated article."""
    article = Article(id="a", text=f"{OPENING} {sentence}")
    return {
        e.expression: e.told
        for e in brief_articles([article], nlp=nlp).timeline
        if e.precision == "weekday"
    }


@pytest.mark.parametrize(
    "sentence",
    [
        "On Friday she is due to open the new pier at Velmora.",
        "The harbour board is due to publish its accounts on Friday.",
        "Tom Reed and Ann Lee are due to meet on Friday to settle the dispute.",
        "Work on the new pier is due to commence on Friday.",
    ],
)
def test_is_due_to_with_a_verb_is_still_to_come(nlp: Any, sentence: str) -> None:
    assert _told(nlp, sentence) == {"Friday": 1}


def test_was_due_to_is_no_day_still_to_come(nlp: Any) -> None:
    sentence = (
        "The board put back the regatta - which was due to start on Friday - until next month."
    )
    told = _told(nlp, sentence)
    assert told.get("Friday", 0) != 1


@pytest.mark.parametrize(
    "sentence",
    [
        "The closure of the pier is due to the storm on Friday.",
        "The closure of the pier is due to technical faults found on Friday.",
    ],
)
def test_a_cause_after_due_to_is_no_plan(nlp: Any, sentence: str) -> None:
    # "due to" before a noun phrase gives a cause: the weekday is the cause's, not ahead
    assert _told(nlp, sentence).get("Friday", 0) != 1
