"""Two reports of one date are one timeline entry only when their clauses share two content
words or have the same ones: one shared place name is two events of that day (session 11;
invented text)."""

from __future__ import annotations

from crossbrief.synthesize.dates import infer_dates
from crossbrief.synthesize.story import Story
from crossbrief.synthesize.timeline import build_timeline
from tests.synthesize.test_dates import make

DAY = "2040-06-12"


def _sizes(*texts: str) -> list[int]:
    made = [
        make(f"a{n}", [text], [("Tuesday", "DATE", DAY, None)], "2040-06-13")
        for n, text in enumerate(texts)
    ]
    story = Story(made)
    return [1 + len(e.also_in) for e in build_timeline(story, infer_dates(story))]


def test_one_shared_place_does_not_join_two_events() -> None:
    got = _sizes(
        "The mayor spoke to a crowd in Velmora, Orlen Tuesday.",
        "Floods hit Orlen Tuesday.",
    )
    assert got == [1, 1]


def test_two_shared_words_join_one_event() -> None:
    got = _sizes(
        "Police in Orlen arrested the harbour master on Tuesday.",
        "The Orlen harbour master was arrested by police on Tuesday.",
    )
    assert got == [2]


def test_the_same_single_word_joins_one_event() -> None:
    assert _sizes("He resigned Tuesday.", "He has resigned Tuesday.") == [2]
