"""Session 11 review fixes of the entity rules: a common word as a person's name, a surname
that is a common word, a person inside a body's name, a network cue, a charge acronym and an
elided name particle (invented text)."""

from __future__ import annotations

from crossbrief.synthesize.entities.junk import without_glued_quote
from tests.synthesize.test_entities import article, entities


def _names(*arts: object) -> list[tuple[str, str]]:
    found, _ = entities(*arts)  # type: ignore[arg-type]
    return sorted((e.name, e.type) for e in found)


def test_a_speaker_named_by_a_common_word_stays_a_person() -> None:
    text = "Prices rose sharply. Rose said the plan would work. Later Rose left."
    assert _names(article("a", text, [("Rose", "PERSON"), ("Rose", "PERSON")])) == [
        ("Rose", "PERSON")
    ]
    text = "Wolf told reporters the vote was fair. A wolf was seen nearby."
    assert _names(article("a", text, [("Wolf", "PERSON")])) == [("Wolf", "PERSON")]
    # Written in lower case no more often than capitalised mid-sentence: a name.
    text = "The voters met Hope. There is hope."
    assert _names(article("a", text, [("Hope", "PERSON")])) == [("Hope", "PERSON")]


def test_a_job_title_alone_is_still_dropped_when_no_cue_makes_it_a_name() -> None:
    text = "Showrunner, 51, adds a scene. The showrunner of Vela Radio and a showrunner agreed."
    found = _names(article("a", text, [("Showrunner", "PERSON"), ("Vela Radio", "ORG")]))
    assert found == [("Vela Radio", "ORG")]


def test_a_full_name_names_the_row_over_its_common_word_surname() -> None:
    text = "Theresa May spoke. May said talks may resume. May left."
    tags = [("Theresa May", "PERSON"), ("May", "PERSON"), ("May", "PERSON")]
    assert _names(article("a", text, tags)) == [("Theresa May", "PERSON")]
    text = "Ann Young, 40, spoke. Young thinks young people care. Young left."
    tags = [("Ann Young", "PERSON"), ("Young", "PERSON"), ("Young", "PERSON")]
    assert _names(article("a", text, tags)) == [("Ann Young", "PERSON")]


def test_a_speaker_is_no_short_form_of_a_body_ending_with_the_name() -> None:
    text = "Velder said he would retire. Sales of the Air Velder line rose."
    tags = [("Velder", "PERSON"), ("Air Velder", "PRODUCT")]
    assert _names(article("a", text, tags)) == [("Air Velder", "PRODUCT"), ("Velder", "PERSON")]
    # Without such a cue the word is the body's short name, as before.
    text = "The Air Velder line sold well. Velder sold more shoes."
    tags = [("Air Velder", "PRODUCT"), ("Velder", "PERSON")]
    found, _ = entities(article("a", text, tags))
    assert [e.type for e in found] == ["PRODUCT"]


def test_a_person_after_a_posting_verb_stays_a_person() -> None:
    text = "The mayor said on Kim Lee's show that it was fine."
    assert _names(article("a", text, [("Kim Lee", "PERSON")])) == [("Kim Lee", "PERSON")]
    text = "The clip was posted on Ann Lee's page."
    assert _names(article("a", text, [("Ann Lee", "PERSON")])) == [("Ann Lee", "PERSON")]
    text = "The fans took to Ann Lee at once."
    assert _names(article("a", text, [("Ann Lee", "PERSON")])) == [("Ann Lee", "PERSON")]
    # A network stays a network.
    text = "Ann Lee posted on Velo Chat that she was glad."
    tags = [("Ann Lee", "PERSON"), ("Velo Chat", "PERSON")]
    assert _names(article("a", text, tags)) == [("Ann Lee", "PERSON"), ("Velo Chat", "ORG")]


def test_an_acronym_before_arrest_or_charge_is_a_body_unless_it_is_the_charge() -> None:
    for text in ("The VBI arrest came late.", "The VRA charge sheet ran long."):
        form = text.split()[1]
        assert _names(article("a", text, [(form, "ORG")])) == [(form, "ORG")]
    text = "A prior VNC member spoke."
    assert _names(article("a", text, [("VNC", "ORG")])) == [("VNC", "ORG")]
    # "a prior X arrest" is a charge.
    text = "Ann Lee had a prior DWX arrest."
    assert _names(article("a", text, [("Ann Lee", "PERSON"), ("DWX", "ORG")])) == [
        ("Ann Lee", "PERSON")
    ]
    # ... unless the story names the body in full.
    text = "The Velora Bureau of Investigation spoke. Ann Lee had a prior VBI arrest."
    tags = [("The Velora Bureau of Investigation", "ORG"), ("Ann Lee", "PERSON"), ("VBI", "ORG")]
    assert ("Ann Lee", "PERSON") in _names(article("a", text, tags))
    assert len(_names(article("a", text, tags))) == 2
    assert any("VBI" in str(e.aliases) for e in entities(article("a", text, tags))[0])


def test_an_elided_particle_before_an_apostrophe_is_part_of_the_name() -> None:
    for name in ("Marco dell'Arvo", "Paola dall'Orsa", "Bruno nell'Olmo", "Ann O'Neill"):
        assert without_glued_quote(name, 0, len(name)) == (name, 0, len(name))
    # A verb glued to a quote's first word is still cut.
    assert without_glued_quote("went'Tom Bell", 0, 13) == ("Tom Bell", 5, 13)


def test_a_name_with_an_elided_particle_is_named_in_full() -> None:
    for name in ("Paola dall'Orsa", "Remy Caron d'Arvo"):
        found, _ = entities(article("a", f"{name} spoke.", [(name, "PERSON")]))
        assert [e.name for e in found] == [name]
    # A lower-case word that is no particle still ends the span.
    found, _ = entities(article("a", "Paola Orsa today spoke.", [("Paola Orsa today", "PERSON")]))
    assert [e.name for e in found] == ["Paola Orsa"]


def test_a_capitalised_word_after_a_determiner_is_no_use_as_a_name() -> None:
    # "The new Keeper" is a title: the lower-case "a keeper" outweighs no name use.
    text = "Keeper, 51, spoke. The new Keeper sat with a keeper."
    assert _names(article("a", text, [("Keeper", "PERSON")])) == []
    # Mid-sentence and bare, it is a name as often as a word.
    text = "Keeper, 51, spoke. Fans met Keeper with a keeper."
    assert _names(article("a", text, [("Keeper", "PERSON"), ("Keeper", "PERSON")])) == [
        ("Keeper", "PERSON")
    ]


def test_a_network_one_speaks_on_and_a_body_that_speaks() -> None:
    text = "Ann Lee said on Velo that she was glad."
    tags = [("Ann Lee", "PERSON"), ("Velo", "PERSON")]
    assert _names(article("a", text, tags)) == [("Ann Lee", "PERSON"), ("Velo", "ORG")]
    # "The Velm said": a body speaks with "the" before it, a person without.
    text = "The State Velm met. Ann Lee said the Velm said he was wrong."
    tags = [("The State Velm", "ORG"), ("Ann Lee", "PERSON"), ("Velm", "PERSON")]
    assert _names(article("a", text, tags)) == [("Ann Lee", "PERSON"), ("State Velm", "ORG")]
