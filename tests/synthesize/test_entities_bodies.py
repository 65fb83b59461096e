"""Entity panel defects from a read of six briefs (session 14): a national body is not its
nation nor the nation's general authority, a stance adjective ("anti-Lee") is no mention of
the person, and a party's singular, adjective and nickname forms join the party. Invented
articles, tagged by hand where the model's own labels would vary."""

from __future__ import annotations

import pytest

from crossbrief.model import Entity
from crossbrief.synthesize.entities.names import name_key, strip_titles, trim
from tests.synthesize.test_entities import article, entities, holding


def _forms(entity: Entity) -> set[str]:
    return {a.form for a in entity.aliases}


def test_a_body_named_with_a_nations_adjective_is_not_the_nation() -> None:
    text = (
        "South Africa said so. South African officials met. South African doctors agreed. "
        "South African nurses left. Aid came from the South African Red Cross on Monday."
    )
    found, _ = entities(
        article(
            "a",
            text,
            [
                ("South Africa", "GPE"),
                ("South African", "NORP"),
                ("South African", "NORP"),
                ("South African", "NORP"),
                ("the South African Red Cross", "NORP"),
            ],
        )
    )
    nation = holding(found, "South Africa")
    assert holding(found, "the South African Red Cross") is not nation
    # Negative: the adjective alone still stands for the nation's people.
    assert holding(found, "South African") is nation


def test_a_nations_general_authority_is_not_its_specialised_one() -> None:
    text = (
        "The Norwegian Authority opened the port. The Norwegian Authority said it was safe. "
        "The head of the Norwegian Civil Aviation Authority was away."
    )
    found, _ = entities(
        article(
            "a",
            text,
            [
                ("The Norwegian Authority", "ORG"),
                ("The Norwegian Authority", "ORG"),
                ("the Norwegian Civil Aviation Authority", "ORG"),
            ],
        )
    )
    general = holding(found, "The Norwegian Authority")
    assert holding(found, "the Norwegian Civil Aviation Authority") is not general


def test_a_short_form_keeping_the_nations_adjective_and_function_still_joins() -> None:
    # Negative: dropping a word that is not the function leaves the same body.
    text = "The Norwegian Civil Aviation Authority met. The Norwegian Aviation Authority agreed."
    found, _ = entities(
        article(
            "a",
            text,
            [
                ("The Norwegian Civil Aviation Authority", "ORG"),
                ("The Norwegian Aviation Authority", "ORG"),
            ],
        )
    )
    assert holding(found, "The Norwegian Aviation Authority") is holding(
        found, "The Norwegian Civil Aviation Authority"
    )


def test_a_stance_adjective_is_no_mention_of_the_person() -> None:
    text = "Ann Lee spoke. Rivals paid for an anti-Lee campaign. Lee said she would fight."
    found, _ = entities(
        article("a", text, [("Ann Lee", "PERSON"), ("anti-Lee", "PERSON"), ("Lee", "PERSON")])
    )
    assert not [e for e in found if "anti-Lee" in _forms(e)]
    # Negative: the person's own mentions still make one row.
    assert holding(found, "Lee") is holding(found, "Ann Lee")


def test_a_name_after_a_stance_prefix_is_dropped_but_a_hyphenated_name_stays() -> None:
    text = "A pro-Lee rally formed. Ann Lee spoke. Mia Lee-Varga left."
    found, _ = entities(
        article("a", text, [("Lee", "PERSON"), ("Ann Lee", "PERSON"), ("Mia Lee-Varga", "PERSON")])
    )
    assert [a.form for a in holding(found, "Ann Lee").aliases] == ["Ann Lee"]
    # Negative: a double-barrelled surname is a name, not a stance.
    assert holding(found, "Mia Lee-Varga") is not holding(found, "Ann Lee")


def test_a_partys_adjective_and_singular_join_the_party() -> None:
    text = (
        "The Progressive Party met. A Progressive senator spoke. "
        "One Progressive said no. Progressives agreed."
    )
    found, _ = entities(
        article(
            "a",
            text,
            [
                ("The Progressive Party", "ORG"),
                ("Progressive", "NORP"),
                ("Progressive", "NORP"),
                ("Progressives", "NORP"),
            ],
        )
    )
    party = holding(found, "The Progressive Party")
    assert holding(found, "Progressive") is party and party.name == "Progressive Party"


def test_a_partys_adjective_stays_apart_when_no_party_is_named() -> None:
    # Negative: with no party of that name in the story the adjective joins nothing.
    text = "The Progressive Alliance met. A Progressive senator spoke. A Progressive left."
    found, _ = entities(
        article(
            "a",
            text,
            [("The Progressive Alliance", "ORG"), ("Progressive", "NORP"), ("Progressive", "NORP")],
        )
    )
    assert holding(found, "Progressive") is not holding(found, "The Progressive Alliance")


def test_tory_joins_the_conservative_party_only_when_it_is_named() -> None:
    text = "The Conservative Party met. A Tory source said so."
    found, _ = entities(article("a", text, [("The Conservative Party", "ORG"), ("Tory", "NORP")]))
    assert holding(found, "Tory") is holding(found, "The Conservative Party")
    # Negative: alone, the word joins nothing.
    found, _ = entities(article("b", "A Tory source said so.", [("Tory", "NORP")]))
    assert holding(found, "Tory").name == "Tory"


@pytest.mark.parametrize(
    ("form", "key"),
    [
        ("General Velmora Motors", "general velmora motors"),
        ("Admiral Insurance", "admiral insurance"),
        ("General Velmora Motors Corp.", "general velmora motors"),
        # Negative: before a person's name the title still goes.
        ("General Ann Lee", "ann lee"),
        ("Gen. Ann Lee", "ann lee"),
        ("Admiral Tom Berg", "tom berg"),
    ],
)
def test_a_title_word_leads_only_a_persons_name(form: str, key: str) -> None:
    assert name_key(form) == key
    # The form shown keeps the title exactly when the key does.
    assert strip_titles(form).startswith(form.split()[0]) == key.startswith(("general", "admiral"))


def test_a_firm_opening_with_a_title_word_takes_its_initials() -> None:
    text = "General Velmora Motors cut jobs. GVM said sales fell. Ann Lee of GVM spoke."
    found, _ = entities(
        article(
            "a",
            text,
            [
                ("General Velmora Motors", "ORG"),
                ("GVM", "ORG"),
                ("Ann Lee", "PERSON"),
                ("GVM", "ORG"),
            ],
        )
    )
    firm = holding(found, "GVM")
    assert (
        firm is holding(found, "General Velmora Motors") and firm.name == "General Velmora Motors"
    )
    # Negative: the person is no form of the firm.
    assert holding(found, "Ann Lee") is not firm


def test_a_title_cut_from_its_qualifier_is_no_part_of_the_form() -> None:
    # "Harbour" qualifies "Chief" and is no title: the run cannot take the office whole, so
    # "Chief" alone is not written; the abbreviated title after it still is.
    text = "The Harbour Chief Sen. Tom Berg said no. Later the Harbour Chief Ann Lee left."
    found, _ = entities(article("a", text, [("Tom Berg", "PERSON"), ("Ann Lee", "PERSON")]))
    assert [a.form for a in holding(found, "Sen. Tom Berg").aliases] == ["Sen. Tom Berg"]
    assert [a.form for a in holding(found, "Ann Lee").aliases] == ["Ann Lee"]


def test_a_title_after_a_place_name_or_a_sentence_start_is_kept() -> None:
    # Negative: a tagged name before the title ("Velmora") or an opening word is no office
    # the run was cut from.
    text = "Velmora Governor Tom Berg said no. Chief Ann Lee left."
    found, _ = entities(
        article("a", text, [("Velmora", "GPE"), ("Tom Berg", "PERSON"), ("Ann Lee", "PERSON")])
    )
    assert holding(found, "Governor Tom Berg").name == "Tom Berg"
    assert [a.form for a in holding(found, "Chief Ann Lee").aliases] == ["Chief Ann Lee"]


@pytest.mark.parametrize(
    ("span", "name"),
    [
        ("the Velmora Children's Fund", "the Velmora Children's Fund"),
        ("the Orla Women's Institute", "the Orla Women's Institute"),
        ("Velmora People's Party", "Velmora People's Party"),
        # Negative: a name's possessive before other capitalised words still ends it.
        ("Ostrel's Harbour Board", "Ostrel's"),
        ("Velmora's Children Fund", "Velmora's"),
    ],
)
def test_an_irregular_plurals_possessive_is_inside_a_name(span: str, name: str) -> None:
    assert trim(span) == name


def test_a_cut_title_run_at_a_sentences_start_keeps_only_its_abbreviated_title() -> None:
    text = "It rained. Harbour Chief Sen. Tom Berg said no. Yesterday Governor Ann Lee left."
    found, _ = entities(article("a", text, [("Tom Berg", "PERSON"), ("Ann Lee", "PERSON")]))
    assert [a.form for a in holding(found, "Sen. Tom Berg").aliases] == ["Sen. Tom Berg"]
    # Negative: an opening word before a whole title cuts nothing.
    assert [a.form for a in holding(found, "Governor Ann Lee").aliases] == ["Governor Ann Lee"]


def test_a_members_adjective_in_ic_joins_the_members() -> None:
    # "Technocratic" is the adjective of "Technocrats": one group, no party named.
    text = "Technocrats met. A Technocrat spoke. Technocratic senators left. Technocrats won."
    found, _ = entities(
        article(
            "a",
            text,
            [
                ("Technocrats", "NORP"),
                ("Technocrat", "NORP"),
                ("Technocratic", "NORP"),
                ("Technocrats", "NORP"),
            ],
        )
    )
    assert holding(found, "Technocratic") is holding(found, "Technocrats")
    # Negative: a word in "-ic" with no members of that stem joins nothing.
    text = "Velmorans met. Arctic senators left. Velmorans won."
    found, _ = entities(
        article("b", text, [("Velmorans", "NORP"), ("Arctic", "NORP"), ("Velmorans", "NORP")])
    )
    assert holding(found, "Arctic") is not holding(found, "Velmorans")
