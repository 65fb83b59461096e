"""Kinds a name's own words give away when the NER tagged a person: a firm's trade word
ending it ("Orvex Technologies", "Dalen Capital"), a mountain's "Mount"/"Mt" opening it
("Mount Velda", the same peak as "Mt Velda"). Invented articles; NER slips tagged by hand."""

from __future__ import annotations

from typing import Any

from crossbrief.model import Entity
from crossbrief.synthesize.entities import build_entities
from crossbrief.synthesize.entities.designators import designated_kind
from crossbrief.synthesize.entities.names import name_key
from tests.synthesize.builders import story_with_entities, tagged_everywhere
from tests.synthesize.stories import texts_story


def _holding(found: list[Entity], form: str) -> list[Entity]:
    return [e for e in found if any(a.form == form for a in e.aliases)]


def _kind(name: str, text: str, label: str = "PERSON") -> str | None:
    at = text.index(name)
    return designated_kind(name, text, at, at + len(name), label, set())


def test_a_trade_word_ending_a_name_tagged_a_person_makes_a_firm() -> None:
    for name in ("Orvex Technologies", "Dalen Capital", "Brisk Lab", "Tarn Labs", "Kell Partners"):
        assert _kind(name, f"Analysts at {name} cut their forecast.") == "ORG", name
    # Negative: the word opening a name makes no firm, a place keeps its label, and a
    # person addressed by a title stays a person.
    assert _kind("Capital Moren", "Capital Moren scored twice.") is None
    assert _kind("Dalen Capital", "Dalen Capital is the seat of the province.", "GPE") is None
    assert _kind("Mr. Ivo Partners", "Mr. Ivo Partners said he would stay.") is None


def test_mount_opening_a_name_tagged_a_person_makes_a_place() -> None:
    assert _kind("Mount Velda", "Climbers reached Mount Velda on Monday.") == "LOC"
    assert _kind("Mt Velda", "Snow fell on Mt Velda overnight.") == "LOC"
    assert _kind("Mt. Velda", "Snow fell on Mt. Velda overnight.") == "LOC"
    # Negative: a person surnamed Mount stays a person, as does a body named after a peak.
    assert _kind("Ferris Mount", "Ferris Mount said the road was shut.") is None
    assert _kind("Mount Velda", "Mount Velda Hospital treated the climbers.", "ORG") is None


def test_mt_abbreviates_mount_for_one_key() -> None:
    assert name_key("Mt Velda") == name_key("Mount Velda")
    assert name_key("Mt. Velda") == name_key("Mount Velda")
    # Negative: capitals "MT" (a tanker's prefix, a state's code) are no "Mount".
    assert name_key("MT Velda") != name_key("Mount Velda")


def test_a_peak_written_both_ways_is_one_place() -> None:
    _, found = story_with_entities(
        tagged_everywhere(
            "a1",
            [
                "Two climbers died on Mount Velda on Sunday.",
                "Rescuers reached the summit of Mt Velda by helicopter.",
                "Ferris Mount, a guide, said the weather had turned.",
            ],
            [("Mount Velda", "PERSON"), ("Mt Velda", "PERSON"), ("Ferris Mount", "PERSON")],
        ),
    )
    peak = _holding(found, "Mount Velda")
    assert len(peak) == 1 and peak[0].type == "LOC"
    assert _holding(found, "Mt Velda") == peak
    # Negative: the guide surnamed Mount stays a person, apart from the peak.
    guide = _holding(found, "Ferris Mount")
    assert guide and guide[0].type == "PERSON" and guide != peak


def test_firm_and_peak_names_with_the_real_model(nlp: Any) -> None:
    texts = (
        "Two climbers died on Mount Velda on Sunday, police said. "
        "Orvex Technologies, which made their radios, said it was shocked.",
        "Rescuers reached Mt Velda by helicopter on Monday. "
        "Ferris Mount, a guide, said Orvex Technologies had sent new radios.",
    )
    found, _ = build_entities(texts_story(nlp, *texts, source="s"))
    firm = _holding(found, "Orvex Technologies")
    assert firm and all(e.type == "ORG" for e in firm)
    peak = _holding(found, "Mount Velda")
    assert len(peak) == 1 and peak[0].type in {"LOC", "GPE"}
    assert _holding(found, "Mt Velda") == peak
    # Negative: the guide surnamed Mount is a person, apart from the peak.
    guide = _holding(found, "Ferris Mount")
    assert guide and guide[0].type == "PERSON" and guide != peak
