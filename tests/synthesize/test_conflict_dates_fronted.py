"""A year between a subject and its verb dates that verb ("voters in 2009 approved"), and
the source a sentence closes on ("..., Ilse Marn said.") names no actor of its event
(invented sentences; times and names placed by hand)."""

from __future__ import annotations

from tests.synthesize.test_conflict_dates import article, dates

BOND = "{}Korvath residents in {} approved a $4 million levy to acquire the old harbour sheds{}."


def _year(year: str) -> tuple[str, str, None]:
    return (year, year, None)


def test_a_year_before_its_verb_dates_the_event() -> None:
    a = article("a", BOND.format("", "2009", ", Ilse Marn said"), [_year("2009")])
    b = article("b", BOND.format("", "2010", ""), [_year("2010")])
    assert dates(a, b) == [["2009", "2010"]]


def test_two_people_named_after_the_verb_are_two_events() -> None:
    line = "Korvath voters in {} approved {} as harbour master for the old sheds."
    a = article("a", line.format("2009", "Dorel Vask"), [_year("2009")])
    b = article("b", line.format("2010", "Tomas Brenner"), [_year("2010")])
    assert dates(a, b) == []


def test_a_year_before_a_noun_dates_no_event() -> None:
    line = "Korvath residents in {} elections approved a $4 million levy to acquire old sheds."
    a = article("a", line.format("2009"), [_year("2009")])
    b = article("b", line.format("2010"), [_year("2010")])
    assert dates(a, b) == []
