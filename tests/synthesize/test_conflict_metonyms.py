"""Name conflicts: a country's capital or seat of government standing for the country is
one referent, not another name (invented sentences; names tagged by hand)."""

from __future__ import annotations

import pytest

from crossbrief.synthesize.conflicts.names import stands_for
from tests.synthesize.builders import conflict_values, tagged_article

_LINE = "Officials said {} carried out the raid on the border town of Velmora late on Monday."


@pytest.mark.parametrize(
    ("metonym", "name", "found"),
    [
        ("Paris", "France", True),
        ("the Kremlin", "Russia", True),
        ("France", "Paris", False),  # the country is no metonym of its capital
        ("Lyon", "France", False),  # another city of the country
        ("Paris", "Spain", False),
    ],
)
def test_a_capital_stands_for_its_country(metonym: str, name: str, found: bool) -> None:
    assert stands_for(metonym, name) is found


def test_a_capital_for_its_country_is_no_name_conflict() -> None:
    a = tagged_article("a", [_LINE.format("France")], [("France", "GPE")])
    b = tagged_article("b", [_LINE.format("Paris")], [("Paris", "PERSON")])
    c = tagged_article("c", [_LINE.format("Spain")], [("Spain", "GPE")])
    assert conflict_values(a, b) == []
    assert conflict_values(a, c) == [["France", "Spain"]]  # the control: two countries
