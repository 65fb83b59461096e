"""Spans that name nothing (units, measures, computing parts, words in lower case) and names
whose kind their neighbours give away (vessels, aircraft, products): invented text."""

from __future__ import annotations

from tests.synthesize.test_entities import article, entities


def _named(text: str, tags: list[tuple[str, str]]) -> dict[str, str]:
    found, _ = entities(article("a", text, tags))
    return {e.name: e.type for e in found}


def test_units_and_measures_are_no_entities() -> None:
    text = "The Velo Pad has 8GB of memory, a 4 GB card and runs at 2.4GHz until 3.45pm daily."
    tags = [("Velo Pad", "PRODUCT"), ("8GB", "GPE"), ("GB", "GPE"), ("2.4GHz", "ORG")]
    tags.append(("3.45pm", "GPE"))
    assert _named(text, tags) == {"Velo Pad": "PRODUCT"}


def test_a_unit_written_as_a_name_without_a_number_stays() -> None:
    # "GB" with no number before it is a name (a team, a country code), not a unit.
    text = "Team riders from GB won twice. Kiri Dosa led GB home."
    assert "GB" in _named(text, [("GB", "GPE"), ("Kiri Dosa", "PERSON"), ("GB", "GPE")])


def test_computing_parts_are_no_entities_but_an_acronym_of_a_body_is() -> None:
    text = "The Velo laptop has more RAM, a faster CPU and two USB ports, said the UAW and the FAA."
    tags = [("Velo", "ORG"), ("RAM", "ORG"), ("CPU", "ORG"), ("USB", "ORG"), ("UAW", "ORG")]
    tags.append(("FAA", "ORG"))
    assert set(_named(text, tags)) == {"Velo", "UAW", "FAA"}


def test_a_word_in_lower_case_is_no_entity() -> None:
    # a pronoun, a plural noun and a byline's initials, all tagged by the NER
    text = "Kiri Dosa told us the screen has more pixels. djp"
    tags = [("Kiri Dosa", "PERSON"), ("us", "GPE"), ("pixels", "GPE"), ("djp", "ORG")]
    assert _named(text, tags) == {"Kiri Dosa": "PERSON"}


def test_a_description_in_lower_case_stays() -> None:
    # more than one word: a description roles and quotes may resolve, not a slip
    text = "The coast guard said Kiri Dosa was safe."
    tags = [("coast guard", "ORG"), ("Kiri Dosa", "PERSON")]
    assert _named(text, tags) == {"coast guard": "ORG", "Kiri Dosa": "PERSON"}


def test_a_name_with_a_capital_inside_stays() -> None:
    text = "Velo sold the iMax phone. Mira de Lanza bought one."
    tags = [("Velo", "ORG"), ("iMax", "GPE"), ("Mira de Lanza", "PERSON")]
    found = _named(text, tags)
    assert found == {"Velo": "ORG", "iMax": "PRODUCT", "Mira de Lanza": "PERSON"}


def test_a_name_after_a_vessel_noun_is_the_vessel_throughout() -> None:
    text = (
        "The yacht Brenmoor lost its mast. Brenmoor was towed in. Skipper Tom Bell said a "
        "Vela Hawk helicopter lifted two sailors off."
    )
    tags = [("Brenmoor", "PERSON"), ("Brenmoor", "PERSON"), ("Tom Bell", "PERSON")]
    tags.append(("Vela Hawk", "PERSON"))
    found = _named(text, tags)
    assert found == {"Brenmoor": "PRODUCT", "Tom Bell": "PERSON", "Vela Hawk": "PRODUCT"}


def test_an_owner_or_a_maker_beside_a_craft_noun_is_no_craft() -> None:
    # the owner before a possessive, a maker before the noun, a person named after it later
    text = (
        "Tom Bell's yacht sank. A Velo jet flew by. The boat Tom Bell sailed was lost, Bell said."
    )
    tags = [("Tom Bell", "PERSON"), ("Velo", "ORG"), ("Tom Bell", "PERSON"), ("Bell", "PERSON")]
    assert _named(text, tags) == {"Tom Bell": "PERSON", "Velo": "ORG"}


def test_a_person_after_a_craft_noun_stays_a_person_when_addressed_as_one() -> None:
    # a person whose name is also a word: "the plane Rose flew" is a pilot, not a plane
    text = "The plane Rose flew landed. Ms. Rose waved. Rose smiled."
    tags = [("Rose", "PERSON"), ("Ms. Rose", "PERSON"), ("Rose", "PERSON")]
    assert _named(text, tags) == {"Rose": "PERSON"}


def test_a_vessel_the_ner_missed_after_its_noun_is_a_vessel_where_tagged() -> None:
    text = "The maxi Brenmoor led the fleet. Brenmoor crossed first, said Tom Bell."
    tags = [("Brenmoor", "PERSON"), ("Tom Bell", "PERSON")]
    assert _named(text, tags) == {"Brenmoor": "PRODUCT", "Tom Bell": "PERSON"}


def test_a_common_noun_capitalised_only_as_a_modifier_or_first_word_is_no_entity() -> None:
    text = (
        "The rally began at noon. Rally officials said the wind rose. Later, Rally spokesman "
        "Kiri Dosa said the rally would go on."
    )
    tags = [("Rally", "ORG"), ("Rally", "ORG"), ("Kiri Dosa", "PERSON")]
    assert _named(text, tags) == {"Kiri Dosa": "PERSON"}


def test_a_common_noun_written_as_a_name_with_the_stays() -> None:
    # "the House voted": an institution, though "house" is a common noun too
    text = "The house was sold. The House voted on the house sale. Kiri Dosa said so."
    tags = [("House", "ORG"), ("Kiri Dosa", "PERSON")]
    assert _named(text, tags) == {"House": "ORG", "Kiri Dosa": "PERSON"}


def test_a_degree_after_a_name_is_no_entity() -> None:
    text = "Kiri Dosa, MD, MBA, runs the clinic. She earned her MD degree and a PhD abroad."
    tags = [("Kiri Dosa", "PERSON"), ("MD", "GPE"), ("MBA", "ORG"), ("MD", "GPE")]
    tags.append(("PhD", "WORK_OF_ART"))
    assert _named(text, tags) == {"Kiri Dosa": "PERSON"}


def test_a_state_or_an_association_written_like_a_degree_stays() -> None:
    # after a place, "MD" is the state; a body with those initials speaks for itself
    text = "The lab in Velton, MD, opened. The MBA said rates rose."
    tags = [("Velton", "GPE"), ("MD", "GPE"), ("MBA", "ORG")]
    assert _named(text, tags) == {"Velton": "GPE", "MD": "GPE", "MBA": "ORG"}


def test_each_name_listed_after_a_plural_craft_noun_is_a_craft() -> None:
    text = (
        "The leading yachts Brenmoor, Tallis Star and Quenna were close. Quenna won, Tom Bell said."
    )
    tags = [("Tallis Star", "PERSON"), ("Quenna", "PERSON"), ("Quenna", "PERSON")]
    tags.append(("Tom Bell", "PERSON"))
    found = _named(text, tags)
    assert found == {"Tallis Star": "PRODUCT", "Quenna": "PRODUCT", "Tom Bell": "PERSON"}


def test_a_name_that_sends_flies_or_buys_the_craft_is_no_craft() -> None:
    # the name opens a clause whose object is the craft: the sender or the pilot
    text = (
        "Officials said the ships Velmora sent to the coast were not involved. Investigators "
        "said the plane Tom Bell was flying lost power."
    )
    tags = [("Velmora", "GPE"), ("Tom Bell", "PERSON")]
    assert _named(text, tags) == {"Velmora": "GPE", "Tom Bell": "PERSON"}


def test_a_craft_that_sails_or_flies_somewhere_is_still_the_craft() -> None:
    # the verb of the craft itself, with a place or direction after it
    text = "The yacht Brenmoor sailed into port. The plane Quenna flew over the bay, Tom Bell said."
    tags = [("Brenmoor", "PERSON"), ("Quenna", "GPE"), ("Tom Bell", "PERSON")]
    found = _named(text, tags)
    assert found == {"Brenmoor": "PRODUCT", "Quenna": "PRODUCT", "Tom Bell": "PERSON"}


def test_a_country_named_after_a_craft_noun_once_stays_a_country_elsewhere() -> None:
    # one sentence read as "the tanker Velmora" must not retype the country story-wide
    text = "The tanker Velmora docked. Velmora said its navy was ready. Talks in Velmora began."
    tags = [("Velmora", "GPE"), ("Velmora", "GPE"), ("Velmora", "GPE")]
    assert _named(text, tags) == {"Velmora": "GPE"}


def test_a_body_after_a_craft_word_used_as_a_verb_stays_a_body() -> None:
    # "ferry" as a verb; with "the" before it the noun still names the vessel
    text = "Helicopters ferry Velo Aid teams to the island. The ferry Orla Star left at dawn."
    tags = [("Velo Aid", "ORG"), ("Orla Star", "ORG")]
    assert _named(text, tags) == {"Velo Aid": "ORG", "Orla Star": "PRODUCT"}


def test_a_person_a_crash_is_named_after_is_no_craft() -> None:
    # "the Tom Bell helicopter crash": the person, not a model of helicopter
    text = "Families of the Tom Bell helicopter crash victims sued. A Vela Hawk helicopter flew."
    tags = [("Tom Bell", "PERSON"), ("Vela Hawk", "PERSON")]
    assert _named(text, tags) == {"Tom Bell": "PERSON", "Vela Hawk": "PRODUCT"}


def test_a_unit_after_a_year_is_a_name() -> None:
    # "the 2024 GB team": a year is no amount; "a 64 GB card" is still a unit
    text = "Velmora sent the 2024 GB team to Orlen with a 64 GB card."
    tags = [("Velmora", "GPE"), ("GB", "GPE"), ("GB", "GPE")]
    found, _ = entities(article("a", text, tags))
    gb = next(e for e in found if e.name == "GB")
    assert len(gb.mentions) == 1
