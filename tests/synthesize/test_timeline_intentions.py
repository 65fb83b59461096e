"""An undated article's time told as a possibility or a plan ("might run again in 2000",
"plans to stand in 2000") is no event: with no date to show it lies ahead, the chronology
would list it among what happened, so it makes no entry. Told as done, as a schedule
("will run"), or in a dated article (its date shows the year is ahead), it keeps its entry
(invented text)."""

from __future__ import annotations

from typing import Any

import pytest

from crossbrief.model import Article
from crossbrief.pipeline import brief_articles

OPENING = "Ann Lee resigned as mayor of Orlen in 1998, the harbour board said."


def _dates(nlp: Any, sentence: str, published: str | None = None) -> list[str]:
    """The timeline's dates of an article opening with ``OPENING``."""
    article = Article(id="a", text=f"{OPENING} {sentence}", published=published)
    return [e.date for e in brief_articles([article], nlp=nlp).timeline]


@pytest.mark.parametrize(
    "sentence",
    [
        "She said she might run again in 2000.",
        "Tom Reed plans to run for mayor of Orlen in 2000.",
        "As head of the harbour party, Ann Lee was planning to stand for mayor in 2000.",
        "Tom Reed, his party said, hopes to run for mayor of Orlen in 2000.",
        "Tom Reed said harbour trade could be held back in 2000 by the strike.",
    ],
)
def test_an_undated_intention_makes_no_entry(nlp: Any, sentence: str) -> None:
    dates = _dates(nlp, sentence)
    assert "1998" in dates  # the article's events are listed
    assert "2000" not in dates


def test_an_event_told_as_done_keeps_its_entry(nlp: Any) -> None:
    # Negative: the same year told in the past.
    assert "2000" in _dates(nlp, "She ran again in 2000 and lost to Tom Reed.")


def test_a_schedule_keeps_its_entry(nlp: Any) -> None:
    # Negative: a schedule told as still to come is the story's next event.
    assert "2000" in _dates(nlp, "Tom Reed will run for mayor of Orlen in 2000, his party said.")


def test_a_past_possibility_keeps_its_entry(nlp: Any) -> None:
    # Negative: "might have" tells a possibility in the past, no plan.
    assert "2000" in _dates(nlp, "She might have won the race in 2000, Tom Reed said.")


def test_a_dated_articles_intention_keeps_its_entry(nlp: Any) -> None:
    # Negative: the article's date shows the year is still ahead.
    assert "2000" in _dates(nlp, "She said she might run again in 2000.", "1998-11-20")


@pytest.mark.parametrize(
    "sentence",
    [
        "Tom Reed said the vote on the harbour could be held in spring 2000.",
        "The harbour vote may take place in 2000, Tom Reed said.",
    ],
)
def test_a_hedge_on_when_an_event_is_held_keeps_its_entry(nlp: Any, sentence: str) -> None:
    # A hedge on the date of an event given as set is a schedule, as "is expected in 2000".
    assert any(d.startswith("2000") for d in _dates(nlp, sentence))
    assert any(d.startswith("2000") for d in _dates(nlp, "The harbour vote is expected in 2000."))
