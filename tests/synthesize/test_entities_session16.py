"""Entity panel leftovers of session 15: a product's letters after its maker's name, a
people's adjective formed from its country's name, nouns ending like agent nouns that name
things, common words the first-name table genders, and software or programmes the NER
takes for people or places. Invented articles; NER slips are tagged by hand where the
model's own labels would vary."""

from __future__ import annotations

from dataclasses import replace

from crossbrief.model import AnalyzedArticle, Span
from crossbrief.synthesize.entities.gender import FEMALE, MALE, first_name_gender
from crossbrief.synthesize.entities.title_runs import role_noun
from tests.synthesize.builders import (
    story_with_entities,
    tagged_everywhere,
    types_with_form,
    with_form,
)


def test_a_products_letters_after_its_makers_name_are_not_the_maker() -> None:
    # "Orvex CM" is a product of Orvex whose letters happen to be a country's code, so the
    # name joins Orvex as its national arm; "CM" alone spells no initials of Orvex's name,
    # so its mentions are not the company's.
    _, found = story_with_entities(
        tagged_everywhere(
            "a1",
            [
                "Orvex said the Orvex CM reader would be updated.",
                "Users of CM complained, and Orvex promised a fix.",
                "CM has lost ground since March.",
            ],
            [("Orvex CM", "ORG"), ("Orvex", "ORG")],
        ),
    )
    maker = with_form(found, "Orvex")
    assert maker and not any(a.form == "CM" for e in maker for a in e.aliases)


def test_letters_that_spell_the_name_still_join_it() -> None:
    # Negative: letters that are the name's initials are its short form.
    _, found = story_with_entities(
        tagged_everywhere(
            "a1",
            [
                "The Velmora Harbour Board met on Monday.",
                "The VHB said fees would rise.",
            ],
            [("Velmora Harbour Board", "ORG"), ("VHB", "ORG")],
        ),
    )
    assert with_form(found, "VHB") == with_form(found, "Velmora Harbour Board")


def test_a_peoples_word_formed_on_its_country_joins_it() -> None:
    # The country table spells this people otherwise, so only the word's form ties it.
    _, found = story_with_entities(
        tagged_everywhere(
            "a1",
            [
                "Tajikistan closed its border on Monday.",
                "Tajik officials said trade would resume.",
                "Two Tajik ministers flew to Velmora.",
            ],
            [("Tajikistan", "GPE"), ("Tajik", "NORP"), ("Velmora", "GPE")],
        ),
    )
    tajik = with_form(found, "Tajik")
    assert tajik == with_form(found, "Tajikistan")
    assert tajik[0].name == "Tajikistan"
    assert {a.kind for a in tajik[0].aliases if a.form == "Tajik"} == {"demonym"}


def test_a_peoples_word_joins_no_place_it_only_begins() -> None:
    # Negative: a state named like a people's word plus a letter is not their place.
    _, found = story_with_entities(
        tagged_everywhere(
            "a1",
            ["Orvan farmers sold land in Orvana.", "Orvana passed a law on Orvan settlers."],
            [("Orvana", "GPE"), ("Orvan", "NORP")],
        ),
    )
    assert with_form(found, "Orvan") != with_form(found, "Orvana")


def test_a_things_noun_ending_in_er_or_or_is_no_role() -> None:
    for thing in ("computer", "motor", "corridor", "reactor", "sector", "department"):
        assert not role_noun(thing), thing
    # Negative: nouns of people with those endings stay roles.
    for person in ("trader", "investor", "lawyer", "doctor", "governor", "director"):
        assert role_noun(person), person


def test_two_capitals_before_a_things_er_noun_abbreviate_a_kind() -> None:
    # "the QX computer" names a kind of machine, as "the QX unit" does.
    _, found = story_with_entities(
        tagged_everywhere(
            "a1",
            ["Staff moved the QX computer on Monday.", "The QX computer will be sold."],
            [("QX", "ORG")],
        ),
    )
    assert not with_form(found, "QX")
    # Negative: before a noun of people the letters name a body whose people act.
    _, kept = story_with_entities(
        tagged_everywhere(
            "a1",
            ["The QX traders said costs rose.", "QX director Ann Lee resigned."],
            [("QX", "ORG"), ("Ann Lee", "PERSON")],
        ),
    )
    assert with_form(kept, "QX")


def test_software_named_by_its_kinds_noun_is_a_product() -> None:
    _, found = story_with_entities(
        tagged_everywhere(
            "a1",
            [
                "Users moved to browsers such as Kestrel, Tarsk and even Brill.",
                "The Kestrel browser was updated on Monday.",
                "Tarsk gained users, Ann Lee said.",
                "Orvex software runs on both.",
                "The Velmora software giant Brennor lost users.",
            ],
            [
                ("Kestrel", "PERSON"),
                ("Tarsk", "FAC"),
                ("Brill", "PERSON"),
                ("Ann Lee", "PERSON"),
                ("Orvex", "ORG"),
                ("Velmora", "GPE"),
                ("Brennor", "PERSON"),
            ],
        ),
    )
    for name in ("Kestrel", "Tarsk", "Brill"):
        assert types_with_form(found, name) == ["PRODUCT"], name
    # Negative: a person of the story and a maker named before "software" keep their types.
    assert types_with_form(found, "Ann Lee") == ["PERSON"]
    assert types_with_form(found, "Orvex") == ["ORG"]
    # ... and so does a maker's country before "software giant".
    assert types_with_form(found, "Velmora") == ["GPE"]


def test_a_programme_named_by_its_kinds_noun_is_a_work() -> None:
    _, found = story_with_entities(
        tagged_everywhere(
            "a1",
            [
                "Former Orla Street actor Tom Bell left the house.",
                "The new series of Celebrity Orla Street ends on Sunday.",
                "Orla Street drew six million viewers.",
                "Velmora released a series of Ann Lee songs, and Ann Lee sang.",
            ],
            [
                ("Orla Street", "PERSON"),
                ("Tom Bell", "PERSON"),
                ("Ann Lee", "PERSON"),
                ("Velmora", "GPE"),
            ],
        ),
    )
    assert types_with_form(found, "Orla Street") == ["WORK_OF_ART"]
    # Negative: "a series of" counts things; the person it names stays a person, and so
    # does the actor.
    assert types_with_form(found, "Ann Lee") == ["PERSON"]
    assert types_with_form(found, "Tom Bell") == ["PERSON"]


def test_words_opening_place_names_and_titles_are_no_given_names() -> None:
    # The name table counts a few people called so; in a name they open a place or a title.
    for word in ("fort", "mount", "general", "bishop"):
        assert first_name_gender(word) is None, word
    # Negative: given names keep their gender.
    assert first_name_gender("loretta") == FEMALE
    assert first_name_gender("tomas") == MALE


def _headed(first: str) -> AnalyzedArticle:
    """An article whose first line, a heading, opens with ``first`` tagged a person (the
    NER's slips in headings are not reproducible on demand)."""
    heading = f"{first} Reopens After Long Storm"
    made = tagged_everywhere(
        "a1", [heading, "Visitors returned to the hill on Monday."], [(first, "PERSON")]
    )
    return replace(made, headings=(Span(0, len(heading)),))


def test_a_place_word_opening_a_heading_is_no_person() -> None:
    # The name table genders "fort": a heading's first word tagged a person is no name.
    _, found = story_with_entities(_headed("Fort"))
    assert not with_form(found, "Fort")
    # Negative: a given name opening a heading may be a person's.
    _, kept = story_with_entities(_headed("Loretta"))
    assert with_form(kept, "Loretta")
