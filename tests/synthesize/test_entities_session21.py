"""Entity rows the session-20 read left: a body's name the text completes around a piece of
it (a lower-case head after it, a possessive owner before it), a site's name tagged a person
before the noun of the site, and a field position read into a team's name. Invented articles;
the NER's slips are tagged by hand."""

from __future__ import annotations

from tests.synthesize.builders import (
    entities_of_tagged,
    row_with_form,
    with_form,
)


def test_a_piece_before_a_lower_case_head_joins_the_body_the_story_names_in_full() -> None:
    found = entities_of_tagged(
        (
            ["Ann Lee of the Velmora Harbour Works Agency spoke on Monday."],
            [("Ann Lee", "PERSON"), ("Velmora Harbour Works Agency", "ORG")],
        ),
        (
            ["Ann Lee, head of the Velmora Harbour Works agency, said ships were late."],
            [("Ann Lee", "PERSON"), ("Velmora Harbour Works", "ORG")],
        ),
    )
    row = row_with_form(found, "Velmora Harbour Works Agency")
    assert "Velmora Harbour Works" in {a.form for a in row.aliases}


def test_a_place_before_its_local_office_stays_the_place() -> None:
    # Negative: a town's name before "police" is the town, though the story names the force.
    found = entities_of_tagged(
        (
            ["Officers of the Tarnby Police arrived at noon."],
            [("Tarnby Police", "ORG")],
        ),
        (
            ["Residents of Tarnby said the Tarnby police came late."],
            [("Tarnby", "GPE")],
        ),
    )
    assert row_with_form(found, "Tarnby").type == "GPE"
    assert "Tarnby" not in {a.form for a in row_with_form(found, "Tarnby Police").aliases}


def test_a_piece_before_a_word_that_makes_no_name_of_the_story_stays_apart() -> None:
    # Negative: "Orsk Mining officials" names no "Orsk Mining Officials" of the story.
    found = entities_of_tagged(
        (
            ["The Orsk Mining Union called a strike."],
            [("Orsk Mining Union", "ORG")],
        ),
        (
            ["Orsk Mining officials said talks would resume."],
            [("Orsk Mining", "ORG")],
        ),
    )
    union = row_with_form(found, "Orsk Mining Union")
    assert "Orsk Mining" not in {a.form for a in union.aliases}


def test_a_piece_after_its_owners_possessive_joins_the_owners_named_body() -> None:
    found = entities_of_tagged(
        (
            ["The Velmora Roads and Ports Authority closed the quay."],
            [("Velmora Roads and Ports Authority", "ORG")],
        ),
        (
            ["Speaking from Velmora's Roads and Ports Authority, Bo Tan said the quay was shut."],
            [("Velmora", "GPE"), ("Roads and Ports Authority", "ORG"), ("Bo Tan", "PERSON")],
        ),
    )
    row = row_with_form(found, "Velmora Roads and Ports Authority")
    assert "Roads and Ports Authority" in {a.form for a in row.aliases}
    # Negative: the owner itself stays the place it is.
    assert row_with_form(found, "Velmora").type == "GPE"


def test_an_owner_whose_name_with_the_piece_is_no_name_of_the_story_leaves_it_apart() -> None:
    # Negative: "Tarn's Roads and Ports Authority" is not the Velmora one.
    found = entities_of_tagged(
        (
            ["The Velmora Roads and Ports Authority closed the quay."],
            [("Velmora Roads and Ports Authority", "ORG")],
        ),
        (
            ["Tarn's Roads and Ports Authority kept its quay open."],
            [("Tarn", "GPE"), ("Roads and Ports Authority", "ORG")],
        ),
    )
    row = row_with_form(found, "Velmora Roads and Ports Authority")
    assert "Roads and Ports Authority" not in {a.form for a in row.aliases}


def test_a_name_tagged_a_person_before_the_noun_of_a_site_is_the_site() -> None:
    found = entities_of_tagged(
        (
            [
                "Shells hit the Orsa refugee camp at dawn.",
                "Buses queued at the Tarnel crossing for hours.",
                "Flights left Vamo airport late.",
            ],
            [("Orsa", "PERSON"), ("Tarnel", "PERSON"), ("Vamo", "PERSON")],
        ),
    )
    for form in ("Orsa", "Tarnel", "Vamo"):
        assert row_with_form(found, form).type != "PERSON", form


def test_a_persons_camp_or_school_keeps_the_person() -> None:
    # Negative: "the Lee camp" is the person's side, "Dana Ross's school" her school.
    found = entities_of_tagged(
        (
            [
                "Ann Lee spoke first, and the Lee camp said she would win.",
                "Dana Ross's school closed, Dana Ross said.",
            ],
            [("Ann Lee", "PERSON"), ("Lee", "PERSON"), ("Dana Ross", "PERSON")],
        ),
    )
    assert row_with_form(found, "Lee").type == "PERSON"
    assert row_with_form(found, "Dana Ross").type == "PERSON"


def test_a_field_position_after_a_teams_name_is_no_part_of_it() -> None:
    found = entities_of_tagged(
        (
            [
                "The Velmora Hawks won again.",
                "Ann Lee ran to the Hawks 27-yard line before the break.",
                "The Hawks held on.",
            ],
            [
                ("Velmora Hawks", "ORG"),
                ("Hawks 27", "LAW"),
                ("Hawks", "ORG"),
                ("Ann Lee", "PERSON"),
            ],
        ),
    )
    assert not with_form(found, "Hawks 27")
    assert "Hawks" in {a.form for a in row_with_form(found, "Velmora Hawks").aliases}


def test_a_numbered_name_before_other_words_keeps_its_number() -> None:
    # Negative: a route's number is its name's, yards or not after it.
    found = entities_of_tagged(
        (
            ["Traffic on Route 27 yards from the bridge stopped."],
            [("Route 27", "FAC")],
        ),
    )
    assert with_form(found, "Route 27")


def test_a_players_minute_in_a_line_up_is_no_part_of_the_players_name() -> None:
    found = entities_of_tagged(
        (
            [
                "Velmora: Ann Lee, Bo Tan (Kiro 81), Dan Orr.",
                "Kiro came on late, and Kiro said he was pleased.",
            ],
            [("Kiro 81", "LAW"), ("Kiro", "PERSON"), ("Ann Lee", "PERSON")],
        ),
    )
    assert not with_form(found, "Kiro 81")
    assert row_with_form(found, "Kiro").type == "PERSON"
    assert sum(a.count for a in row_with_form(found, "Kiro").aliases) == 3


def test_a_number_after_a_name_the_story_gives_no_person_stays() -> None:
    # Negative: "Orsk 3" is a reactor named after its town, which is no person.
    found = entities_of_tagged(
        (
            ["The Orsk 3 reactor shut down.", "Orsk lies on the coast."],
            [("Orsk 3", "FAC"), ("Orsk", "GPE")],
        ),
    )
    assert with_form(found, "Orsk 3")


def test_members_of_parliament_in_the_plural_name_no_one_but_their_party() -> None:
    found = entities_of_tagged(
        (
            [
                "MPs voted on the plan late on Monday.",
                "The Reform Democrats opposed it, and Reform Democrat MPs walked out.",
                "Ann Lee said MPs would vote again.",
                "Then MPs bombarded her with questions.",
            ],
            [
                ("MPs bombarded", "PERSON"),  # the NER ran on into the verb
                ("Reform Democrat MPs", "PERSON"),
                ("Reform Democrats", "NORP"),
                ("MPs", "PERSON"),
                ("Ann Lee", "PERSON"),
            ],
        ),
    )
    assert not with_form(found, "MPs")
    assert not with_form(found, "MPs bombarded")
    assert not with_form(found, "Reform Democrat MPs")
    assert "Reform Democrat" in {a.form for a in row_with_form(found, "Reform Democrats").aliases}


def test_a_member_of_parliament_named_with_the_letters_stays_a_person() -> None:
    # Negative: the singular after a name is that person's, "MPG" no plural of "MP".
    found = entities_of_tagged(
        (
            ["Ann Lee MP spoke first.", "Ann Lee said the Orla MPG plant would stay open."],
            [("Ann Lee MP", "PERSON"), ("Ann Lee", "PERSON"), ("Orla MPG", "ORG")],
        ),
    )
    assert row_with_form(found, "Ann Lee").type == "PERSON"
    assert with_form(found, "Orla MPG")


def test_a_team_nickname_run_into_a_players_name_leaves_the_team_a_body() -> None:
    found = entities_of_tagged(
        (
            [
                "The Hawks (9-4) beat the Orla Rams again.",
                "Hawks Ann Lee ran for 90 yards.",
                "Ann Lee hurt her knee, and the Hawks held on.",
                "Hawks fans cheered as Hawks scored.",
            ],
            [
                ("Hawks Ann Lee", "PERSON"),
                ("Hawks", "ORG"),
                ("Ann Lee", "PERSON"),
                ("Orla Rams", "ORG"),
            ],
        ),
    )
    assert row_with_form(found, "Hawks").type == "ORG"


def test_a_surname_the_ner_tagged_a_body_still_makes_one_person() -> None:
    # Negative: "Dora Vela" and the bare "Vela" tagged a body are one person.
    found = entities_of_tagged(
        (
            [
                "Dora Vela won the seat.",
                "Vela thanked voters, and Vela later met the press.",
                "Vela spoke again.",
            ],
            [("Dora Vela", "PERSON"), ("Vela", "ORG")],
        ),
    )
    assert row_with_form(found, "Vela").type == "PERSON"


def test_a_family_name_written_first_still_makes_one_person() -> None:
    # Negative: "Kuo Mingsen" writes the family name first; the bare "Kuo" is that person.
    found = entities_of_tagged(
        (
            [
                "The activist Kuo Mingsen was detained.",
                "Kuo denied the charge, and Kuo's lawyer spoke.",
                "Kuo was held for a week.",
            ],
            [("Kuo Mingsen", "PERSON"), ("Kuo", "ORG")],
        ),
    )
    assert row_with_form(found, "Kuo").type == "PERSON"


def test_a_name_before_crossing_as_a_verb_keeps_the_person() -> None:
    # "with Bo Ray crossing for ...": the "-ing" form after a name with no determiner
    # before it is the person's deed, not a crossing named after him.
    found = entities_of_tagged(
        (
            ["The winner came late, with Bo Ray crossing for Ann Lee to head home."],
            [("Bo Ray", "PERSON"), ("Ann Lee", "PERSON")],
        ),
    )
    assert row_with_form(found, "Bo Ray").type == "PERSON"
    # Negative: after "the", or before a plural, the noun still names the site.
    found = entities_of_tagged(
        (
            ["Buses queued at the Tarnel crossing for hours.", "Orsa crossings stayed shut."],
            [("Tarnel", "PERSON"), ("Orsa", "PERSON")],
        ),
    )
    assert row_with_form(found, "Tarnel").type != "PERSON"
    assert row_with_form(found, "Orsa").type != "PERSON"
