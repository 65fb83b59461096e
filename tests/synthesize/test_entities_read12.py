"""Merges session 12's read found wrong: a state's abbreviation taken for an acronym or a
country code ("Ala.", "La.") or for the degree "MD", a son the story calls "Arun Jr."
taken for a run-on of his father's name, and a person joined to an event named with his
first name (invented text)."""

from __future__ import annotations

from crossbrief.model import Entity
from crossbrief.synthesize.entities.names import is_acronym_form
from tests.synthesize.test_entities import article, entities, holding


def _ids(found: list[Entity], *forms: str) -> set[str]:
    return {holding(found, form).id for form in forms}


def test_a_state_abbreviation_joins_its_state_not_an_acronym() -> None:
    found, _ = entities(
        article(
            "one",
            "The Alabama Library Association met in Orlen. The clinic is in Orlen, Ala.",
            [("Alabama Library Association", "ORG"), ("Orlen", "GPE"), ("Ala.", "GPE")],
        ),
        article("two", "Alabama voted.", [("Alabama", "GPE")]),
    )
    assert holding(found, "Ala.") is holding(found, "Alabama")
    assert holding(found, "Ala.") is not holding(found, "Alabama Library Association")


def test_a_state_abbreviation_is_no_country_code() -> None:
    found, _ = entities(
        article(
            "one",
            "Migrants from Laos settled in Velmora, La. near the bay.",
            [("Laos", "GPE"), ("Velmora", "GPE"), ("La.", "GPE")],
        )
    )
    assert len(_ids(found, "Laos", "La.")) == 2


def test_maryland_is_not_the_degree() -> None:
    found, _ = entities(
        article(
            "one",
            "Ana Velko, MD, runs a lab in Orlen, Md. with Leo Brand, MD.",
            [("Ana Velko", "PERSON"), ("MD", "GPE"), ("Orlen", "GPE"), ("Md.", "GPE"),
             ("Leo Brand", "PERSON"), ("MD", "GPE")],
        )
    )  # fmt: skip
    # the degree after a name is no entity at all (session 12); the state still is one
    assert not any(a.form == "MD" for e in found for a in e.aliases)
    assert holding(found, "Md.")


def test_a_word_cut_short_is_no_acronym_but_dotted_initials_are() -> None:
    assert not is_acronym_form("Ala.") and not is_acronym_form("Gov.")
    assert is_acronym_form("U.N.") and is_acronym_form("NATO") and is_acronym_form("u.s.")


def test_a_person_never_joins_an_event_named_with_his_first_name() -> None:
    found, _ = entities(
        article(
            "one",
            "The storms Ida and Marco left. Hurricane Marco hit the coast. "
            "President Marco Velko flew in.",
            [("Marco", "EVENT"), ("Hurricane Marco", "EVENT"), ("Marco Velko", "PERSON")],
        )
    )
    people = [e for e in found if any("Velko" in al.form for al in e.aliases)]
    assert len(people) == 1 and people[0] is not holding(found, "Hurricane Marco")


def _father_and_son(son_short: str) -> list[Entity]:
    father = "Arun Velko spoke. " * 3
    text = father + "Arun Velko Jr. spoke after him. " + f"{son_short} waved."
    mentions = [("Arun Velko", "PERSON")] * 3 + [
        ("Arun Velko Jr.", "PERSON"),
        (son_short, "PERSON"),
    ]
    found, _ = entities(article("one", text, mentions))
    return found


def test_a_son_the_story_calls_jr_alone_is_no_run_on_of_his_father() -> None:
    found = _father_and_son("Arun Jr.")
    assert holding(found, "Arun Velko Jr.") is not holding(found, "Arun Velko")


def test_a_full_name_with_jr_and_no_short_jr_form_stays_the_frequent_name() -> None:
    # With no "Arun Jr." the "Jr." form beside a frequent "Arun Velko" is as often one
    # man's formal name ("Robert Velko III", "Roger Velko Jr."): the run-on rule decides.
    found = _father_and_son("Mr. Velko")
    assert holding(found, "Arun Velko Jr.") is holding(found, "Arun Velko")
