"""What an NER span takes in that is no name (addresses and handles, numbers run on after a
name, an adverb opening the sentence) and capitals that are the city (invented text)."""

from __future__ import annotations

from typing import Any

from crossbrief.synthesize.entities.junk import is_address, without_number, without_opener
from tests.synthesize.test_entities import article, entities


def test_web_addresses_and_handles_are_no_entities() -> None:
    text = "Kiri Dosa spoke. pic.twitter.com/ab12Cd shows it. @dosafan agreed."
    tags = [("Kiri Dosa", "PERSON"), ("pic.twitter.com/ab12Cd", "PERSON"), ("@dosafan", "ORG")]
    found, _ = entities(article("a", text, tags))
    assert [e.name for e in found] == ["Kiri Dosa"]


def test_a_name_with_a_dot_is_no_address() -> None:
    assert is_address("www.velora.org")
    assert is_address("@dosafan")
    assert not is_address("A.J. Dosa")
    assert not is_address("Velora Inc.")
    assert not is_address("Velora.com")


def test_a_number_before_percent_is_no_part_of_the_name() -> None:
    text = 'The mayor said he "backs Kiri Dosa 100 percent," and left.'
    found, _ = entities(article("a", text, [("Kiri Dosa 100 percent", "PERSON")]))
    assert [(e.name, [a.form for a in e.aliases]) for e in found] == [("Kiri Dosa", ["Kiri Dosa"])]


def test_a_trailing_number_leaves_a_person_or_a_year_a_place_but_not_a_road() -> None:
    assert without_number("Kiri Dosa 12", 20, "PERSON") == ("Kiri Dosa", 17)
    assert without_number("Velora 2000", 11, "GPE") == ("Velora", 6)
    assert without_number("Route 52", 8, "FAC") == ("Route 52", 8)
    assert without_number("Velora 52", 9, "GPE") == ("Velora 52", 9)


def test_an_adverb_opening_a_sentence_is_no_part_of_the_name() -> None:
    body = "He waited. First Dosa goes home."
    assert without_opener("First Dosa", 11, body, "PERSON") == ("Dosa", 17)
    # mid-sentence, "First" may begin a name ("the First Velora Bank")
    body = "He joined the First Velora Bank."
    assert without_opener("First Velora Bank", 14, body, "ORG") == ("First Velora Bank", 14)


def test_a_name_other_than_a_person_keeps_an_opening_adverb() -> None:
    # The adverb is cut before a person ("First Dosa goes"); a company, a channel or a work
    # may be named with one, at the start of a sentence too.
    assert without_opener("First Velora Bank", 0, "First Velora Bank cut", "ORG")[0] == (
        "First Velora Bank"
    )
    assert without_opener("Now Velora", 0, "Now Velora aired it.", "ORG")[0] == "Now Velora"
    text = "First Velora Bank cut its lending rate on Monday."
    found, _ = entities(article("a", text, [("First Velora Bank", "ORG")]))
    assert [e.name for e in found] == ["First Velora Bank"]


def _capital_kind(found: list[Any], form: str) -> str | None:
    """The alias kind of ``form`` in the country's entity, or None when it is apart."""
    for e in found:
        for a in e.aliases:
            if a.form == form:
                return a.kind if e.type == "GPE" and e.name != form else None
    raise AssertionError(form)


def test_a_capital_named_after_its_country_is_the_city() -> None:
    text = "Guatemala signed. The minister spoke in Guatemala City. Guatemala City agreed."
    tags = [("Guatemala", "GPE"), ("Guatemala City", "GPE"), ("Guatemala City", "GPE")]
    found, _ = entities(article("a", text, tags))
    assert _capital_kind(found, "Guatemala City") is None


def test_a_capital_one_visits_is_the_city_and_one_that_decides_the_country() -> None:
    text = "Norway agreed. After a trip to Oslo the envoy left. Oslo said no."
    tags = [("Norway", "GPE"), ("Oslo", "GPE"), ("Oslo", "GPE")]
    found, _ = entities(article("a", text, tags))
    kinds = sorted((e.name, a.kind) for e in found for a in e.aliases if a.form == "Oslo")
    assert kinds == [("Norway", "capital"), ("Oslo", "name")]


def test_a_degree_after_a_persons_name_is_no_entity_but_a_state_after_a_city_is() -> None:
    text = "Chief executive Kiri Dosa, MD, said the clinic would open. She left Velora, MD, early."
    tags = [("Kiri Dosa", "PERSON"), ("MD", "ORG"), ("Velora", "GPE")]
    found, _ = entities(article("a", text, tags))
    names = [e.name for e in found]
    assert "Kiri Dosa" in names
    assert names.count("MD") == 0
    after_city = "The clinic opened in Velora, MD, on Monday."
    found, _ = entities(article("b", after_city, [("Velora", "GPE"), ("MD", "GPE")]))
    assert "MD" in [e.name for e in found]
