"""Whether an attribution's source can speak: things and events as the subject of a cue
are evidence or narrative, records speak for their makers, and a verb of speaking says its
subject spoke; invented sentences, real pipeline."""

from __future__ import annotations

from typing import Any

import pytest

from tests.analyze.test_quotes import indirect, quotes


@pytest.mark.parametrize(
    "text",
    [
        "Bent iron grilles on the doors showed the force that the guests had used.",
        "The collapse of the coalition suggested that the old instability was back.",
        "The scorch marks on the ceiling indicated that the fire had started upstairs.",
    ],
)
def test_a_thing_that_cannot_speak_is_marked(nlp: Any, text: str) -> None:
    found = indirect(nlp, text)
    assert found and all(q.inanimate_source for q in found)


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("The harbour report said that the pier would close in May.", "The harbour report"),
        ("A survey of residents found that most oppose the new pier.", "A survey of residents"),
        ("Port officials said that the pier would close in May.", "Port officials"),
        ("A chorus of fishermen said that the pier was unsafe.", "A chorus of fishermen"),
        ("Court records show that the ferry company owed rent.", "Court records"),
        ("Regulators said that the ferry company owed rent.", "Regulators"),
    ],
)
def test_people_bodies_and_records_still_speak(nlp: Any, text: str, speaker: str) -> None:
    found = indirect(nlp, text)
    assert [(q.speaker_text, q.inanimate_source) for q in found] == [(speaker, False)]


def test_a_stretch_of_time_cannot_speak_either(nlp: Any) -> None:
    text = "The minutes of waiting showed that the alarm system had failed."
    found = indirect(nlp, text)
    assert found and all(q.inanimate_source for q in found)


def test_a_share_of_people_still_speaks(nlp: Any) -> None:
    text = "Forty percent of those asked believed that the pier should close."
    found = indirect(nlp, text)
    assert [(q.speaker_text, q.inanimate_source) for q in found] == [
        ("Forty percent of those asked", False)
    ]


def test_a_verb_of_speaking_says_its_subject_spoke(nlp: Any) -> None:
    text = "The old crane on the pier said that the pier was unsafe."
    found = indirect(nlp, text)
    assert found and not any(q.inanimate_source for q in found)


@pytest.mark.parametrize(
    "text",
    ["The witnesses fear the pier will close.", "The locals fear the pier will close."],
)
def test_plain_people_nouns_in_the_plural_can_speak(nlp: Any, text: str) -> None:
    found = [q for q in quotes(nlp, text) if "pier will close" in q.text]
    assert found and not any(q.inanimate_source for q in found)


def test_a_plural_thing_in_es_still_cannot_speak(nlp: Any) -> None:
    # Negative: the plural rule reads "boxes" as "box", which is no one.
    text = "The boxes in the hall suggested that the family had left in a hurry."
    found = indirect(nlp, text)
    assert found and all(q.inanimate_source for q in found)


@pytest.mark.parametrize(
    "text",
    [
        # a verb of speaking with a plain object means taking, and its subject is judged
        "After 13 days of flooding along the coast and the valley, which has claimed more than 600"
        " lives, the search went on.",
        "A big victory in the harbour race was not enough to claim the nomination.",
        # "on record" is where a stance stands, not who holds it
        "Lee and Voss, the two harbour leaders, are on record opposing the plan for a toll,"
        " but neither has spoken.",
        # a quoted name under a verb of naming, things for its subject
        "The island sits on a chain of reefs and volcanoes known as the ``ring of storms''"
        " and is often flooded.",
    ],
)
def test_things_taking_or_named_are_no_speakers(nlp: Any, text: str) -> None:
    found = [q for q in quotes(nlp, text) if q.kind != "direct"]
    assert found and all(q.inanimate_source for q in found)


@pytest.mark.parametrize(
    "text",
    [
        "The mayor claimed the ferry was unsafe.",
        "The harbour board claimed a victory over the ferry company.",
        # the contents of a record speak for it
        "The contents of the harbour dossier, describing the ferry's losses, were read out.",
    ],
)
def test_someone_claiming_still_speaks(nlp: Any, text: str) -> None:
    found = [q for q in quotes(nlp, text) if q.kind != "direct"]
    assert found and not any(q.inanimate_source for q in found)
