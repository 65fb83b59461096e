"""Entity rules from a read of real briefs: places, capitals, parties, debris (invented text)."""

from __future__ import annotations

from crossbrief.model import Entity
from tests.synthesize.test_entities import article, entities, holding


def _forms(found: list[Entity]) -> set[str]:
    return {a.form for e in found for a in e.aliases}


def test_a_province_stays_apart_from_its_capital_the_ner_called_a_person() -> None:
    text = "Houses fell in Velmar Dosa. Velmor was hit. People fled in Velmar Dosa. Velmor waits."
    found, _ = entities(
        article(
            "a",
            text,
            [
                ("Velmar Dosa", "PERSON"),
                ("Velmor", "GPE"),
                ("Velmar Dosa", "PERSON"),
                ("Velmor", "GPE"),
            ],
        )
    )
    city, province = holding(found, "Velmar Dosa"), holding(found, "Velmor")
    assert city is not province and city.type == "GPE"


def test_a_person_after_in_with_a_possessive_stays_a_person() -> None:
    text = "Anna Velmor spoke. The word in Anna Velmor's letter was plain. Velmor left."
    found, _ = entities(
        article(
            "a", text, [("Anna Velmor", "PERSON"), ("Anna Velmor", "PERSON"), ("Velmor", "PERSON")]
        )
    )
    anna = holding(found, "Anna Velmor")
    assert anna.type == "PERSON" and holding(found, "Velmor") is anna


def test_a_capital_placed_by_a_bearing_is_the_city_not_the_government() -> None:
    text = (
        "Sweden mourned. The town lies 300 miles west of Stockholm. Stockholm said it would help."
    )
    found, _ = entities(
        article("a", text, [("Sweden", "GPE"), ("Stockholm", "GPE"), ("Stockholm", "GPE")])
    )
    sweden = holding(found, "Sweden")
    kinds = [(e.name, a.kind, a.count) for e in found for a in e.aliases if a.form == "Stockholm"]
    assert sorted(kinds) == [("Stockholm", "name", 1), ("Sweden", "capital", 1)]
    assert sweden.name == "Sweden"


def test_spellings_and_short_forms_of_one_party_are_one_entity() -> None:
    text = (
        "The Communist Refounding Party voted. The Communist Refoundation Party left. "
        "Refoundation split. The Communist Refoundation had 34 votes."
    )
    found, _ = entities(
        article(
            "a",
            text,
            [
                ("Communist Refounding Party", "ORG"),
                ("Communist Refoundation Party", "ORG"),
                ("Refoundation", "ORG"),
                ("Communist Refoundation", "ORG"),
            ],
        )
    )
    party = holding(found, "Communist Refounding Party")
    assert {holding(found, f) for f in ("Refoundation", "Communist Refoundation")} == {party}
    assert holding(found, "Communist Refoundation Party") is party


def test_two_parties_sharing_a_word_stay_apart() -> None:
    text = "The Communist Refoundation Party and the Italian Communist Party met. Communist left."
    found, _ = entities(
        article(
            "a",
            text,
            [
                ("Communist Refoundation Party", "ORG"),
                ("Italian Communist Party", "ORG"),
                ("Communist", "ORG"),
            ],
        )
    )
    refoundation = holding(found, "Communist Refoundation Party")
    assert refoundation is not holding(found, "Italian Communist Party")
    assert holding(found, "Communist") is not refoundation


def test_time_zones_and_wire_slugs_are_no_entities() -> None:
    text = "It began at 0300 GMT. The vote, 3rd graf prv. Steffi Graf watched."
    found, _ = entities(
        article("a", text, [("GMT", "ORG"), ("3rd graf prv", "PERSON"), ("Steffi Graf", "PERSON")])
    )
    assert _forms(found) == {"Steffi Graf"}


def test_a_fund_named_after_a_person_is_not_that_person() -> None:
    text = (
        "Anna Velmor died. Friends of Anna Velmor grieved. Anna Velmor was 21. "
        "They set up the Anna Velmor Memorial Fund."
    )
    found, _ = entities(
        article("a", text, [("Anna Velmor", "PERSON")] * 3 + [("Anna Velmor Memorial Fund", "ORG")])
    )
    assert holding(found, "Anna Velmor Memorial Fund") is not holding(found, "Anna Velmor")
