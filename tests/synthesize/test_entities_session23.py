"""Entity rows split, cut or joined wrong, as the session-23 brief listed them: a party's name
the NER cut at its first word, a party's name with a member's letters after it, and a
capital city folded into its country's row. Invented articles; the NER's slips are tagged by
hand."""

from __future__ import annotations

from crossbrief.model import Entity
from tests.synthesize.builders import story_with_entities, tagged_everywhere, with_form


def test_a_party_s_members_word_takes_the_word_that_opens_the_party_s_name() -> None:
    _, found = story_with_entities(
        tagged_everywhere(
            "a1",
            [
                "Neither the Orvane Democrats nor the harbour board replied.",
                "The Liberal Democrats said the plan was flawed.",
                "Liberal Democrat leader Ann Lee spoke.",
            ],
            [("Democrats", "NORP"), ("Democrat", "NORP"), ("Ann Lee", "PERSON")],
        ),
    )
    assert [e.type for e in with_form(found, "Orvane Democrats")] == ["NORP"]
    liberal = with_form(found, "Liberal Democrats")
    assert len(liberal) == 1 and liberal == with_form(found, "Liberal Democrat")
    assert with_form(found, "Democrats") == []


def test_a_party_adjective_and_its_members_word_tagged_apart_are_one_name() -> None:
    _, found = story_with_entities(
        tagged_everywhere(
            "a1",
            ["And Liberal Democrat leader Ann Lee said no.", "Ann Lee left."],
            [("Liberal", "ORG"), ("Democrat", "NORP"), ("Ann Lee", "PERSON")],
        ),
    )
    assert [e.type for e in with_form(found, "Liberal Democrat")] == ["NORP"]
    assert with_form(found, "Liberal") == []


def test_a_chamber_s_members_and_a_sentence_s_first_word_open_no_party_name() -> None:
    # Negative: "House Democrats" are members of a party in a chamber; "The" opens the
    # sentence, not the name.
    _, found = story_with_entities(
        tagged_everywhere(
            "a1",
            ["The House Democrats voted no.", "The Democrats met on Friday."],
            [("Democrats", "NORP")],
        ),
    )
    assert with_form(found, "House Democrats") == []
    assert with_form(found, "The Democrats") == []
    assert [e.type for e in with_form(found, "Democrats")] == ["NORP"]


def test_a_party_s_name_with_a_member_s_letters_after_it_is_the_party() -> None:
    _, found = story_with_entities(
        tagged_everywhere(
            "a1",
            [
                "Ann Lee quit the Orla Freedom Party on Monday.",
                "A Freedom Party MEP said she would be missed.",
                "Green MEP Ivo Brenn welcomed the move.",
            ],
            [
                ("Ann Lee", "PERSON"),
                ("Orla Freedom Party", "ORG"),
                ("Freedom Party MEP", "ORG"),
                ("Green MEP", "PERSON"),
                ("Ivo Brenn", "PERSON"),
            ],
        ),
    )
    party = with_form(found, "Orla Freedom Party")
    assert len(party) == 1 and with_form(found, "Freedom Party") == party
    assert [e.type for e in with_form(found, "Green")] == ["NORP"]
    assert not any("MEP" in a.form for e in found for a in e.aliases)


def test_a_person_s_full_name_before_a_member_s_letters_keeps_them() -> None:
    # Negative: after a full name the letters are a member's title, left to the title rules.
    _, found = story_with_entities(
        tagged_everywhere(
            "a1",
            ["Ann Lee MP opened the school.", "Ann Lee MP said it was a fine day."],
            [("Ann Lee MP", "PERSON")],
        ),
    )
    assert [e.type for e in with_form(found, "Ann Lee MP")] == ["PERSON"]


def test_a_capital_used_as_a_place_is_a_row_apart_from_its_country() -> None:
    _, found = story_with_entities(
        tagged_everywhere(
            "a1",
            [
                "Portugal signed the harbour accord on Monday.",
                "The band played a concert in Lisbon on Friday.",
                "Lisbon-based Orvex Shipping moved its staff to Lisbon.",
            ],
            [("Portugal", "GPE"), ("Lisbon", "GPE"), ("Orvex Shipping", "ORG")],
        ),
    )
    lisbon = with_form(found, "Lisbon")
    assert len(lisbon) == 1 and lisbon != with_form(found, "Portugal")
    assert lisbon[0].name == "Lisbon"


def test_a_capital_that_acts_or_holds_a_policy_joins_its_country_as_a_metonym() -> None:
    _, found = story_with_entities(
        tagged_everywhere(
            "a1",
            [
                "Portugal signed the harbour accord on Monday.",
                "Lisbon has warned the fishing fleets.",
                "Critics say Lisbon's fishing policy is too strict.",
                "The union held talks with Lisbon on Friday.",
            ],
            [("Portugal", "GPE"), ("Lisbon", "GPE")],
        ),
    )
    country = with_form(found, "Portugal")
    assert len(country) == 1 and with_form(found, "Lisbon") == country
    kinds = {a.kind for a in country[0].aliases if a.form == "Lisbon"}
    assert kinds == {"capital"}


def test_a_one_word_ground_after_a_game_and_at_is_a_building() -> None:
    _, found = story_with_entities(
        tagged_everywhere(
            "a1",
            [
                "Orla beat Velmora 21-18 in the clash at Kestowfield.",
                "It was their first win at Kestowfield since 1998.",
                "Velmora face Orla at Kestowfield on Sunday.",
            ],
            [("Orla", "GPE"), ("Velmora", "GPE"), ("Kestowfield", "GPE")],
        ),
    )
    assert [e.type for e in with_form(found, "Kestowfield")] == ["FAC"]


def test_a_town_or_a_club_after_at_with_no_game_stays_as_tagged() -> None:
    # Negative: "a stint at" is no game; a name also written after "in" is a town.
    _, found = story_with_entities(
        tagged_everywhere(
            "a1",
            [
                "Ann Lee had a stint at Brennick before the move.",
                "She won the final at Tarnow.",
                "Ann Lee grew up in Tarnow.",
            ],
            [("Ann Lee", "PERSON"), ("Brennick", "GPE"), ("Tarnow", "GPE")],
        ),
    )
    assert [e.type for e in with_form(found, "Brennick")] == ["GPE"]
    assert [e.type for e in with_form(found, "Tarnow")] == ["GPE"]


def test_a_park_named_after_its_peak_is_a_row_apart_from_the_peak() -> None:
    _, found = story_with_entities(
        tagged_everywhere(
            "a1",
            [
                "Two climbers were lost on Orsa Mount Vell on Monday.",
                "Orsa Mount Vell National Park rangers found them.",
                "Orsa Mount Vell is the park's highest peak.",
                "Rescuers flew over Orsa Mount Vell again.",
            ],
            [("Orsa Mount Vell National Park", "FAC"), ("Orsa Mount Vell", "FAC")],
        ),
    )
    peak = with_form(found, "Orsa Mount Vell")
    assert len(peak) == 1 and peak != with_form(found, "Orsa Mount Vell National Park")


def test_a_name_people_own_use_or_buy_is_a_product_not_a_firm() -> None:
    _, found = story_with_entities(
        tagged_everywhere(
            "a1",
            [
                "Orvex has cut the price of the Velpod.",
                "More Velpod owners now listen to radio shows.",
                "A new version of Orlatunes will run on phones.",
                "She said she had bought a Velpod.",
            ],
            [("Orvex", "ORG"), ("Velpod", "ORG"), ("Orlatunes", "ORG")],
        ),
    )
    assert [e.type for e in with_form(found, "Velpod")] == ["PRODUCT"]
    assert [e.type for e in with_form(found, "Orlatunes")] == ["PRODUCT"]
    assert [e.type for e in with_form(found, "Orvex")] == ["ORG"]


def test_a_name_also_written_as_a_firm_or_a_film_s_source_stays_as_tagged() -> None:
    # Negative: "the firm Brenna" and "Brenna said" make a firm of it, whatever its users;
    # "a film version of Kestow" is a work's adaptation, no product's version.
    _, found = story_with_entities(
        tagged_everywhere(
            "a1",
            [
                "Brenna users can now call landlines.",
                "The net telephony firm Brenna said the service was free.",
                "The theme from the film version of Kestow topped the charts.",
            ],
            [("Brenna", "ORG"), ("Kestow", "ORG")],
        ),
    )
    assert [e.type for e in with_form(found, "Brenna")] == ["ORG"]
    assert [e.type for e in with_form(found, "Kestow")] == ["ORG"]


def _country_and_capital(line: str) -> tuple[list[Entity], list[Entity]]:
    """The entities of a story naming a country, then its capital in ``line``; and the
    country's rows."""
    _, found = story_with_entities(
        tagged_everywhere(
            "a1",
            ["Portugal signed the harbour accord on Monday.", line],
            [("Portugal", "GPE"), ("Lisbon", "GPE")],
        ),
    )
    return found, with_form(found, "Portugal")


def test_a_capital_that_has_a_count_or_a_size_is_the_city() -> None:
    # review, session 23: "has" before a count or a size (the city's population, its hills)
    # read the capital as its government
    for line in (
        "Lisbon has a population of half a million.",
        "Lisbon has 500,000 residents.",
        "Lisbon has many steep hills.",
    ):
        found, country = _country_and_capital(line)
        assert len(country) == 1 and with_form(found, "Lisbon") != country, line
        assert not [a for a in country[0].aliases if a.form == "Lisbon"], line


def test_a_capital_dealt_with_or_acting_stays_its_government() -> None:
    for line in (
        "The union sided with Lisbon on Friday.",
        "Lisbon has warned the fleets.",
        "Lisbon has no plans to lift the quota.",
    ):
        found, country = _country_and_capital(line)
        assert len(country) == 1 and with_form(found, "Lisbon") == country, line
