"""Entity panel leftovers of session 16: a common abbreviation after a firm's name read as a
country's code, a body named after its place joined to the place, a relative set apart by a
kinship noun after the name. Invented articles; NER
slips are tagged by hand where the model's own labels would vary."""

from __future__ import annotations

from crossbrief.synthesize.entities.gender import FEMALE, relation_cue, sure_gender
from tests.synthesize.builders import story_with_entities, tagged_everywhere, with_form
from tests.synthesize.test_entities import entities, holding
from tests.synthesize.test_entities_namesakes import _owner, _tagged


def test_a_channels_letters_after_a_firms_name_are_no_country_code() -> None:
    # "TV" is also Tuvalu's code: "Orvex TV", the firm's channel, is no arm of Orvex there.
    _, found = story_with_entities(
        tagged_everywhere(
            "a1",
            ["Orvex TV aired the final on Sunday.", "Orvex said profits rose."],
            [("Orvex TV", "ORG"), ("Orvex", "ORG")],
        ),
    )
    assert with_form(found, "Orvex TV")
    assert with_form(found, "Orvex TV") != with_form(found, "Orvex")


def test_a_products_letters_that_spell_a_code_are_not_the_maker() -> None:
    _, found = story_with_entities(
        tagged_everywhere(
            "a1",
            ["Users of Orvex IE were told to update.", "Orvex said a fix was ready."],
            [("Orvex IE", "ORG"), ("Orvex", "ORG")],
        ),
    )
    assert with_form(found, "Orvex IE")
    assert with_form(found, "Orvex IE") != with_form(found, "Orvex")


def test_a_real_country_code_after_a_firms_name_is_still_its_arm() -> None:
    # Negative: a code that is no common abbreviation ("DE", "UK") still names the arm.
    _, found = story_with_entities(
        tagged_everywhere(
            "a1",
            ["Orvex DE cut jobs in Hamburg.", "Orvex UK grew.", "Orvex said it was calm."],
            [("Orvex DE", "ORG"), ("Orvex UK", "ORG"), ("Orvex", "ORG")],
        ),
    )
    assert with_form(found, "Orvex DE") == with_form(found, "Orvex")
    assert with_form(found, "Orvex UK") == with_form(found, "Orvex")


def test_a_stations_call_letters_with_their_band_are_the_station() -> None:
    # Negative of the two above: "KVLM-TV" is the station "KVLM" with its band.
    _, found = story_with_entities(
        tagged_everywhere(
            "a1",
            ["KVLM-TV aired the crash live.", "A KVLM reporter was at the scene."],
            [("KVLM-TV", "ORG"), ("KVLM", "ORG")],
        ),
    )
    assert with_form(found, "KVLM-TV")
    assert with_form(found, "KVLM-TV") == with_form(found, "KVLM")


def test_a_clinic_named_after_its_place_is_not_the_place() -> None:
    _, found = story_with_entities(
        tagged_everywhere(
            "a1",
            [
                "He was taken to the Velmora Clinic after the crash.",
                "Police in Velmora closed the road.",
            ],
            [("Velmora Clinic", "GPE"), ("Velmora", "GPE")],
        ),
    )
    assert with_form(found, "Velmora Clinic")
    assert with_form(found, "Velmora Clinic") != with_form(found, "Velmora")


def test_a_one_word_place_still_joins_the_longer_place_it_opens() -> None:
    # Negative: a place's own longer name is no body named after it.
    _, found = story_with_entities(
        tagged_everywhere(
            "a1",
            ["Troops crossed into Velmora Province.", "Velmora was quiet by night."],
            [("Velmora Province", "GPE"), ("Velmora", "GPE")],
        ),
    )
    assert with_form(found, "Velmora") == with_form(found, "Velmora Province")


# The victim, Arun Velko, is the story's dominant holder of the surname.
_VICTIM = _tagged(
    "a",
    "Arun Velko was hurt. Arun Velko is in hospital. Velko was a student. Velko is awake.",
    ["Arun Velko", "Arun Velko", "Velko", "Velko"],
)


def test_a_father_named_before_his_kinship_noun_leaves_the_bare_surname_to_his_son() -> None:
    text = (
        "Arun Velko was hurt on Friday. The mayor met Tomas Velko, the injured man's father, "
        "on Monday. Velko's father asked for calm. Velko was a student."
    )
    found, _ = entities(
        _VICTIM, _tagged("c", text, ["Arun Velko", "Tomas Velko", "Velko", "Velko"])
    )
    assert _owner(found, "c", 2) == "Arun Velko"
    assert _owner(found, "c", 3) == "Arun Velko"
    assert holding(found, "Tomas Velko").name == "Tomas Velko"


def test_a_father_named_after_his_pronoun_and_kinship_noun_is_set_apart_too() -> None:
    text = "Arun Velko was hurt. Tomas Velko, his father, flew in. Velko is awake."
    found, _ = entities(_VICTIM, _tagged("c", text, ["Arun Velko", "Tomas Velko", "Velko"]))
    assert _owner(found, "c", 2) == "Arun Velko"


def test_an_adviser_named_before_her_role_still_takes_the_bare_surname() -> None:
    # Negative: a role that is no kinship noun sets no relative apart, so the bare surname
    # is still the namesake introduced last before it.
    text = "Arun Velko was hurt. Mira Velko, the city's adviser, spoke. Velko said the road shut."
    found, _ = entities(_VICTIM, _tagged("c", text, ["Arun Velko", "Mira Velko", "Velko"]))
    assert _owner(found, "c", 2) == "Mira Velko"


def test_a_kinship_noun_after_the_name_tells_the_gender() -> None:
    body = "Dana Velko, his mother, spoke. Dana Velko, the boy's coach, spoke."
    assert sure_gender(body, 0, "Dana Velko") == FEMALE
    assert sure_gender(body, 31, "Dana Velko") is None
    assert relation_cue(body, 0, 0, len("Dana Velko")) == "kin"
    assert relation_cue(body, 31, 31, 31 + len("Dana Velko")) is None


def test_a_numbered_teams_spelled_nickname_joins_the_team() -> None:
    _, found = story_with_entities(
        tagged_everywhere(
            "a1",
            [
                "The Velmora 84ers lost again on Friday.",
                "The Fourers have won two of ten games.",
                "Fans of the Orla 39ers cheered as the Niners won.",
            ],
            [
                ("Velmora 84ers", "ORG"),
                ("Fourers", "ORG"),
                ("Orla 39ers", "ORG"),
                ("Niners", "ORG"),
            ],
        ),
    )
    assert with_form(found, "Fourers") == with_form(found, "Velmora 84ers")
    assert with_form(found, "Niners") == with_form(found, "Orla 39ers")
    assert with_form(found, "Fourers") != with_form(found, "Niners")


def test_a_plural_that_spells_another_digit_joins_no_numbered_team() -> None:
    # Negative: "Fivers" is not the spelled last digit of "84ers".
    _, found = story_with_entities(
        tagged_everywhere(
            "a1",
            ["The Velmora 84ers lost again.", "The Fivers won their league."],
            [("Velmora 84ers", "ORG"), ("Fivers", "ORG")],
        ),
    )
    assert with_form(found, "Fivers")
    assert with_form(found, "Fivers") != with_form(found, "Velmora 84ers")


def test_a_missed_elder_surname_is_the_relative_set_apart_and_a_bare_one_the_son() -> None:
    # The NER tags neither bare surname of article c: both are recovered from the text.
    text = (
        "Arun Velko was hurt. Tomas Velko, his father, flew in. The elder Velko wept. Velko woke."
    )
    found, _ = entities(_VICTIM, _tagged("c", text, ["Arun Velko", "Tomas Velko"]))
    assert _owner(found, "c", 2) == "Tomas Velko"
    assert _owner(found, "c", 3) == "Arun Velko"


def test_a_missed_elder_surname_with_no_relative_set_apart_keeps_its_usual_owner() -> None:
    # Negative: an adviser is no relative, so "the elder Velko" does not pick her.
    text = "Arun Velko was hurt. Mira Velko, an adviser, flew in. The elder Velko wept."
    found, _ = entities(_VICTIM, _tagged("c", text, ["Arun Velko", "Mira Velko"]))
    assert _owner(found, "c", 2) == "Arun Velko"
