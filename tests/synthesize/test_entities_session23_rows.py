"""Entity rows mistyped or split, second pass of session 23: a firm the NER tagged a place, a
bill tagged a person or an organisation, and a union whose bracketed letters need words the
NER left out of its name. Invented articles; the NER's slips are tagged by hand."""

from __future__ import annotations

from crossbrief.synthesize.entities.bills import law_kind, law_name_start
from crossbrief.synthesize.entities.firm_places import firm_cue
from tests.synthesize.builders import story_with_entities, tagged_everywhere, with_form


def test_a_place_tagged_name_that_has_a_chief_executive_is_a_firm_throughout() -> None:
    _, found = story_with_entities(
        tagged_everywhere(
            "a1",
            [
                "Orvalda collapsed in March with debts of 9bn euros.",
                "Orvalda's chief executive Ann Lee said sales were rising.",
                "Banks had lent to Orvalda for years.",
            ],
            [("Orvalda", "GPE"), ("Ann Lee", "PERSON")],
        ),
    )
    assert [e.type for e in with_form(found, "Orvalda")] == ["ORG"]


def test_a_firm_s_noun_in_apposition_calls_a_place_tagged_name_a_firm() -> None:
    _, found = story_with_entities(
        tagged_everywhere(
            "a1",
            ["Brenmark, the dairy group, cut 300 jobs.", "Brenmark sells milk in Tessaly."],
            [("Brenmark", "GPE"), ("Tessaly", "GPE")],
        ),
    )
    assert [e.type for e in with_form(found, "Brenmark")] == ["ORG"]
    assert [e.type for e in with_form(found, "Tessaly")] == ["GPE"]


def test_a_country_or_a_town_without_a_firm_s_words_stays_a_place() -> None:
    # Negative: a country's shares are its market's, and a town's mayor is no firm's officer.
    _, found = story_with_entities(
        tagged_everywhere(
            "a1",
            ["Norway's shares fell on Monday.", "Velmoor's mayor said the plant would stay."],
            [("Norway", "GPE"), ("Velmoor", "GPE")],
        ),
    )
    assert [e.type for e in with_form(found, "Norway")] == ["GPE"]
    assert [e.type for e in with_form(found, "Velmoor")] == ["GPE"]


def test_firm_cues_are_an_officer_an_owner_or_a_firm_s_noun_right_after_the_name() -> None:
    body = "Orvalda's shareholders met. Orvalda, a food giant, grew. Orvalda's board met."
    ends = [i + len("Orvalda") for i in range(len(body)) if body.startswith("Orvalda", i)]
    assert [firm_cue(body, end) for end in ends] == [True, True, False]


def test_the_bill_tagged_a_person_is_a_law_and_so_is_its_sentence_opening_form() -> None:
    _, found = story_with_entities(
        tagged_everywhere(
            "a1",
            [
                "Peers voted against the Bill on Tuesday.",
                "Ministers said the Bill would return to the chamber.",
                "The Bill now goes back to MPs.",
            ],
            [("Bill", "PERSON")],
        ),
    )
    assert [e.type for e in with_form(found, "Bill")] == ["LAW"]


def test_a_bill_s_name_the_ner_tagged_from_its_head_takes_the_words_before_it() -> None:
    _, found = story_with_entities(
        tagged_everywhere(
            "a1",
            [
                "A planned Orla Water Bill was dropped.",
                "Ann Lee said the Orla Water Bill was dead.",
            ],
            [("Bill", "PERSON"), ("Ann Lee", "PERSON")],
        ),
    )
    rows = with_form(found, "Orla Water Bill")
    assert [e.type for e in rows] == ["LAW"] and rows[0].name == "Orla Water Bill"
    assert with_form(found, "Bill") == []


def test_a_given_name_a_show_and_a_film_called_bill_are_no_law() -> None:
    # Negative: a person named Bill, a show written "The Bill", a film's title after its noun.
    for text in ["Bill Orla said so.", "She starred in The Bill.", "He saw the film Kill Bill."]:
        assert law_kind("Bill", text, text.index("Bill"), "PERSON") is None
    text = "Peers passed the Anti-Fraud Act."
    assert law_kind("the Anti-Fraud Act", text, text.index("the Anti"), "ORG") == "LAW"
    assert law_kind("Act", text, text.index("Act"), "WORK_OF_ART") is None
    assert law_name_start(text, text.index("Act")) == text.index("Anti-Fraud")


def test_a_person_named_bill_keeps_his_row_beside_a_law() -> None:
    # Negative: "Mr" addresses a person: the group is his, whatever "the Bill" says elsewhere.
    _, found = story_with_entities(
        tagged_everywhere(
            "a1",
            ["Mr Bill said the vote was close.", "Bill said he would stand again."],
            [("Mr Bill", "PERSON"), ("Bill", "PERSON")],
        ),
    )
    assert [e.type for e in with_form(found, "Bill")] == ["PERSON"]


def test_a_bracketed_short_form_takes_the_capitalised_words_the_ner_cut_from_its_name() -> None:
    _, found = story_with_entities(
        tagged_everywhere(
            "a1",
            [
                "The Orla and Brenn Workers Union (OBWU) called a strike.",
                "OBWU said 900 members would walk out.",
            ],
            [("Brenn Workers Union", "ORG"), ("OBWU", "ORG")],
        ),
    )
    rows = with_form(found, "OBWU")
    assert len(rows) == 1 and rows == with_form(found, "Orla and Brenn Workers Union")
    assert with_form(found, "Brenn Workers Union") == []


def test_a_bracket_whose_letters_the_words_before_do_not_spell_widens_nothing() -> None:
    # Negative: "The Velmora" before the name gives no "X" for "XWU".
    _, found = story_with_entities(
        tagged_everywhere(
            "a1",
            ["The Velmora Brenn Workers Union (XWU) met.", "XWU said no."],
            [("Brenn Workers Union", "ORG"), ("XWU", "ORG")],
        ),
    )
    assert [e.name for e in with_form(found, "Brenn Workers Union")] == ["Brenn Workers Union"]
    assert with_form(found, "XWU") != with_form(found, "Brenn Workers Union")


def test_a_party_s_short_form_joins_its_member_word_when_the_story_names_no_more() -> None:
    _, found = story_with_entities(
        tagged_everywhere(
            "a1",
            [
                "Liberal Democrat leader Ann Lee backed the scheme.",
                "A Lib Dem motion on the harbour failed.",
                "Ann Lee said a Liberal Democrat council would try again.",
            ],
            [("Liberal Democrat", "NORP"), ("Lib Dem", "NORP"), ("Ann Lee", "PERSON")],
        ),
    )
    rows = with_form(found, "Lib Dem")
    assert len(rows) == 1 and rows == with_form(found, "Liberal Democrat")
    assert rows[0].name == "Liberal Democrat"
