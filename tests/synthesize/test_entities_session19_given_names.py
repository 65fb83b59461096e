"""Given names the NER types a place or a body, from the session-19 read: a family's victims
listed by given name and age, and a given name split from the surname it tagged a person.
Invented articles; the NER's slips are tagged by hand."""

from __future__ import annotations

from crossbrief.model import Entity
from crossbrief.synthesize.entities import build_entities
from crossbrief.synthesize.story import Story
from tests.synthesize.builders import tagged_article


def _row(found: list[Entity], form: str) -> Entity:
    return next(e for e in found if any(a.form == form for a in e.aliases))


def test_a_given_name_with_an_age_in_apposition_is_a_person() -> None:
    lines = [
        "Two girls, Mirela, 16, and Dorana, 9 months, were found near the river.",
        "Their uncle, Tomislav Orsic, 51, said the search went on.",
    ]
    names = [("Mirela", "GPE"), ("Dorana", "ORG"), ("Tomislav Orsic", "PERSON")]
    found, _ = build_entities(Story([tagged_article("a1", lines, names)]))
    assert _row(found, "Mirela").type == "PERSON"
    assert _row(found, "Dorana").type == "PERSON"


def test_a_place_with_a_count_or_a_year_is_no_person() -> None:
    lines = [
        "Deaths were counted in Velmora, 12, and the camp at Orlen, 5, last week.",
        "The pact was signed at Tarnby, 1998, by the two sides.",
        "Kestrel, 1998, was the year of the flood.",
    ]
    names = [("Velmora", "GPE"), ("Orlen", "GPE"), ("Tarnby", "GPE"), ("Kestrel", "GPE")]
    found, _ = build_entities(Story([tagged_article("a1", lines, names)]))
    assert _row(found, "Velmora").type == "GPE"
    assert _row(found, "Orlen").type == "GPE"
    assert _row(found, "Kestrel").type == "GPE"


def test_a_given_name_typed_a_place_before_a_tagged_surname_is_one_name() -> None:
    lines = [
        "An earlier trial ended when the defendant, Velan Orsic, died in his cell.",
        "Orsic had denied the charges.",
    ]
    names = [("Velan", "GPE"), ("Orsic", "PERSON")]
    found, _ = build_entities(Story([tagged_article("a1", lines, names)]))
    row = _row(found, "Velan Orsic")
    assert row.type == "PERSON"
    assert _row(found, "Orsic") is row
    assert not any(e.name == "Velan" for e in found)


def test_a_country_or_an_acronym_before_a_surname_stays_apart() -> None:
    lines = [
        "The envoy met France Orsic aides, and NATO Tarvic staff, on Monday.",
    ]
    names = [("France", "GPE"), ("Orsic", "PERSON"), ("NATO", "ORG"), ("Tarvic", "PERSON")]
    found, _ = build_entities(Story([tagged_article("a1", lines, names)]))
    assert _row(found, "France").type == "GPE"
    assert _row(found, "NATO") is not _row(found, "Tarvic")
    assert not any(a.form == "NATO Tarvic" for e in found for a in e.aliases)


def test_a_given_name_introduced_with_an_age_is_no_short_form_of_another_person() -> None:
    first = tagged_article(
        "a1", ["The minister, Velanko Orsic, praised the arrest."], [("Velanko Orsic", "PERSON")]
    )
    second = tagged_article(
        "a2",
        ["They found Velan, 65, near the tent.", "Later Velan was buried."],
        [("Velan", "PERSON")],
    )
    found, _ = build_entities(Story([first, second]))
    assert _row(found, "Velan") is not _row(found, "Velanko Orsic")


def test_a_lone_short_first_name_without_an_age_still_joins() -> None:
    first = tagged_article(
        "a1", ["The minister, Velanko Orsic, praised the arrest."], [("Velanko Orsic", "PERSON")]
    )
    second = tagged_article("a2", ["Velan thanked the crowd."], [("Velan", "PERSON")])
    found, _ = build_entities(Story([first, second]))
    assert _row(found, "Velan") is _row(found, "Velanko Orsic")
