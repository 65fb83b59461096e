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
        ("Ostrava", "Czech Republic", True),  # unknown to the tables: may lie anywhere
        ("Nairobi", "Sudan", False),  # the tables put it in another country
        ("Chad", "Sudan", False),  # two countries
        ("Sudan", "Ostrava", False),  # the second is no country
    ],
)
def test_a_place_lies_within_a_country(place: str, country: str, found: bool) -> None:
    assert within(place, country) is found


def test_a_city_and_its_country_are_no_name_conflict_but_two_countries_are() -> None:
    a = tagged_article("a", [_SET.format("Ostrava")], [("Ostrava", "GPE")])
    b = tagged_article("b", [_SET.format("the Czech Republic")], [("Czech Republic", "GPE")])
    c = tagged_article("c", [_SET.format("Slovakia")], [("Slovakia", "GPE")])
    assert conflict_values(a, b) == []
    assert conflict_values(b, c) == [["Czech Republic", "Slovakia"]]


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
