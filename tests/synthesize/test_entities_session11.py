"""Session 11 entity rules: names glued to a quote, row names, merges of common words and
spellings (invented text)."""

from __future__ import annotations

from crossbrief.synthesize.entities.assemble import canonical_name
from crossbrief.synthesize.entities.junk import without_glued_quote
from crossbrief.synthesize.entities.mentions import StoryMention
from tests.synthesize.test_entities import article, entities


def test_a_span_across_a_glued_quote_mark_keeps_the_side_that_is_a_name() -> None:
    text = "Ola Finn went'Tom Bell is back' and the crowd said,'Ah well' at Velora Expo:'We won'."
    tags = [
        ("Ola Finn", "PERSON"),
        ("went'Tom Bell", "PERSON"),
        ("said,'Ah well", "PERSON"),
        ("Velora Expo:'We", "FAC"),
    ]
    found, _ = entities(article("a", text, tags))
    assert sorted(e.name for e in found) == ["Ola Finn", "Tom Bell", "Velora Expo"]


def test_an_apostrophe_inside_a_name_is_no_glued_quote() -> None:
    for name in ("Tom O'Neil", "Bell's", "Ann D'Arcy"):
        assert without_glued_quote(name, 0, len(name)) == (name, 0, len(name))
    assert without_glued_quote("says'I", 0, 6) is None


def _named(*forms: str, person: bool = False, common: bool = False) -> str:
    mentions = [StoryMention(f"a{i}", 0, 0, len(f), f, "PERSON") for i, f in enumerate(forms)]
    for m in mentions:
        m.common = common and " " not in m.text
    return canonical_name(mentions, person=person)


def test_two_different_long_forms_written_once_each_do_not_name_the_row() -> None:
    # The character is "the Keeper" everywhere; a role title and a team name written once
    # each are two names, not one fuller name written twice.
    assert _named("Keeper", "Keeper", "Keeper", "Sky Keeper", "Nine Keepers") == "Keeper"
    # Spelling variants of one fuller name still count together.
    assert (
        _named("Keeper", "Keeper", "Keeper", "Velora Keeper", "Vellora Keeper") == "Velora Keeper"
    )
    # A form ending in a lower-case word is a role, not a fuller name.
    assert _named("Keeper", "Keeper", "Sky Keeper", "Sky keeper") == "Keeper"


def test_a_common_noun_used_as_a_name_is_completed_by_no_fuller_name() -> None:
    # "Keeper" beside "a keeper" in the story: no surname for "Sky Keeper" to complete.
    assert _named("Keeper", "Keeper", "Sky Keeper", person=True, common=True) == "Keeper"
    # A surname is still completed by the full name ("Dosa" and one "Kiri Dosa").
    assert _named("Dosa", "Dosa", "Kiri Dosa", person=True) == "Kiri Dosa"


def test_a_job_title_alone_tagged_a_person_is_no_entity() -> None:
    text = "Controller, Vela Radio, said it aired. The controller of Vela Radio, Ann Lee, agreed."
    tags = [("Controller", "PERSON"), ("Vela Radio", "ORG"), ("Vela Radio", "ORG")]
    tags += [("Ann Lee", "PERSON")]
    found, _ = entities(article("a", text, tags))
    assert sorted(e.name for e in found) == ["Ann Lee", "Vela Radio"]
    # Addressed with a title, the word is a surname ("Ms. Controller").
    text = "Ms. Controller, of Vela Radio, said it aired. The controller of Vela Radio agreed."
    found, _ = entities(article("a", text, [("Ms. Controller", "PERSON"), *tags[1:3]]))
    assert sorted(e.name for e in found) == ["Controller", "Vela Radio"]
    # Without the word in lower case it is a name ("Controller" as a surname).
    found, _ = entities(article("a", "Controller, Vela Radio, said it aired.", tags[:2]))
    assert sorted(e.name for e in found) == ["Controller", "Vela Radio"]


def test_a_common_word_is_no_short_form_of_an_organisation() -> None:
    text = "The Velora State Board met. State officials said the state would pay."
    tags = [("The Velora State Board", "ORG"), ("State", "ORG")]
    found, _ = entities(article("a", text, tags))
    assert len(found) == 2


def test_a_fuller_name_written_twice_still_names_the_row() -> None:
    text = "Kiri Dosa won. Dosa spoke. Kiri Dosa left. Dosa slept."
    tags = [("Kiri Dosa", "PERSON"), ("Dosa", "PERSON"), ("Kiri Dosa", "PERSON")]
    tags += [("Dosa", "PERSON")]
    found, _ = entities(article("a", text, tags))
    assert [e.name for e in found] == ["Kiri Dosa"]


def test_a_rare_national_arm_does_not_name_the_acronym_most_articles_write() -> None:
    texts = [
        "VBC aired the show. VBC said so.",
        "VBC and VBC America aired it.",
        "VBC America aired it too. VBC agreed.",
        "VBC won.",
    ]
    tags = [
        [("VBC", "ORG"), ("VBC", "ORG")],
        [("VBC", "ORG"), ("VBC America", "ORG")],
        [("VBC America", "ORG"), ("VBC", "ORG")],
        [("VBC", "ORG")],
    ]
    found, _ = entities(
        *(article(str(i), t, g) for i, (t, g) in enumerate(zip(texts, tags, strict=True)))
    )
    row = next(e for e in found if "VBC" in [a.form for a in e.aliases])
    assert row.name == "VBC"


def test_a_bare_compass_word_beside_two_twin_places_is_a_region() -> None:
    text = "She won North Vela and South Vela. The South backed her."
    tags = [("North Vela", "GPE"), ("South Vela", "GPE"), ("South", "LOC")]
    found, _ = entities(article("a", text, tags))
    assert len(found) == 3
    # With the opposite word alone too, the two words are the twin halves.
    text = "North Vela and South Vela met. The North and the South talked."
    tags = [("North Vela", "GPE"), ("South Vela", "GPE"), ("North", "LOC"), ("South", "LOC")]
    found, _ = entities(article("a", text, tags))
    assert len(found) == 2


def test_a_portfolio_after_secretary_of_is_no_organisation() -> None:
    text = "Ann Lee, the Secretary of State, spoke. Voters in the Sunshine State cheered."
    tags = [("Ann Lee", "PERSON"), ("State", "ORG"), ("the Sunshine State", "ORG")]
    found, _ = entities(article("a", text, tags))
    assert sorted(e.name for e in found) == ["Ann Lee", "Sunshine State"]
    # Elsewhere a one-word organisation stays one ("the head of Velora").
    text = "Ann Lee, the head of Velora, spoke. Voters in the Sunshine State cheered."
    tags = [("Ann Lee", "PERSON"), ("Velora", "ORG"), ("the Sunshine State", "ORG")]
    found, _ = entities(article("a", text, tags))
    assert sorted(e.name for e in found) == ["Ann Lee", "Sunshine State", "Velora"]


def test_a_people_and_a_plural_are_no_spelling_variants_of_a_name() -> None:
    text = "The two Velorias met. A Velorian guard watched. Talks between the Velorias went on."
    tags = [("Velorias", "GPE"), ("Velorian", "NORP"), ("Velorias", "GPE")]
    found, _ = entities(article("a", text, tags))
    assert len(found) == 2
    # A letter changed elsewhere in the word is still one name spelled two ways.
    text = "Kiri Dosavik spoke. Kiri Dosavic agreed."
    found, _ = entities(
        article("a", text, [("Kiri Dosavik", "PERSON"), ("Kiri Dosavic", "PERSON")])
    )
    assert len(found) == 1


def test_a_number_after_a_name_in_words_or_figures_is_one_spelling() -> None:
    text = "It aired on Vela One. Vela1 said so. Vela Two did not."
    tags = [("Vela One", "ORG"), ("Vela1", "ORG"), ("Vela Two", "ORG")]
    found, _ = entities(article("a", text, tags))
    assert sorted(sorted(a.form for a in e.aliases) for e in found) == [
        ["Vela One", "Vela1"],
        ["Vela Two"],
    ]


def test_a_capital_called_a_capital_in_apposition_is_the_city_of_its_dateline() -> None:
    body = (
        "OSLO, Norway \u2014 Norway's fishing talks began. The phones sit on a desk in Oslo, "
        "the country's capital. Norway said it would talk."
    )
    tags = [("OSLO", "GPE"), ("Norway", "GPE"), ("Norway", "GPE")]
    tags += [("Oslo", "GPE"), ("Norway", "GPE")]
    found, _ = entities(article("a", body, tags))
    assert sorted(sorted(a.form for a in e.aliases) for e in found) == [
        ["Norway"],
        ["OSLO", "Oslo"],
    ]
    # Without the apposition, a capital that speaks stands for its government, as before.
    body = body.replace("a desk in Oslo, the country's capital", "desks. Oslo said so")
    found, _ = entities(article("a", body, tags))
    assert ["Oslo"] in [[a.form for a in e.aliases if a.kind == "capital"] for e in found]


def test_a_bodys_short_name_tagged_a_person_is_the_body() -> None:
    text = "The State Velm met. Velm voted. Ann Lee spoke in the State Velm."
    tags = [("The State Velm", "ORG"), ("Velm", "PERSON"), ("Ann Lee", "PERSON")]
    tags += [("the State Velm", "ORG")]
    found, _ = entities(article("a", text, tags))
    assert sorted((e.name, e.type) for e in found) == [("Ann Lee", "PERSON"), ("State Velm", "ORG")]
    # A surname of a person of the story stays that person's.
    text = "The State Velm met. Kiri Velm voted. Later Velm adjourned."
    tags = [("The State Velm", "ORG"), ("Kiri Velm", "PERSON"), ("Velm", "PERSON")]
    found, _ = entities(article("a", text, tags))
    assert sorted(e.name for e in found) == ["Kiri Velm", "State Velm"]


def test_a_network_one_posts_on_or_takes_to_is_no_person() -> None:
    text = "Fans took to Velo at once. Ann Lee posted on Velo that she was glad."
    tags = [("Velo", "PERSON"), ("Ann Lee", "PERSON"), ("Velo", "PERSON")]
    found, _ = entities(article("a", text, tags))
    assert sorted((e.name, e.type) for e in found) == [("Ann Lee", "PERSON"), ("Velo", "ORG")]
    # A person one talks to stays a person.
    text = "Fans talked to Velo at once. Ann Lee met Velo later."
    found, _ = entities(article("a", text, tags))
    assert ("Velo", "PERSON") in [(e.name, e.type) for e in found]


def test_an_acronym_that_names_a_charge_is_no_entity() -> None:
    text = "Ann Lee was arrested for DWX. The DWX charge is her second. DWX officials declined."
    tags = [("Ann Lee", "PERSON"), ("DWX", "ORG"), ("DWX", "ORG"), ("DWX", "ORG")]
    found, _ = entities(article("a", text, tags))
    # The agency of the last sentence stays; the two charges are no mentions of it.
    assert sorted((e.name, sum(a.count for a in e.aliases)) for e in found) == [
        ("Ann Lee", 1),
        ("DWX", 1),
    ]


def test_a_lone_initial_tagged_a_person_is_no_entity() -> None:
    text = "Ann Lee paid the fees. K.\n\nAnn Lee left."
    tags = [("Ann Lee", "PERSON"), ("K.", "PERSON"), ("Ann Lee", "PERSON")]
    found, _ = entities(article("a", text, tags))
    assert [e.name for e in found] == ["Ann Lee"]


def test_two_names_of_a_list_run_together_are_no_person() -> None:
    text = "Ann Lee followed Eccles, Tenby and Moss in the role."
    tags = [("Ann Lee", "PERSON"), ("Eccles, Tenby", "PERSON"), ("Moss", "PERSON")]
    found, _ = entities(article("a", text, tags))
    assert sorted(e.name for e in found) == ["Ann Lee", "Moss"]
    # A generation after the comma is part of the name.
    text = "Kiri Dosa, Jr. spoke."
    found, _ = entities(article("a", text, [("Kiri Dosa, Jr.", "PERSON")]))
    assert len(found) == 1
