"""Population conflicts: one place given two sizes, keyed by the place, not the sentence."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from crossbrief.model import Figure
from tests.synthesize.test_conflicts import _brief_conflicts, _with_mentions


def _sized(aid: str, text: str, places: list[str], size: str, unit: str = "people") -> Any:
    """An article naming ``places`` (GPE) with one population figure ``size`` in it."""
    base = _with_mentions(aid, text, [(p, "GPE") for p in places])
    start = text.index(size)
    value = float(size.split()[0]) * (1e6 if "million" in size else 1.0)
    return replace(base, figures=(Figure(size, start, start + len(size), value, unit),))


def test_two_sizes_of_one_place_in_unrelated_sentences_conflict() -> None:
    a = _sized(
        "a",
        "Dravia and its allies call the blockade an attempt to starve a nation of 12 million.",
        ["Dravia"],
        "12 million",
        unit="",
    )
    b = _sized(
        "b",
        "Envoys met in Ostrel to end the standoff over Dravia, a country of 14 million people.",
        ["Ostrel", "Dravia"],
        "14 million",
    )
    assert _brief_conflicts(a, b) == [("figure", {"12 million", "14 million"})]


def test_sizes_of_two_places_or_one_size_repeated_do_not_conflict() -> None:
    a = _sized("a", "Dravia, a nation of 12 million, closed its ports.", ["Dravia"], "12 million")
    b = _sized("b", "Ostrel, a city of 14 million, closed its ports.", ["Ostrel"], "14 million")
    assert _brief_conflicts(a, b) == []
    c = _sized("c", "Dravia, a country of 12 million people, waited.", ["Dravia"], "12 million")
    assert _brief_conflicts(a, c) == []


def test_a_count_that_is_no_population_does_not_conflict() -> None:
    a = _sized("a", "Dravia sent 12 million doses to the border.", ["Dravia"], "12 million")
    b = _sized("b", "Dravia, home to 14 million people, waited.", ["Dravia"], "14 million")
    assert _brief_conflicts(a, b) == []


def test_seeds_give_ukraine_two_populations(seed_brief: Any) -> None:
    sizes = [c for c in seed_brief.conflicts if c.about.startswith("population of Ukraine")]
    assert len(sizes) == 1
    assert {v.value for v in sizes[0].values} == {"43 million", "44 million"}
    assert len({v.article for v in sizes[0].values}) == 2
