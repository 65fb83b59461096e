"""Two reports of one date are one timeline entry only when their clauses share a word that
tells an event, a name not a place's, or two words (in any case) not a place's: not one
place alone or a light word ("said", "night") that many events of one day share (session 11; invented text)."""

from __future__ import annotations

from dataclasses import replace

from crossbrief.model import AnalyzedArticle, Mention
from crossbrief.synthesize.dates import infer_dates
from crossbrief.synthesize.event_words import event_words
from crossbrief.synthesize.story import Story
from crossbrief.synthesize.timeline import build_timeline
from tests.synthesize.test_dates import make

DAY = "2040-06-12"


def _sizes(*texts: str) -> list[int]:
    made = [
        _with_places(make(f"a{n}", [text], [("Tuesday", "DATE", DAY, None)], "2040-06-13"))
        for n, text in enumerate(texts)
    ]
    story = Story(made)
    return [1 + len(e.also_in) for e in build_timeline(story, infer_dates(story))]


def _with_places(a: AnalyzedArticle) -> AnalyzedArticle:
    """The article with its place names (the towns) as GPE mentions."""
    text = a.article.text
    found = [
        Mention(town, text.index(town), text.index(town) + len(town), "GPE")
        for town in ("Orlen", "Velmora")
        if town in text and not text.startswith(f"{town} Rovers")
    ]
    return replace(a, mentions=tuple(found))


def test_one_shared_place_does_not_join_two_events() -> None:
    got = _sizes(
        "The mayor spoke to a crowd in Velmora, Orlen Tuesday.",
        "Floods hit Orlen Tuesday.",
    )
    assert got == [1, 1]


def test_a_shared_light_word_does_not_join_two_events() -> None:
    got = _sizes("Orlen Radio said Tuesday night.", "Velmora Post said Tuesday night.")
    assert got == [1, 1]


def test_shared_event_words_join_one_event() -> None:
    got = _sizes(
        "Police in Orlen arrested the harbour master on Tuesday.",
        "The Orlen harbour master was arrested by police on Tuesday.",
    )
    assert got == [2]


def test_one_shared_event_word_joins_one_event() -> None:
    assert _sizes("The mayor resigned Tuesday.", "Officials said the clerk resigned Tuesday.") == [
        2
    ]


def test_one_shared_name_not_a_place_joins_one_event() -> None:
    got = _sizes("The mayor spoke to Orlen Radio Tuesday.", "Orlen Radio aired the speech Tuesday.")
    assert got == [2]


def test_two_shared_words_in_either_case_join_one_event() -> None:
    got = _sizes(
        "The harbour master of Orlen was sacked Tuesday.",
        "Velmora's mayor fired Harbour Master Ulla Brandt on Tuesday.",
    )
    assert got == [2]


def test_event_words_keep_names_apart_and_leave_out_light_words() -> None:
    words, names = event_words("On the Good Morning Show, he said")
    assert words == frozenset() and "good" in names
    assert event_words("the dam burst early") == ({"dam", "burst"}, frozenset())
