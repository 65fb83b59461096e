"""Entity rules from a read of real briefs: places, capitals, parties, debris (invented text)."""

from __future__ import annotations

import pytest

from crossbrief.model import Entity
from crossbrief.synthesize.entities import trim
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


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The note lay in Anna Velmor's desk all winter.", "Anna Velmor"),
        ("The note lay in Anna Velmor\u2019s desk all winter.", "Anna Velmor"),
        ("The note lay in Petr Velmos' desk all winter.", "Petr Velmos"),
    ],
)
def test_a_name_after_in_with_a_possessive_in_running_text_is_a_person(
    text: str, name: str
) -> None:
    # the name's only mention, so no other mention outvotes the label
    found, _ = entities(article("a", text, [(name, "PERSON")]))
    assert holding(found, name).type == "PERSON"


def test_a_name_after_in_with_no_possessive_is_a_place() -> None:
    found, _ = entities(
        article("a", "Houses fell in Velmar Dosa overnight.", [("Velmar Dosa", "PERSON")])
    )
    assert holding(found, "Velmar Dosa").type == "GPE"


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
        "The Harbour Refounding Party voted. The Harbour Refoundation Party left. "
        "Refoundation split. The Harbour Refoundation had 34 votes."
    )
    found, _ = entities(
        article(
            "a",
            text,
            [
                ("Harbour Refounding Party", "ORG"),
                ("Harbour Refoundation Party", "ORG"),
                ("Refoundation", "ORG"),
                ("Harbour Refoundation", "ORG"),
            ],
        )
    )
    party = holding(found, "Harbour Refounding Party")
    assert {holding(found, f) for f in ("Refoundation", "Harbour Refoundation")} == {party}
    assert holding(found, "Harbour Refoundation Party") is party


def test_two_parties_sharing_a_word_stay_apart() -> None:
    text = "The Harbour Refoundation Party and the Velmoran Harbour Party met. Harbour left."
    found, _ = entities(
        article(
            "a",
            text,
            [
                ("Harbour Refoundation Party", "ORG"),
                ("Velmoran Harbour Party", "ORG"),
                ("Harbour", "ORG"),
            ],
        )
    )
    refoundation = holding(found, "Harbour Refoundation Party")
    assert refoundation is not holding(found, "Velmoran Harbour Party")
    assert holding(found, "Harbour") is not refoundation


def test_time_zones_and_wire_slugs_are_no_entities() -> None:
    text = "It began at 0300 GMT. The ferry, 3rd graf prv. Steffi Graf watched."
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


def test_a_name_qualifying_a_local_office_is_a_place() -> None:
    text = (
        "Velmor police said it. Velmor firefighters came. The Velmor rescue services helped. "
        "Velmor mourned. Velmor is far away."
    )
    found, _ = entities(article("a", text, [("Velmor", "ORG")] * 3 + [("Velmor", "GPE")] * 2))
    assert holding(found, "Velmor").type == "GPE"


def test_an_organisation_with_staff_of_its_own_stays_an_organisation() -> None:
    text = "Velcorp staff said it. Velcorp officials came. Velcorp grew. Velcorp sells tea."
    found, _ = entities(article("a", text, [("Velcorp", "ORG")] * 3 + [("Velcorp", "GPE")]))
    assert holding(found, "Velcorp").type == "ORG"


def test_an_apposition_that_says_what_place_it_is_makes_a_place() -> None:
    text = "Houses fell in Tarsk, the capital of Velmor. Tarsk waits."
    found, _ = entities(article("a", text, [("Tarsk", "ORG"), ("Velmor", "GPE"), ("Tarsk", "ORG")]))
    assert holding(found, "Tarsk").type == "GPE"
    text = "Tarsk, a city councilman, spoke. Tarsk left."
    found, _ = entities(article("a", text, [("Tarsk", "ORG"), ("Tarsk", "ORG")]))
    assert holding(found, "Tarsk").type == "ORG"


def test_a_people_beside_its_place_makes_the_name_a_place() -> None:
    text = "It hit Velmora. Velmora shook. Velmoran villagers fled."
    found, _ = entities(
        article("a", text, [("Velmora", "NORP"), ("Velmora", "NORP"), ("Velmoran", "NORP")])
    )
    place = holding(found, "Velmora")
    assert place.type == "LOC" and holding(found, "Velmoran") is place
    kinds = {a.form: a.kind for a in place.aliases}
    assert kinds == {"Velmora": "name", "Velmoran": "demonym"}


def test_a_people_without_its_place_stays_a_people() -> None:
    found, _ = entities(article("a", "Velmoran villagers fled.", [("Velmoran", "NORP")]))
    assert holding(found, "Velmoran").type == "NORP"


def test_a_capital_the_ner_took_for_a_person_is_still_the_capital() -> None:
    text = "Sudan was warned. Khartoum denied it. Khartoum said nothing."
    found, _ = entities(
        article("a", text, [("Sudan", "GPE"), ("Khartoum", "PERSON"), ("Khartoum", "PERSON")])
    )
    sudan = holding(found, "Khartoum")
    assert sudan.name == "Sudan" and sudan.type == "GPE"


def test_a_capital_that_is_a_persons_surname_stays_the_person() -> None:
    text = "George Washington spoke. The United States voted. Washington said nothing."
    found, _ = entities(
        article(
            "a",
            text,
            [("George Washington", "PERSON"), ("United States", "GPE"), ("Washington", "PERSON")],
        )
    )
    assert holding(found, "Washington") is not holding(found, "United States")


def test_a_capital_the_ner_took_for_a_person_is_a_place_where_it_does_not_speak() -> None:
    text = "Sudan was warned. Khartoum denied it. A voter in Khartoum, Anna, spoke."
    found, _ = entities(
        article("a", text, [("Sudan", "GPE"), ("Khartoum", "PERSON"), ("Khartoum", "PERSON")])
    )
    kinds = sorted(
        (e.name, e.type, a.kind) for e in found for a in e.aliases if a.form == "Khartoum"
    )
    assert kinds == [("Khartoum", "GPE", "name"), ("Sudan", "GPE", "capital")]


def test_a_vote_tally_is_no_part_of_a_name() -> None:
    text = "The vote in Parliament 313 against the motion. Flight 2207 against all odds landed."
    found, _ = entities(article("a", text, [("Parliament 313", "ORG"), ("Flight", "ORG")]))
    assert {e.name for e in found} == {"Parliament", "Flight"}
    text = "Flight 2207 landed. Parliament met."
    found, _ = entities(article("a", text, [("Flight 2207", "ORG"), ("Parliament", "ORG")]))
    assert {e.name for e in found} == {"Flight 2207", "Parliament"}


def test_a_capital_placed_by_a_bearing_through_an_apposition_is_the_city() -> None:
    text = "Sweden mourned. It lies 500 km southwest of the capital, Stockholm. Stockholm said so."
    found, _ = entities(
        article("a", text, [("Sweden", "GPE"), ("Stockholm", "GPE"), ("Stockholm", "GPE")])
    )
    kinds = sorted((e.name, a.kind) for e in found for a in e.aliases if a.form == "Stockholm")
    assert kinds == [("Stockholm", "name"), ("Sweden", "capital")]


def test_the_closing_quote_before_a_name_is_no_part_of_it() -> None:
    text = "``We stay,'' Cossutta told reporters. Anna Cossutta spoke."
    found, _ = entities(
        article("a", text, [("'' Cossutta", "WORK_OF_ART"), ("Anna Cossutta", "PERSON")])
    )
    assert _forms(found) == {"Cossutta", "Anna Cossutta"}
    assert trim("'' Cossutta") == "Cossutta" and trim("Cossutta''s") == "Cossutta''s"
