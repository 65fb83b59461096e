"""Entity rows a reader sees mistyped, left at the end of session 19: a party's short form
typed a person, a venue typed a person or a body, and a person's spelling with a possessive.
Invented articles; the NER's slips are tagged by hand."""

from __future__ import annotations

from crossbrief.synthesize.entities import build_entities
from crossbrief.synthesize.story import Story
from tests.synthesize.builders import outermost, row_with_form, tagged_article


def test_a_party_short_form_tagged_a_person_joins_the_party_and_is_no_person() -> None:
    first = tagged_article(
        "a1",
        [
            "The Liberal Democrats said the tax plan for Velmora was unfair.",
            "Lib Dem spokesman Oren Tasky said the party would vote against it.",
            "A Lib Dem motion was tabled on Monday.",
        ],
        [("Liberal Democrats", "NORP"), ("Lib Dem", "PERSON"), ("Oren Tasky", "PERSON")],
    )
    second = tagged_article(
        "a2",
        [
            "The Lib Dem leader toured Orla.",
            "Lib Dem members met in Velmora.",
            "Lib Dems won Orla, the Lib Dems said.",
        ],
        [("Lib Dem", "PERSON"), ("Lib Dems", "NORP"), ("Orla", "GPE"), ("Velmora", "GPE")],
    )
    found, _ = build_entities(Story([first, outermost(second)]))
    party = row_with_form(found, "Liberal Democrats")
    assert row_with_form(found, "Lib Dem") is party
    assert party.type != "PERSON"
    assert party.name == "Liberal Democrats"  # the party's own name, not a short form
    assert row_with_form(found, "Oren Tasky").type == "PERSON"


def test_a_party_short_form_alone_is_still_no_person() -> None:
    lines = [
        "Lib Dem candidates in Velmora doubled.",
        "One Lib Dem candidate, Ana Brevik, won.",
        "Lib Dem members cheered as the Lib Dems took the seat.",
    ]
    names = [("Lib Dem", "PERSON"), ("Lib Dems", "ORG"), ("Ana Brevik", "PERSON")]
    found, _ = build_entities(Story([outermost(tagged_article("a1", lines, names))]))
    party = row_with_form(found, "Lib Dem")
    assert party.type != "PERSON"
    assert row_with_form(found, "Lib Dems") is party
    assert party.name == "Lib Dems"  # the adjective's form is no name of the party
    assert row_with_form(found, "Ana Brevik").type == "PERSON"


def test_a_party_nickname_that_is_a_persons_given_name_stays_the_person() -> None:
    # "Tory" is a party's nickname and a given name: here it is the singer's first name.
    lines = [
        "The singer Tory Velasko opened the festival in Orla.",
        "Tory thanked the crowd before her last song.",
    ]
    names = [("Tory Velasko", "PERSON"), ("Tory", "PERSON"), ("Orla", "GPE")]
    found, _ = build_entities(Story([outermost(tagged_article("a1", lines, names))]))
    assert row_with_form(found, "Tory Velasko").type == "PERSON"
    assert row_with_form(found, "Tory") is row_with_form(found, "Tory Velasko")


def test_a_stadium_or_an_arena_is_a_building_whatever_the_ner_said() -> None:
    lines = [
        "Kestrel Rovers beat Orla Town 2-0 at Tarvin Stadium on Saturday.",
        "The final will be played at the Velmora Arena in May.",
        "Fans queued outside Tarvin Stadium for hours.",
        "Stade de Brenna will host the next round.",
    ]
    names = [
        ("Kestrel Rovers", "ORG"),
        ("Orla Town", "ORG"),
        ("Tarvin Stadium", "PERSON"),
        ("Velmora Arena", "ORG"),
        ("Stade de Brenna", "ORG"),
    ]
    found, _ = build_entities(Story([tagged_article("a1", lines, names)]))
    assert row_with_form(found, "Tarvin Stadium").type == "FAC"
    assert row_with_form(found, "Velmora Arena").type == "FAC"
    assert row_with_form(found, "Stade de Brenna").type == "FAC"
    assert row_with_form(found, "Kestrel Rovers").type == "ORG"


def test_a_body_or_a_place_named_after_a_venue_keeps_its_type() -> None:
    # The venue word opens or sits inside a longer name: a league, a firm, a town's park.
    lines = [
        "The Arena Football League fined Velmora Stadium Holdings on Friday.",
        "Stadium Orlen is a district of Tarvin.",
        "Ann Park, the Stadium Company's chief, said the roof was safe.",
    ]
    names = [
        ("Arena Football League", "ORG"),
        ("Velmora Stadium Holdings", "ORG"),
        ("Stadium Orlen", "GPE"),
        ("Tarvin", "GPE"),
        ("Ann Park", "PERSON"),
        ("Stadium Company", "ORG"),
    ]
    found, _ = build_entities(Story([tagged_article("a1", lines, names)]))
    assert row_with_form(found, "Arena Football League").type == "ORG"
    assert row_with_form(found, "Velmora Stadium Holdings").type == "ORG"
    assert row_with_form(found, "Stadium Orlen").type == "GPE"
    assert row_with_form(found, "Ann Park").type == "PERSON"
    assert row_with_form(found, "Stadium Company").type == "ORG"


def test_a_spacecraft_named_before_its_module_noun_or_after_the_shuttle_is_no_person() -> None:
    lines = [
        "The Orvana control module was launched from Tarvin last month.",
        "Orvana fired its thrusters on Tuesday and Orvana held its orbit.",
        "The crew of the shuttle Brightwing caught Orvana with the robot arm.",
        "Brightwing will land in Kestrel on Friday, and Brightwing is due back.",
    ]
    names = [("Orvana", "PERSON"), ("Brightwing", "PERSON"), ("Tarvin", "GPE")]
    names += [("Kestrel", "GPE")]
    found, _ = build_entities(Story([tagged_article("a1", lines, names)]))
    assert row_with_form(found, "Orvana").type == "PRODUCT"
    assert row_with_form(found, "Brightwing").type == "PRODUCT"


def test_a_person_a_vehicle_carries_or_a_shuttle_diplomacy_names_stays_a_person() -> None:
    lines = [
        "Vans shuttle Ann Lee and her staff to the hall each morning.",
        "Ann Lee said the talks would go on.",
        "Observers praised the Tom Bell shuttle diplomacy of that year.",
        "Tom Bell later said the talks had failed.",
    ]
    names = [("Ann Lee", "PERSON"), ("Tom Bell", "PERSON")]
    found, _ = build_entities(Story([tagged_article("a1", lines, names)]))
    assert row_with_form(found, "Ann Lee").type == "PERSON"
    assert row_with_form(found, "Tom Bell").type == "PERSON"


def test_a_wires_doubled_closing_mark_is_no_part_of_a_name() -> None:
    # Wire copy closes a quote with two apostrophes: ``Velmora Skies'' is the hymn's title.
    lines = [
        "The choir sang ``Velmora Skies'' at the service in Orla.",
        "Velmora Skies was written in 1901.",
        "Members of the Orla Teachers' Union attended.",
    ]
    names = [
        ("Velmora Skies''", "WORK_OF_ART"),
        ("Orla Teachers' Union", "ORG"),
        ("Orla", "GPE"),
    ]
    found, _ = build_entities(Story([outermost(tagged_article("a1", lines, names))]))
    hymn = next(e for e in found if e.name.startswith("Velmora Skies"))
    assert hymn.name == "Velmora Skies"
    assert all("'" not in a.form for a in hymn.aliases)
    assert row_with_form(found, "Orla Teachers' Union").name == "Orla Teachers' Union"
