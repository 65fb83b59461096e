"""A time in a side phrase dates only that phrase, not the sentence's event: a year in a
relative clause of a biographical appositive, a work's year in brackets, the base of a
comparison ("up 7% on 2030"), an event's day named in passing beside the sentence's own
time ("replied on Monday, ahead of the December 6 vote"). Such a time makes no timeline
entry; the same time in the main clause still does (invented text)."""

from __future__ import annotations

from typing import Any

import pytest

from crossbrief.model import Article
from crossbrief.pipeline import brief_articles

RESIGNED = "Ann Lee resigned as mayor of Orlen on June 12."


def _dates(nlp: Any, sentence: str) -> list[str]:
    """The timeline's dates for ``sentence`` after a sentence dated June 12."""
    text = f"{RESIGNED} {sentence}"
    brief = brief_articles([Article(id="a", text=text, published="2040-06-14")], nlp=nlp)
    return [e.date for e in brief.timeline]


@pytest.mark.parametrize(
    ("sentence", "gone"),
    [
        (
            "The quay will close, said Tom Reed, the harbour master who moved the fleet from "
            "Velmora to Orlen in 1994.",
            "1994",
        ),
        (
            "Tom Reed, who founded the harbour board in 1994, said on June 13 that the quay "
            "was sold.",
            "1994",
        ),
        # The main clause tells a denial: the year dates what the clause says of a place.
        (
            "Harbour officials denied reports that Velmora was pressing Orlen to give up Kell, "
            "which Velmora annexed in 2014.",
            "2014",
        ),
        ("The rules come from her memoir (Orlen Press, 2031), the board said.", "2031"),
        ("Freight through the quay in 2039 rose 7% on 2038, the harbour board said.", "2038"),
        (
            "Freight through the quay in 2039 rose 7 per cent over 2038, the harbour board said.",
            "2038",
        ),
        ("Fishermen landed 40,000 tonnes in 2039, more than they did in the year 2038.", "2038"),
        (
            "Tom Reed replied on June 13, ahead of the September 20 election in Orlen.",
            "-09-20",
        ),
        (
            "Tom Reed replied on June 13 that the vote set for September 20 would be fair.",
            "-09-20",
        ),
    ],
)
def test_a_time_in_a_side_phrase_makes_no_entry(nlp: Any, sentence: str, gone: str) -> None:
    assert not any(gone in date for date in _dates(nlp, sentence))


@pytest.mark.parametrize(
    ("sentence", "kept"),
    [
        # Negative: the year is the main clause's.
        ("Tom Reed founded the harbour board in 1994, officials said.", "1994"),
        # Negative: the relative clause closes before the year.
        ("Tom Reed, who was born in Velmora, founded the harbour board in 1994.", "1994"),
        # Negative: a year in a relative clause of a sentence that tells no statement, has
        # no time of its own and is told in the past may be the news itself (told in the
        # present, "now chairs", it is background: test_timeline_side_times.py).
        ("Ann Lee, whose firm opened the quay in 1994, chaired the harbour board.", "1994"),
        # Negative: a day in a relative clause beside the main clause's time.
        ("Tom Reed filed the suit on June 13, which goes to trial on June 20.", "06-20"),
        # Negative: "than ever" compares with no other time: the year is the sentence's.
        ("Ferry trips grew more popular than ever in 2039, the harbour board said.", "2039"),
        # Negative: a growth in a year, no base of comparison.
        ("Freight through the quay rose 7% in 2038, the harbour board said.", "2038"),
        # Negative: the sentence's own event on the day (no other time to date it).
        ("The September 20 election in Orlen drew few voters.", "-09-20"),
        # Negative: the main clause's time stays beside the side phrase's.
        (
            "Tom Reed replied on June 13, ahead of the September 20 election in Orlen.",
            "2040-06-13",
        ),
        (
            "Freight through the quay in 2039 rose 7% on 2038, the harbour board said.",
            "2039",
        ),
    ],
)
def test_a_time_of_the_main_clause_keeps_its_entry(nlp: Any, sentence: str, kept: str) -> None:
    assert any(kept in date for date in _dates(nlp, sentence))
