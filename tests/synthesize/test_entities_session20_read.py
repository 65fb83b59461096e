"""Entity rows the session-20 reader saw mistyped or junk: a team the NER takes for a work,
a product or a people, known by a game's result or a season's record. Invented articles;
the NER's slips are tagged by hand."""

from __future__ import annotations

from crossbrief.model import Entity
from crossbrief.synthesize.entities import build_entities
from crossbrief.synthesize.entities.names import name_key
from crossbrief.synthesize.story import Story
from tests.synthesize.builders import outermost, row_with_form, tagged_article


def _built(lines: list[str], names: list[tuple[str, str]]) -> list[Entity]:
    found, _ = build_entities(Story([outermost(tagged_article("a1", lines, names))]))
    return found


def test_a_team_named_by_a_result_line_is_an_organisation_whatever_the_ner_said() -> None:
    lines = [
        "Hawks beat Rams 24-17 to reach the final.",
        "The Hawks scored twice late on, and the Hawks fans sang.",
        "The Velmora Rams (3-10) have lost six in a row.",
        "Coach Ann Lee said the Rams would be back.",
    ]
    names = [
        ("Hawks", "WORK_OF_ART"),
        ("Rams", "PRODUCT"),
        ("Velmora Rams", "NORP"),
        ("Ann Lee", "PERSON"),
    ]
    found = _built(lines, names)
    assert row_with_form(found, "Hawks").type == "ORG"
    assert row_with_form(found, "Velmora Rams").type == "ORG"
    assert (
        row_with_form(found, "Rams").type == "ORG"
    )  # the nickname alone, after the full name's record
    assert row_with_form(found, "Ann Lee").type == "PERSON"


def test_a_team_nickname_tagged_a_person_becomes_a_body_after_a_result() -> None:
    lines = [
        "The Orla Falcons edged the Velmora Hawks, 21-20, on Sunday.",
        "Falcons coach Bo Tan praised his players.",
        "The Falcons will host Tarn next week.",
    ]
    names = [
        ("Orla Falcons", "ORG"),
        ("Velmora Hawks", "ORG"),
        ("Falcons", "PERSON"),
        ("Bo Tan", "PERSON"),
    ]
    found = _built(lines, names)
    assert row_with_form(found, "Falcons").type == "ORG"
    assert row_with_form(found, "Bo Tan").type == "PERSON"


def test_a_players_result_or_record_keeps_the_person() -> None:
    # Negative: a singles result and a pitcher's record are written like a team's.
    lines = [
        "Ann Lee beat Mara Holmes 6-3 in the second round.",
        "Lee (12-3) pitched seven innings, and Holmes said she was tired.",
        "Tom Banks was 4-4 at the plate, Banks said later.",
    ]
    names = [
        ("Ann Lee", "PERSON"),
        ("Mara Holmes", "PERSON"),
        ("Lee", "PERSON"),
        ("Holmes", "PERSON"),
        ("Tom Banks", "PERSON"),
        ("Banks", "PERSON"),
    ]
    found = _built(lines, names)
    assert row_with_form(found, "Ann Lee").type == "PERSON"
    assert row_with_form(found, "Mara Holmes").type == "PERSON"
    assert row_with_form(found, "Tom Banks").type == "PERSON"


def test_a_score_with_no_result_verb_or_record_makes_no_team() -> None:
    # Negative: a vote's count after a body and a date's numbers retype nothing.
    lines = [
        "The Velmora Chronicles won an award on 12-3 of last year.",
        "Readers of the Velmora Chronicles voted 40-2 for the change.",
    ]
    names = [("Velmora Chronicles", "WORK_OF_ART")]
    found = _built(lines, names)
    assert row_with_form(found, "Velmora Chronicles").type == "WORK_OF_ART"


def test_an_initialism_of_a_common_noun_is_no_body() -> None:
    lines = [
        "Ministers plan to bring in ID cards next year.",
        "Everyone would have to carry ID, said Ann Lee of the Velmora Council.",
        "The ID scheme will cost more than the Velmora Council thought.",
    ]
    names = [("ID", "ORG"), ("Ann Lee", "PERSON"), ("Velmora Council", "ORG")]
    found = _built(lines, names)
    assert not any(a.form == "ID" for e in found for a in e.aliases)
    assert row_with_form(found, "Velmora Council").type == "ORG"  # a body's name stays one


def test_the_same_letters_tagged_a_place_stay() -> None:
    # Negative: "ID" is also a state's postal code, which the NER tags a place.
    lines = ["Tom Bell moved from Boise, ID, to Orla in May.", "He said ID was home."]
    names = [("ID", "GPE"), ("Tom Bell", "PERSON"), ("Orla", "GPE"), ("Boise", "GPE")]
    found = _built(lines, names)
    assert row_with_form(found, "ID").type == "GPE"


def test_a_barristers_letters_after_a_full_name_make_a_person() -> None:
    lines = [
        "The head of the Bar Council, Nia Brandt QC, said the plan was unsafe.",
        "Ms Brandt added that judges had not been asked.",
    ]
    names = [("Nia Brandt QC", "ORG"), ("Bar Council", "ORG"), ("Brandt", "PERSON")]
    found = _built(lines, names)
    row = row_with_form(found, "Nia Brandt")
    assert row.type == "PERSON"
    assert row_with_form(found, "Ms Brandt") is row  # one person, the letters cut from the name
    assert row_with_form(found, "Bar Council").type == "ORG"


def test_a_clubs_or_a_provinces_letters_stay_a_name() -> None:
    # Negative: "SC" after a club's town and "QC" after a city are no barrister's rank.
    lines = ["Velmora SC lost at home.", "The firm moved to Orla QC in June."]
    names = [("Velmora SC", "ORG"), ("Orla QC", "GPE")]
    found = _built(lines, names)
    assert row_with_form(found, "Velmora SC").type == "ORG"
    assert row_with_form(found, "Orla QC").type == "GPE"


def test_a_peoples_word_in_the_singular_winning_a_match_is_a_player_not_a_team() -> None:
    # Negative: "the Velmoran" is one player; "the Orlans", a plural, would be a team.
    lines = [
        "Bo Tan will face the seventh seed, Velmoran Ann Lee.",
        "The Velmoran beat Mara Holt 6-3 in the first round.",
    ]
    names = [("Velmoran", "NORP"), ("Bo Tan", "PERSON"), ("Ann Lee", "PERSON")]
    names.append(("Mara Holt", "PERSON"))
    found = _built(lines, names)
    assert row_with_form(found, "Velmoran").type == "NORP"


def test_a_players_position_before_a_name_is_cut_and_the_player_joined() -> None:
    lines = [
        "Hawks QB Tomas Rell threw two touchdown passes.",
        "Cornerback Nils Ovan picked off a pass late on.",
        "Tomas Rell and Nils Ovan both praised the defence of the Hawks.",
    ]
    names = [
        ("Hawks QB Tomas Rell", "PERSON"),
        ("Cornerback Nils Ovan", "ORG"),
        ("Tomas Rell", "PERSON"),
        ("Nils Ovan", "PERSON"),
        ("Hawks", "ORG"),
    ]
    found = _built(lines, names)
    rell, ovan = row_with_form(found, "Tomas Rell"), row_with_form(found, "Nils Ovan")
    assert rell.type == ovan.type == "PERSON"
    assert len(rell.mentions) == len(ovan.mentions) == 2  # the titled mention joins each
    assert not any("QB" in a.form or "Cornerback" in a.form for e in found for a in e.aliases)
    assert row_with_form(found, "Hawks").type == "ORG"  # the team keeps its own row


def test_a_companys_letters_alone_before_two_words_stay_its_name() -> None:
    # Negative: "CB" opens a firm's name the NER tags a body; nothing comes before it.
    lines = ["CB Orla Realty sold the tower.", "CB Orla Realty said the deal closed."]
    found = _built(lines, [("CB Orla Realty", "ORG")])
    assert row_with_form(found, "CB Orla Realty").type == "ORG"


def test_a_barristers_letters_are_no_word_of_a_names_key() -> None:
    # A speaker written "Nia Brandt QC" finds the person row named "Nia Brandt".
    assert name_key("Nia Brandt QC") == name_key("Nia Brandt") == "nia brandt"
    assert name_key("Tom Bell KC") == "tom bell"
    # Negative: a club's "SC" stays in its key, apart from its town's.
    assert name_key("Velmora SC") != name_key("Velmora")
