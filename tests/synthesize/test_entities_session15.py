"""Entity panel leftovers of session 14: a thing's noun ending like a person's ("plant"), an
organisation the NER tags a person taking the title before it, a short first name alone
beside the full one, and two people sharing a surname and a first name's start. Invented
articles; NER slips are tagged by hand where the model's own labels would vary."""

from __future__ import annotations

from typing import Any

from crossbrief.synthesize.entities.title_runs import role_noun
from tests.synthesize.builders import (
    pipeline_entities,
    story_with_entities,
    tagged_everywhere,
    with_form,
)


def test_a_things_noun_ending_like_a_persons_is_no_role() -> None:
    assert not role_noun("plant")
    assert not role_noun("incident")
    # Negative: nouns of people with those endings stay roles.
    for person in ("resident", "assistant", "accountant", "student", "economist"):
        assert role_noun(person), person


def test_two_capitals_before_a_plant_abbreviate_a_kind() -> None:
    # "the KZ plant" names a kind of plant, as "the KZ unit" does; KZ's people act.
    _, found = story_with_entities(
        tagged_everywhere(
            "a1",
            ["Workers left the KZ plant on Monday.", "The KZ plant will close in May."],
            [("KZ", "ORG")],
        ),
    )
    assert not with_form(found, "KZ")
    # Negative: before a noun of people the letters name a body whose people act.
    _, kept = story_with_entities(
        tagged_everywhere(
            "a1",
            ["The KZ accountants said costs rose.", "KZ assistant Ann Lee resigned."],
            [("KZ", "ORG"), ("Ann Lee", "PERSON")],
        ),
    )
    assert with_form(kept, "KZ")


def test_a_body_tagged_a_person_gives_the_title_to_the_role_holder() -> None:
    _, found = story_with_entities(
        tagged_everywhere(
            "a1",
            [
                "Chief Velmora Bank economist Ann Lee said rates would rise.",
                "The Velmora Bank kept rates on hold.",
            ],
            [("Velmora Bank", "PERSON"), ("Ann Lee", "PERSON")],
        ),
    )
    forms = {a.form for e in found for a in e.aliases}
    assert "Chief Velmora Bank" not in forms
    assert "Velmora Bank" in forms
    # Negative: a person's name before a role keeps its title ("Senator Lee aide").
    _, people = story_with_entities(
        tagged_everywhere(
            "a1",
            ["Senator Lee aide Tom Varga resigned.", "Lee said little."],
            [("Lee", "PERSON"), ("Tom Varga", "PERSON")],
        ),
    )
    assert "Senator Lee" in {a.form for e in people for a in e.aliases}


def test_a_short_first_name_alone_joins_the_one_full_name_it_begins() -> None:
    _, found = story_with_entities(
        tagged_everywhere(
            "a1",
            ["Wladimir Kostra won the fight.", "Kostra kept his title."],
            [("Wladimir Kostra", "PERSON"), ("Kostra", "PERSON")],
        ),
        tagged_everywhere(
            "a2",
            ["Wlad said he felt strong.", "Wlad will fight again in May."],
            [("Wlad", "PERSON")],
        ),
    )
    assert len(with_form(found, "Wlad")) == 1
    assert with_form(found, "Wlad") == with_form(found, "Wladimir Kostra")


def test_a_short_first_name_alone_with_two_candidates_stays_apart() -> None:
    # Negative: two people whose first names it begins, or one whose given name is of the
    # other sex ("Dan" is no "Daniela"), leave it its own row.
    _, found = story_with_entities(
        tagged_everywhere(
            "a1",
            ["Wladimir Kostra won.", "Wladislav Berg lost.", "Wlad said it was close."],
            [("Wladimir Kostra", "PERSON"), ("Wladislav Berg", "PERSON"), ("Wlad", "PERSON")],
        ),
    )
    assert with_form(found, "Wlad") != with_form(found, "Wladimir Kostra")
    assert with_form(found, "Wlad") != with_form(found, "Wladislav Berg")
    _, other = story_with_entities(
        tagged_everywhere(
            "a1",
            ["Daniela Orsk won the seat.", "Dan said he was pleased for her."],
            [("Daniela Orsk", "PERSON"), ("Dan", "PERSON")],
        ),
    )
    assert with_form(other, "Dan") != with_form(other, "Daniela Orsk")


def test_two_full_names_in_one_sentence_are_two_people(nlp: Any) -> None:
    found = pipeline_entities(
        nlp,
        "Tom Kestrel and Tomas Kestrel both ran the race. Tom Kestrel finished first.",
        "Tomas Kestrel was second in Orla.",
    )
    assert len(with_form(found, "Tom Kestrel")) == 1
    assert with_form(found, "Tom Kestrel") != with_form(found, "Tomas Kestrel")


def test_a_short_first_name_written_apart_still_joins(nlp: Any) -> None:
    # Negative of the one above: in different sentences the short form is the nickname.
    found = pipeline_entities(
        nlp,
        "Frederick Osterl won the seat on Monday. Osterl thanked voters.",
        "Fred Osterl said the count was fair.",
    )
    assert len(with_form(found, "Fred Osterl")) == 1
    assert with_form(found, "Fred Osterl") == with_form(found, "Frederick Osterl")


def _surname_story(short: str) -> list[Any]:
    """A story naming a politician in full twice, with two spellings of the first name, and
    six times by ``short``, a form the NER tags a place."""
    lines = [f"{short} spoke on Monday." for _ in range(6)]
    _, found = story_with_entities(
        tagged_everywhere(
            "a1",
            ["Rep. Bob Vell said the vote was close.", *lines],
            [("Rep. Bob Vell", "PERSON"), ("Vell", "GPE")],
        ),
        tagged_everywhere(
            "a2", ["Robert Vell won the seat."], [("Robert Vell", "PERSON"), ("Vell", "GPE")]
        ),
    )
    return found


def test_a_surname_the_ner_calls_a_place_is_the_titled_persons() -> None:
    found = _surname_story("Vell")
    assert [e.type for e in with_form(found, "Rep. Bob Vell")] == ["PERSON"]
    assert with_form(found, "Vell") == with_form(found, "Robert Vell")


def test_a_place_written_only_after_the_stays_a_place() -> None:
    # Negative: "the Vell" is no surname standing alone; the place's votes stand.
    found = _surname_story("The dam at the Vell")
    assert "PERSON" not in [e.type for e in with_form(found, "Vell")]


def test_a_title_opening_a_firms_span_is_its_name() -> None:
    _, found = story_with_entities(
        tagged_everywhere(
            "a1",
            ["General Orchards said sales rose.", "Ann Orchards runs a bakery."],
            [("General Orchards", "ORG"), ("Ann Orchards", "PERSON")],
        ),
        tagged_everywhere("a2", ["Orchards said she was worried."], [("Orchards", "PERSON")]),
    )
    firm = with_form(found, "General Orchards")
    assert [(e.type, e.name) for e in firm] == [("ORG", "General Orchards")]
    assert firm != with_form(found, "Ann Orchards")
    assert with_form(found, "Orchards") == with_form(found, "Ann Orchards")


def test_a_title_before_a_persons_span_stays_a_title() -> None:
    # Negative: the NER leaves a general's rank out of the person's span, and a qualifier
    # inside a body's span ("Former Velmora") is still no part of its name.
    _, found = story_with_entities(
        tagged_everywhere(
            "a1",
            ["General Varga said the base was safe.", "Tom Varga commands the garrison."],
            [("Tom Varga", "PERSON"), ("Varga", "PERSON")],
        ),
        tagged_everywhere(
            "a2",
            ["Former Orvex said it would appeal.", "Orvex cut jobs."],
            [("Former Orvex", "ORG"), ("Orvex", "ORG")],
        ),
    )
    assert with_form(found, "General Varga") == with_form(found, "Tom Varga")
    assert with_form(found, "Former Orvex") == with_form(found, "Orvex")


def test_a_party_nickname_joins_its_members_word() -> None:
    _, found = story_with_entities(
        tagged_everywhere(
            "a1",
            ["Republicans said the bill would fail.", "The GOP has a majority in Velmora."],
            [("Republicans", "NORP"), ("GOP", "ORG"), ("Velmora", "GPE")],
        ),
    )
    assert len(with_form(found, "GOP")) == 1
    assert with_form(found, "GOP") == with_form(found, "Republicans")
    # Negative: another party's members are no part of it.
    _, apart = story_with_entities(
        tagged_everywhere(
            "a1",
            ["Democrats said the bill would fail.", "The GOP has a majority in Velmora."],
            [("Democrats", "NORP"), ("GOP", "ORG"), ("Velmora", "GPE")],
        ),
    )
    assert with_form(apart, "GOP") != with_form(apart, "Democrats")


def test_a_kind_of_security_in_capitals_is_no_entity(nlp: Any) -> None:
    found = pipeline_entities(
        nlp,
        "ETF shares rose 4% on Monday, and two REITs fell. The IPO was delayed.",
        "Orvex Capital launched the Orvex ETF in Velmora last year.",
    )
    forms = {a.form for e in found for a in e.aliases}
    assert not forms & {"ETF", "REITs", "IPO"}
    # Negative: a fund's own name before the kind stays a name.
    assert [f for f in forms if f.startswith("Orvex")]
