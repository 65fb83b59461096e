"""A year after "since" in a clause that tells a first, a record or an absence ("the first
time since 2009", "the worst flood since 1987", "no ferry since 2012") is when the last like
event happened, not the sentence's event: no timeline entry. A state that began then ("has
been closed since 2012") or a "when" clause telling that year's event keeps it (invented
text)."""

from __future__ import annotations

from typing import Any

import pytest

from crossbrief.model import Article
from crossbrief.pipeline import brief_articles

RESIGNED = "Ann Lee resigned as mayor of Orlen on Monday."


def _years(nlp: Any, sentence: str) -> list[str]:
    text = f"{RESIGNED} {sentence}"
    brief = brief_articles([Article(id="a", text=text, published="2040-06-14")], nlp=nlp)
    return [e.date for e in brief.timeline if len(e.date) == 4]


@pytest.mark.parametrize(
    ("sentence", "year"),
    [
        (
            "Her party won the seat for the first time since 2009, officials in Velmora said.",
            "2009",
        ),
        ("The flood on the Orlen quay was the worst since 1987, the harbour board said.", "1987"),
        ("The harbour has had no ferry service since 2012, and the quay is empty.", "2012"),
        ("Her rival hasn't won a race in Velmora since 2015, the board noted.", "2015"),
    ],
)
def test_a_year_of_the_last_like_event_is_no_entry(nlp: Any, sentence: str, year: str) -> None:
    assert year not in _years(nlp, sentence)


@pytest.mark.parametrize(
    ("sentence", "year"),
    [
        # Negative: a state that began that year.
        ("The north quay of Orlen has been closed to trawlers since 2012.", "2012"),
        # Negative: a "when" clause tells what happened that year.
        ("The flood was the worst in Orlen since 1987, when the river rose six metres.", "1987"),
        # Negative: a year told without "since".
        ("Her party first won the seat in 2009, officials in Velmora said.", "2009"),
    ],
)
def test_a_year_that_dates_its_own_event_is_kept(nlp: Any, sentence: str, year: str) -> None:
    assert year in _years(nlp, sentence)


@pytest.mark.parametrize(
    ("sentence", "year"),
    [
        # A superlative, an ordinal or "once" in the subject of a state measures nothing: the
        # year is when that state began.
        ("The largest port of Velmora has been shut by a strike since 2021.", "2021"),
        ("The once-busy ferry terminal of Orlen has stood empty since 2012.", "2012"),
        ("The biggest employer in Velmora has been on strike since 2030.", "2030"),
        ("The first woman to lead Velmora has been its mayor since 2019.", "2019"),
    ],
)
def test_a_superlative_in_the_subject_of_a_state_keeps_its_year(
    nlp: Any, sentence: str, year: str
) -> None:
    assert year in _years(nlp, sentence)


@pytest.mark.parametrize(
    ("sentence", "year"),
    [
        # Negative: where the superlative or ordinal heads what is measured, or "once" is a
        # count, the year still dates the last like event.
        ("It is the first time the Orlen club has won the cup since 2009.", "2009"),
        ("Prices in Velmora rose at their fastest pace since 2008, the board said.", "2008"),
        ("The dockers of Orlen have struck only once since 2016, the union said.", "2016"),
    ],
)
def test_a_measured_superlative_or_a_count_of_once_is_still_no_entry(
    nlp: Any, sentence: str, year: str
) -> None:
    assert year not in _years(nlp, sentence)
