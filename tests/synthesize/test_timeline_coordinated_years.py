"""A year joined to a year that names a thing ("its 2013 and 2014 spending plans") names
that thing too: neither dates an event. Years that date events stay (invented text)."""

from __future__ import annotations

from typing import Any

import pytest

from crossbrief.model import Article
from crossbrief.pipeline import brief_articles

OPENING = "Ann Lee resigned as head of the Velmora harbour board in 1998."


def _dates(nlp: Any, sentence: str) -> list[str]:
    article = Article(id="a", text=f"{OPENING} {sentence}", published="2013-06-10")
    return [e.date for e in brief_articles([article], nlp=nlp).timeline]


@pytest.mark.parametrize(
    "sentence",
    [
        "The harbour board kept its 2013 and 2014 spending plans unchanged.",
        "Tom Reed presented the board's 2013 or 2014 fleet plans to the council.",
    ],
)
def test_a_year_joined_to_a_year_naming_a_thing_is_no_event(nlp: Any, sentence: str) -> None:
    dates = _dates(nlp, sentence)
    assert "1998" in dates
    assert "2013" not in dates and "2014" not in dates


@pytest.mark.parametrize(
    "sentence",
    [
        "The pier was rebuilt in 2011 and 2012 after the storms.",
        "The new pier opened in 2011 and 2012 brought record crowds to Velmora.",
    ],
)
def test_years_dating_events_stay(nlp: Any, sentence: str) -> None:
    dates = _dates(nlp, sentence)
    assert "2011" in dates and "2012" in dates
