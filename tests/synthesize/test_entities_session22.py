"""Entity rows the session-21 read left: a peak's row named by its abbreviated spelling, and
a yard line's number cut from a numbered name that is no team. Invented articles; the NER's
slips are tagged by hand."""

from __future__ import annotations

from tests.synthesize.builders import (
    entities_of_tagged,
    row_with_form,
    with_form,
)


def test_a_peak_is_named_by_its_spelled_out_mount_however_often_mt_is_written() -> None:
    found = entities_of_tagged(
        (
            ["Snow closed Mt Velda on Monday.", "Guides on Mt Velda waited."],
            [("Mt Velda", "LOC")],
        ),
        (
            ["Two climbers were rescued from Mount Velda.", "Mt Velda is busy in June."],
            [("Mount Velda", "LOC"), ("Mt Velda", "LOC")],
        ),
    )
    assert row_with_form(found, "Mt Velda").name == "Mount Velda"


def test_a_peak_only_ever_written_mt_keeps_that_name() -> None:
    # Negative: no spelling the story never uses is made up for the row.
    found = entities_of_tagged(
        (
            ["Snow closed Mt Velda on Monday.", "Guides on Mt Velda waited."],
            [("Mt Velda", "LOC")],
        ),
    )
    assert row_with_form(found, "Mt Velda").name == "Mt Velda"


def test_a_numbered_name_written_only_with_its_number_keeps_it_before_a_yard_count() -> None:
    # Negative: a pier's number is its name's, though "-yard" follows; the pier is never
    # written without it, as a team is.
    found = entities_of_tagged(
        (
            [
                "Divers searched the Pier 39-yard stretch of the bay.",
                "Boats were kept away from Pier 39 all day.",
            ],
            [("Pier 39", "FAC")],
        ),
    )
    assert {a.form for a in row_with_form(found, "Pier 39").aliases} == {"Pier 39"}
    assert not with_form(found, "Pier")


def test_a_teams_name_before_a_yard_line_loses_the_number() -> None:
    found = entities_of_tagged(
        (
            [
                "The Hawks scored first.",
                "Ann Lee ran to the Hawks 12-yard line.",
            ],
            [("Hawks 12", "LAW"), ("Hawks", "ORG"), ("Ann Lee", "PERSON")],
        ),
    )
    assert not with_form(found, "Hawks 12")
    assert with_form(found, "Hawks")


def test_a_one_word_body_the_ner_tags_a_person_is_an_organisation_by_its_shape() -> None:
    found = entities_of_tagged(
        (
            [
                "Paris-based Norvex is also weighing a bid.",
                "Norvex, which runs three markets, declined to comment.",
                "Norvex chief Ann Lee met the board.",
            ],
            [("Norvex", "PERSON"), ("Ann Lee", "PERSON"), ("Paris", "GPE")],
        ),
        (
            ["The exchange operator Norvex said the offer was too low."],
            [("Norvex", "PERSON")],
        ),
    )
    assert row_with_form(found, "Norvex").type == "ORG"
    assert row_with_form(found, "Ann Lee").type == "PERSON"


def test_a_committees_capitals_tagged_a_person_are_a_body() -> None:
    found = entities_of_tagged(
        (
            ["Only two members backed the plan at the TARVEL meeting on Monday."],
            [("TARVEL", "PERSON")],
        ),
    )
    assert row_with_form(found, "TARVEL").type == "ORG"


def test_a_one_word_name_with_a_persons_shape_stays_a_person() -> None:
    # Negative: a surname that a "who", a "he" or a form of address follows or opens is a
    # person's, whatever the words around other mentions; so is one with no cue either way.
    found = entities_of_tagged(
        (
            [
                "Paris-based Velko, who coaches the side, was pleased.",
                "Mr Velko said the team was ready.",
                "Velko chief scout Bo Ray agreed.",
            ],
            [("Velko", "PERSON"), ("Bo Ray", "PERSON"), ("Paris", "GPE")],
        ),
        (
            ["Kesta scored twice and Kesta was rested late."],
            [("Kesta", "PERSON")],
        ),
    )
    assert row_with_form(found, "Velko").type == "PERSON"
    assert row_with_form(found, "Kesta").type == "PERSON"


def test_a_clipped_form_of_a_place_the_ner_tags_a_person_takes_the_places_kind() -> None:
    found = entities_of_tagged(
        (
            [
                "Fans in Torvaldsburg cheered late into the night.",
                "Torvy won the game in the last minute.",
                "The win put Torvy top of the table.",
            ],
            [("Torvaldsburg", "GPE"), ("Torvy", "PERSON")],
        ),
    )
    assert row_with_form(found, "Torvy").type != "PERSON"


def test_a_given_name_beside_a_place_it_could_clip_stays_a_person() -> None:
    # Negative: "Andy" is a given name, though a town's name opens with "And".
    found = entities_of_tagged(
        (
            ["Crowds in Andermoor cheered.", "Andy scored twice, and Andy was rested late."],
            [("Andermoor", "GPE"), ("Andy", "PERSON")],
        ),
    )
    assert row_with_form(found, "Andy").type == "PERSON"


def test_a_plural_noun_opening_sentences_before_a_plural_verb_is_no_name() -> None:
    found = entities_of_tagged(
        (
            ["A shell hit the school.", "Shutters were blown out.", "Shutters fell."],
            [("Shutters", "PRODUCT")],
        ),
    )
    assert not with_form(found, "Shutters")


def test_a_plural_name_opening_a_sentence_before_a_singular_verb_stays() -> None:
    # Negative: a product named with a plural takes a singular verb ("Shutters is"), and a
    # place's side opening sentences before a plural verb keeps its name.
    found = entities_of_tagged(
        (
            ["Shutters is the firm's new app.", "Shutters were once just a plan."],
            [("Shutters", "PRODUCT")],
        ),
        (
            ["Tarvens were beaten again.", "Tarvens have lost three in a row."],
            [("Tarvens", "GPE")],
        ),
    )
    assert with_form(found, "Shutters")
    # a country's side takes a plural verb in British usage: its tag is left alone
    assert with_form(found, "Tarvens")


def test_a_place_written_with_and_without_its_arabic_article_is_one_row() -> None:
    found = entities_of_tagged(
        (
            ["Shells hit the al-Marsuna school on Tuesday."],
            [("al-Marsuna", "ORG")],
        ),
        (
            ["Three shells hit Marsouna, a school in the north."],
            [("Marsouna", "GPE")],
        ),
        (
            ["Families fled Marsuna after the attack."],
            [("Marsuna", "GPE")],
        ),
    )
    assert with_form(found, "al-Marsuna") == with_form(found, "Marsouna")
    assert len(with_form(found, "Marsuna")) == 1


def test_a_stem_two_letters_off_or_a_person_keeps_its_own_row() -> None:
    # Negative: a stem two letters off is another name, and a person's particle is left to
    # the surname rules.
    found = entities_of_tagged(
        (
            ["Shells hit the al-Marsuna school.", "Ann Lee met Omar al-Tavi."],
            [("al-Marsuna", "ORG"), ("Ann Lee", "PERSON"), ("Omar al-Tavi", "PERSON")],
        ),
        (
            ["Crowds gathered in Mersani.", "Tavira said the port was shut."],
            [("Mersani", "GPE"), ("Tavira", "GPE")],
        ),
    )
    assert with_form(found, "al-Marsuna") != with_form(found, "Mersani")
    assert with_form(found, "Omar al-Tavi") != with_form(found, "Tavira")


def test_a_ground_named_by_park_or_road_after_at_is_a_building() -> None:
    found = entities_of_tagged(
        (
            [
                "Velmora lost 2-0 at Kestow Park on Saturday.",
                "The side also lost at Dunmere Road in May.",
            ],
            [("Kestow Park", "PERSON"), ("Dunmere Road", "ORG"), ("Velmora", "ORG")],
        ),
    )
    assert row_with_form(found, "Kestow Park").type == "FAC"
    assert row_with_form(found, "Dunmere Road").type == "FAC"


def test_a_person_or_a_bare_name_after_at_keeps_its_tag() -> None:
    # Negative: a given name before "Park" is a person's ("looked at Ann Park"), a name
    # with no such noun may be a town, and "Park" elsewhere is no cue.
    found = entities_of_tagged(
        (
            [
                "Velmora lost 2-0 at Kestrel on Saturday.",
                "The coach looked at Ann Park and smiled.",
                "Tarn Park scored the second.",
            ],
            [("Kestrel", "PERSON"), ("Ann Park", "PERSON"), ("Tarn Park", "PERSON")],
        ),
    )
    assert row_with_form(found, "Kestrel").type == "PERSON"
    assert row_with_form(found, "Ann Park").type == "PERSON"
    assert row_with_form(found, "Tarn Park").type == "PERSON"


def test_a_surname_opening_like_a_place_with_a_three_letter_stem_stays_a_person() -> None:
    # Negative: "Tavy" and "Vaddy" clip no name: a stem of three letters ("tav", "vad" of a
    # doubled "vadd") opens too many places' names ("Tavmoor", "Vadmora") to tell a clipping.
    found = entities_of_tagged(
        (
            [
                "Fans in Tavmoor cheered as Tavy scored twice.",
                "Tavy was rested late, and Vaddy came on.",
                "Vaddy played on the left in Vadmora last year.",
            ],
            [("Tavmoor", "GPE"), ("Tavy", "PERSON"), ("Vaddy", "PERSON"), ("Vadmora", "GPE")],
        ),
    )
    assert row_with_form(found, "Tavy").type == "PERSON"
    assert row_with_form(found, "Vaddy").type == "PERSON"
