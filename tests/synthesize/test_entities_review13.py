"""Defects a review found in session 13's entity-panel rules: a title that is only part of
another's, a country named like a person's first name, a kinship apposition inside an
opening clause, a colon in running text, a state among state codes, and a party headed by
its nickname. Invented articles, the real pipeline."""

from __future__ import annotations

from typing import Any

from crossbrief.synthesize.entities.gender import FEMALE, MALE, relation_cue, sure_gender
from crossbrief.synthesize.entities.kinds import is_credential
from tests.synthesize.builders import pipeline_entities, with_form


def test_a_title_that_is_part_of_a_namesakes_longer_title_picks_no_one(nlp: Any) -> None:
    found = pipeline_entities(
        nlp,
        "Tom Lee, the governor of Velmora, signed the harbour bill on Monday. Lt. Gov. Ann Lee, "
        "who opposed the bill, was absent.\n\nThe bill takes effect in May.",
        "The harbour bill will save four hundred jobs, Gov. Lee said on Tuesday.",
    )
    (titled,) = with_form(found, "Gov. Lee")
    assert titled not in with_form(found, "Lt. Gov. Ann Lee")


def test_the_same_title_written_out_still_picks_its_namesake(nlp: Any) -> None:
    # Negative: "Governor Lee" is the one written in full as "Gov. Ann Lee".
    found = pipeline_entities(
        nlp,
        "Gov. Ann Lee signed the harbour bill in Velmora on Monday, while Mayor Tom Lee "
        "opposed it.\n\nThe bill takes effect in May.",
        "The harbour bill will save four hundred jobs, Governor Lee said on Tuesday. Ann Lee "
        "and Tom Lee spoke after the vote.",
    )
    assert with_form(found, "Governor Lee") == with_form(found, "Gov. Ann Lee")


_DIPLOMAT = (
    "Georgia Lee, a Velmoran diplomat, flew to the Caucasus on Monday for talks on the "
    "pipeline.\n\nGeorgia has asked her to stay until the talks end, officials said. Lee, 52, "
    "said Georgia had given her every help."
)


def test_a_country_is_no_alias_of_a_person_whose_first_name_it_spells(nlp: Any) -> None:
    found = pipeline_entities(
        nlp,
        _DIPLOMAT,
        "Lee will brief the Velmoran parliament next week on what Georgia offered her.",
    )
    assert "Georgia" not in [a.form for e in with_form(found, "Georgia Lee") for a in e.aliases]
    # Negative: the surname alone is still the diplomat.
    assert with_form(found, "Lee") == with_form(found, "Georgia Lee")


def test_a_country_followed_by_someone_elses_her_stays_a_country(nlp: Any) -> None:
    found = pipeline_entities(
        nlp,
        "The Orlen Hawks fired their coach, Ben Jordan, on Monday after a poor season.\n\n"
        "The club will play a friendly in Velmora next month. The foreign minister of Jordan "
        "said her government would send a youth team to the match.",
        "Ben Jordan was the third coach fired this season, the league said.",
    )
    assert with_form(found, "Jordan") != with_form(found, "Ben Jordan")


def test_a_kinship_apposition_inside_an_opening_clause_sets_the_relative_apart() -> None:
    for text, gender in (
        ("When his wife, Mira Velko, arrived at the court, reporters waited.", FEMALE),
        ("After his wife, Mira Velko, died, he sold the boat.", FEMALE),
        ("Since his son, Ivo Velko, took over, sales have doubled.", MALE),
    ):
        name = text.split(", ")[1]
        at = text.index(name)
        assert sure_gender(text, at, name, 0) == gender
        assert relation_cue(text, at, 0, at + len(name)) == "kin"
    # Negative: a name running straight into its verb is the main clause's subject.
    text = "When he left his wife, Velko moved to Orsk."
    at = text.index("Velko")
    assert sure_gender(text, at, "Velko", 0) is None
    assert relation_cue(text, at, 0, at + len("Velko")) is None


def test_the_surname_after_a_kinship_apposition_in_an_opening_clause_is_not_the_relative(
    nlp: Any,
) -> None:
    found = pipeline_entities(
        nlp,
        "Fisherman Tom Velko was charged with fraud in Orsk on Monday.\n\nWhen his wife, Mira "
        "Velko, arrived at the court, reporters crowded the steps. Velko denied every charge "
        "and was released on bail.",
        "Mira Velko, a teacher, has run the family's shop since 2019. Mira Velko declined to "
        "comment on the case.",
    )
    assert with_form(found, "Velko") != with_form(found, "Mira Velko")


def test_a_colon_inside_a_sentence_is_no_caption_label(nlp: Any) -> None:
    found = pipeline_entities(
        nlp,
        "The Orsk Gulls beat the Velmora Foxes 2-1 on Sunday in the harbour derby.\n\n"
        "Kovar scored both goals: one in each half.\n\nThe coach praised the defence.",
        "The Gulls won the derby again on Sunday.\n\nKovar had a simple plan: shoot early and "
        "often.\n\nFans in Orsk cheered until midnight.",
    )
    assert [e.type for e in with_form(found, "Kovar")] == ["PERSON"]


def test_a_state_code_after_another_state_code_is_no_credential() -> None:
    text = "Drivers from MD, DC and VA will pay more."
    at = text.index("DC")
    assert not is_credential("DC", text, at, at + 2, set())
    # Negative: after a credential that follows a name, the letters are a credential.
    named = "Ann Lee, MD, DC, treats backs."
    at = named.index("DC")
    assert is_credential("DC", named, at, at + 2, {named.index(", MD")})


def test_a_party_is_named_by_its_own_name_not_its_nickname(nlp: Any) -> None:
    found = pipeline_entities(
        nlp,
        "The Republican Party chose Velmora City for its convention on Monday. GOP leaders "
        "said the harbour front would host the event.",
        "The GOP's choice surprised Orsk, which had bid for years.",
    )
    (party,) = with_form(found, "GOP")
    # Not the nickname, nor the members' word the party's row also holds.
    assert party.name == "Republican Party"
