"""A day bound to a repeated time ("every year on May 1", "every Monday at noon", "on May 1
each year") names a day of a habit, not an event: no timeline entry, nor does a weather
report's day; a year after "since" followed by more of its clause is a state's entry
(invented text)."""

from __future__ import annotations

from typing import Any

import pytest

from crossbrief.model import Article
from crossbrief.pipeline import brief_articles

RESIGNED = "Ann Lee resigned as mayor of Orlen on Monday."


def _entries(nlp: Any, sentence: str) -> list[tuple[str, str]]:
    text = f"{RESIGNED} {sentence}"
    brief = brief_articles([Article(id="a", text=text, published="2040-06-14")], nlp=nlp)
    return [(e.date, e.text) for e in brief.timeline]


@pytest.mark.parametrize(
    "sentence",
    [
        "Every year on May 1, the dockers of Velmora march to the harbour board.",
        "The dockers of Velmora march to the harbour board on May 1 every year.",
        "The harbour board of Velmora meets every Monday at noon in the town hall.",
        "In Velmora the ferry to Orlen sails each week on Thursday, weather permitting.",
        # a comma with no aside opened before the habit still binds the day to it
        "The ferry from Velmora sails each week, on Thursday, to Orlen and back.",
    ],
)
def test_a_day_of_a_repeated_time_is_no_entry(nlp: Any, sentence: str) -> None:
    entries = _entries(nlp, sentence)
    assert not any("Velmora" in text for _, text in entries), entries
    # The sentence's neighbour keeps its own entry: the rule drops only the habit's day.
    assert any("resigned" in text for _, text in entries), entries


@pytest.mark.parametrize(
    ("sentence", "date"),
    [
        # Negative: a day told once, with a repeated time elsewhere in its sentence.
        ("On May 1 the dockers of Velmora marched to the quay, as they do every year.", "05-01"),
        # Negative: a day with no repeated time.
        ("The dockers of Velmora marched to the harbour board on May 1.", "05-01"),
        # Negative: a comma closing an aside that holds the habit frees the day after it.
        ("The Velmora rallies, held every week, on June 9 turned deadly at the quay.", "06-09"),
    ],
)
def test_a_day_told_once_keeps_its_entry(nlp: Any, sentence: str, date: str) -> None:
    entries = _entries(nlp, sentence)
    assert any(d.endswith(date) and "Velmora" in text for d, text in entries), entries


def test_a_year_after_since_with_more_clause_is_an_entry(nlp: Any) -> None:
    entries = _entries(nlp, "The Velmora quay has been shut since 2031 by a dock strike.")
    assert ("2031", "The Velmora quay has been shut since 2031 by a dock strike.") in entries
    # Negative: a count after "since" gives no year.
    entries = _entries(nlp, "The Velmora yard has slowed since 1500 dockers left.")
    assert not any(d == "1500" for d, _ in entries), entries


@pytest.mark.parametrize(
    "sentence",
    [
        "It was sunny and about 20 degrees in Velmora on Sunday.",
        "In Velmora it was cold and overcast on Saturday, with light wind.",
        "It is expected to be windy and wet in Velmora on Friday.",
        # "hazy" beside a word only of the weather is the weather's
        "It was hazy and humid in Velmora on Sunday.",
    ],
)
def test_a_weather_report_is_no_entry(nlp: Any, sentence: str) -> None:
    entries = _entries(nlp, sentence)
    assert not any("Velmora" in text for _, text in entries), entries
    assert any("resigned" in text for _, text in entries), entries


@pytest.mark.parametrize(
    "sentence",
    [
        # Negative: an event the weather caused, or weather with another subject, is told.
        "A storm flooded the Velmora quay on Sunday, the harbour board said.",
        "The Velmora ferry sank on Sunday when it was windy and dark.",
        # Negative: an "it" that is no weather.
        "It was clear to the Velmora board on Sunday that the quay must shut.",
        "It is hazy whether the Velmora mayor quit on Sunday or was dismissed.",
        # Negative: a weather clause opening the sentence, with a clause of its own event after.
        "It was icy on Sunday when a bus carrying 40 pupils skidded off the Velmora road.",
        "It was a cold and foggy night on Sunday when the Velmora ferry struck the pier.",
        "On Sunday, it was windy enough that the Velmora ferry capsized, drowning six.",
    ],
)
def test_an_event_in_bad_weather_keeps_its_entry(nlp: Any, sentence: str) -> None:
    entries = _entries(nlp, sentence)
    assert any("Velmora" in text for _, text in entries), entries
