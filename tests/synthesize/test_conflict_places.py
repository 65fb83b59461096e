"""Name conflicts: a place and the country that holds it, and names in a replacement in a
team or a cast, are no two values of one role (invented sentences; names tagged by hand)."""

from __future__ import annotations

import pytest

from crossbrief.synthesize.conflicts.lineups import replaces
from crossbrief.synthesize.conflicts.places import within
from tests.synthesize.builders import conflict_values, tagged_article

_SET = "The new thriller by the Velmora author is set in {} and comes out in the spring."
_RAID = "Port officials said the convoy set out from {} early on Friday."


@pytest.mark.parametrize(
    ("place", "country", "found"),
    [
        ("London", "England", True),  # a capital inside a constituent country
        ("Edinburgh", "Scotland", True),
        ("Scotland", "United Kingdom", True),  # a constituent country inside the kingdom
        ("London", "United Kingdom", True),
        ("Nairobi", "Kenya", True),
        ("Ostrava", "Czech Republic", False),  # unknown to the tables: not known to be inside
        ("Lyon", "Germany", False),
        ("Europe", "France", False),  # a continent holds the country, not the reverse
        ("", "France", False),
        ("London", "Scotland", False),  # the constituent countries are not each other
        ("Glasgow", "England", False),
        ("England", "Scotland", False),
        ("Nairobi", "Sudan", False),  # the tables put it in another country
        ("Chad", "Sudan", False),  # two countries
        ("Sudan", "Ostrava", False),  # the second is no country
    ],
)
def test_a_place_lies_within_a_country(place: str, country: str, found: bool) -> None:
    assert within(place, country) is found


def test_a_city_and_its_country_are_no_name_conflict_but_two_countries_are() -> None:
    a = tagged_article("a", [_SET.format("London")], [("London", "GPE")])
    b = tagged_article("b", [_SET.format("England")], [("England", "GPE")])
    c = tagged_article("c", [_SET.format("Scotland")], [("Scotland", "GPE")])
    assert conflict_values(a, b) == []
    assert conflict_values(b, c) == [["England", "Scotland"]]
    assert conflict_values(a, c) == [["London", "Scotland"]]


def test_a_place_the_tables_do_not_hold_against_a_country_is_a_conflict() -> None:
    a = tagged_article("a", [_SET.format("Lyon")], [("Lyon", "GPE")])
    b = tagged_article("b", [_SET.format("Germany")], [("Germany", "GPE")])
    assert conflict_values(a, b) == [["Lyon", "Germany"]]


def test_only_place_names_are_read_as_a_place_in_a_country() -> None:
    # two players whose names are a country and one of its provinces: two people
    line = "Coach Lind said {} will start in goal against Velmora on Saturday."
    a = tagged_article("a", [line.format("Jordan")], [("Jordan", "PERSON")])
    b = tagged_article("b", [line.format("Madaba")], [("Madaba", "PERSON")])
    assert conflict_values(a, b) == [["Jordan", "Madaba"]]
    a = tagged_article("a", [_SET.format("Madaba")], [("Madaba", "GPE")])
    b = tagged_article("b", [_SET.format("Jordan")], [("Jordan", "GPE")])
    assert conflict_values(a, b) == []


@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        ("Hart comes in for the injured Cole in the side.", True),
        ("Lee replaces Hart in the starting line-up.", True),
        ("She joins the cast list of the new production.", True),
        ("She was cast as the queen in the new production.", False),  # one role
        ("Lee was named in the squad for Saturday.", True),
        ("Lee replaces Hart as chief executive of Velmora Bank.", False),  # one role
        ("Lee was elected mayor of Velmora on Sunday.", False),
        # generic words are no team: "as part of", "the side of the road", "a new role"
        ("Lee replaced Hart as chief executive on Monday as part of a shake-up.", False),
        ("Police brought Hart in for questioning after the crash on the side of the road.", False),
        ("Lee replaces Hart, who takes on a new role at the bank.", False),
        ("Lee replaces Hart in the role of the king.", False),  # one role
        ("Lee came in for Hart in the starting side.", True),
        # the team word in another clause
        ("Lee replaced Hart as chairman; the club's squad was named on Friday.", False),
    ],
)
def test_a_replacement_in_a_team_or_cast_is_read(sentence: str, found: bool) -> None:
    assert replaces(sentence) is found


def test_a_replacement_named_two_ways_is_no_name_conflict_but_an_officer_is() -> None:
    line = "Coach Tarrow said {} comes in for the injured Lind in the side on Saturday."
    a = tagged_article("a", [line.format("Ostby")], [("Ostby", "PERSON")])
    b = tagged_article("b", [line.format("Varga")], [("Varga", "PERSON")])
    assert conflict_values(a, b) == []
    officer = "Police said {} led the raid on the border town of Velmora late on Monday."
    c = tagged_article("c", [officer.format("Inspector Ostby")], [("Ostby", "PERSON")])
    d = tagged_article("d", [officer.format("Inspector Varga")], [("Varga", "PERSON")])
    assert conflict_values(c, d) == [["Ostby", "Varga"]]


def test_an_officer_replaced_as_part_of_a_change_is_still_one_role() -> None:
    line = "Ann Lee replaced {} as chief executive of Ostrel on Monday as part of a shake-up."
    a = tagged_article("a", [line.format("Ostby")], [("Ostby", "PERSON")])
    b = tagged_article("b", [line.format("Varga")], [("Varga", "PERSON")])
    assert conflict_values(a, b) == [["Ostby", "Varga"]]
    held = "Police brought driver {} in for questioning after the crash on the side of the road."
    c = tagged_article("c", [held.format("Ostby")], [("Ostby", "PERSON")])
    d = tagged_article("d", [held.format("Varga")], [("Varga", "PERSON")])
    assert conflict_values(c, d) == [["Ostby", "Varga"]]
