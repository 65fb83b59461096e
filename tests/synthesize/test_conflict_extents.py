"""Conflict extents: a count spread over several countries, a figure of another year; and a
conflict's label, where a bound that an exact value meets is no other value (invented
sentences; figures placed by hand)."""

from __future__ import annotations

import pytest

from crossbrief.model import AnalyzedArticle
from crossbrief.synthesize.conflicts import build_conflicts
from crossbrief.synthesize.conflicts.extents import extents
from crossbrief.synthesize.facts import group_sentences
from crossbrief.synthesize.story import Story
from tests.synthesize.builders import conflict_values, figure_article


def _extents(sentence: str, figure: str, count: bool = True) -> frozenset[str]:
    """The extents of ``figure`` in a one-sentence text taken as one clause."""
    end = sentence.index(figure) + len(figure)
    return extents(sentence, 0, 0, len(sentence), end, count)


@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        ("The flood killed 9,000 people in 11 countries.", {"countries"}),
        ("The flood killed 9,000 people across Africa.", {"countries"}),
        ("The flood left 9,000 dead or lost in a dozen countries.", {"countries"}),
        ("The flood killed 9,000 people around the Arctic Ocean.", {"countries"}),
        ("The flood killed 9,000 people in Chad, Niger and other countries.", {"countries"}),
        ("The flood killed 9,000 people worldwide.", {"countries"}),
        # negatives: one place, or a spread far from the count
        ("The flood killed 9,000 people in the province.", set()),
        ("The flood killed 9,000 people in the province and more in countries nearby.", set()),
    ],
)
def test_a_count_spread_over_several_countries(sentence: str, found: set[str]) -> None:
    assert _extents(sentence, "9,000") == found


def test_only_a_count_is_spread_over_countries() -> None:
    assert _extents("Prices rose 9 percent across Europe.", "9", count=False) == frozenset()


@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        ("The 1999 storm that hit the coast was a 5.2 event.", {"year:1999"}),
        ("In 1999, a 5.2 storm hit the coast.", {"year:1999"}),
        ("In March 1999, a 5.2 storm hit the coast.", {"year:1999"}),
        # negatives: a year after the figure's thing, or not naming anything
        ("A 5.2 storm hit a coast struck by the floods of 1999.", set()),
        ("The 5.2 storm hit the coast on Monday.", set()),
        ("The storm cost 1999 dollars.", set()),
    ],
)
def test_a_figure_of_another_year(sentence: str, found: set[str]) -> None:
    assert _extents(sentence, "5.2" if "5.2" in sentence else "1999", count=False) == found


def test_a_provinces_toll_and_a_toll_over_countries_do_not_conflict() -> None:
    a = figure_article(
        "a", "In the old flood, the wave killed 90,000 people in the province.", [("90,000", "")]
    )
    b = figure_article(
        "b", "In the old flood, the wave killed 130,000 people across Africa.", [("130,000", "")]
    )
    c = figure_article(
        "c", "In the old flood, the wave killed 130,000 people in the province.", [("130,000", "")]
    )
    assert conflict_values(a, b) == []
    assert conflict_values(a, c) == [["90,000", "130,000"]]  # the control: one scope


def test_a_past_years_figure_does_not_conflict_with_todays() -> None:
    a = figure_article(
        "a", "A 5.8-magnitude quake shook the valley towns on Monday.", [("5.8", "")]
    )
    b = figure_article(
        "b", "The 1999 quake that shook the valley towns was a 7.9-magnitude quake.", [("7.9", "")]
    )
    c = figure_article(
        "c", "A 6.9-magnitude quake shook the valley towns on Monday.", [("6.9", "")]
    )
    assert conflict_values(a, b) == []
    assert conflict_values(a, c) == [["5.8", "6.9"]]  # the control: one quake


@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        ("The mayor said 9,000 people were killed in those raids.", {"those:raids"}),
        ("The mayor said 9,000 people died from these two attacks.", {"those:attacks"}),
        # negatives: no demonstrative, or one naming no events the figure is of
        ("The mayor said 9,000 people were killed in the raids.", set()),
        ("The mayor said 9,000 people were killed, those officials said.", set()),
    ],
)
def test_a_figure_of_events_pointed_back_to(sentence: str, found: set[str]) -> None:
    assert _extents(sentence, "9,000") == found


def test_a_count_of_events_pointed_back_to_does_not_meet_a_plain_count() -> None:
    line = "The governor said {} were killed in {} near the northern border town."
    a = figure_article("a", line.format("12 people", "the raid"), [("12", "people")])
    b = figure_article("b", line.format("7 people", "those raids"), [("7", "people")])
    c = figure_article("c", line.format("7 people", "the raid"), [("7", "people")])
    assert conflict_values(a, b) == []
    assert conflict_values(a, c) == [["12", "7"]]  # the control: one raid


def _toll(aid: str, figure: str) -> AnalyzedArticle:
    return figure_article(
        "a" + aid, f"The Varnholm flood killed {figure} people on the coast.", [(figure, "people")]
    )


def test_a_bound_an_exact_value_meets_is_no_other_value_in_the_label() -> None:
    story = Story([_toll("1", "60"), _toll("2", "at least 60"), _toll("3", "65")])
    (conflict,) = build_conflicts(story, group_sentences(story))
    assert conflict.about.endswith(": 60 vs 65 (count)")
    assert len(conflict.values) == 3  # the bound's sentence is still cited


def test_a_bound_no_exact_value_meets_stays_in_the_label() -> None:
    story = Story([_toll("1", "60"), _toll("2", "at least 70"), _toll("3", "65")])
    (conflict,) = build_conflicts(story, group_sentences(story))
    assert conflict.about.endswith(": 60 vs 65 vs at least 70 (count)")


@pytest.mark.parametrize(
    ("sentence", "own", "found"),
    [
        # the article's own year, a thing only compared with, four digits counting a plural
        ("Ann Lee won 5,210 votes in the 2026 mayoral election.", "2026", set()),
        ("The storm killed 15 people in the worst flooding since the 2004 floods.", "", set()),
        ("The storm killed 15 people, more than the 2004 storm did.", "", set()),
        ("The firm said 15 of the 2000 workers were laid off.", "", set()),
        ("The firm said 15 of the 2000 people were laid off.", "", set()),
        # the controls: another year's thing, and a plural of events
        ("Ann Lee won 5,210 votes in the 2022 mayoral election.", "2026", {"year:2022"}),
        ("The storm killed 15 people in the 2004 floods.", "", {"year:2004"}),
    ],
)
def test_which_years_scope_a_figure(sentence: str, own: str, found: set[str]) -> None:
    figure = "5,210" if "5,210" in sentence else "15"
    end = sentence.index(figure) + len(figure)
    assert extents(sentence, 0, 0, len(sentence), end, True, own) == found


@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        # where the counted came from is no extent of where they died (the reviewer's c12)
        ("The crash killed 9,000 people from around the world.", set()),
        ("The crash killed 9,000 people from 13 countries.", set()),
        ("The crash killed 9,000 students from across Asia.", set()),
        # the control: spread over the world
        ("The virus killed 9,000 people around the world.", {"countries"}),
    ],
)
def test_where_the_counted_came_from_is_no_extent(sentence: str, found: set[str]) -> None:
    assert _extents(sentence, "9,000") == found


def test_a_toll_of_people_from_around_the_world_conflicts() -> None:
    a = figure_article(
        "a", "The plane crash near Ostrel killed 150 people from around the world.", [("150", "")]
    )
    b = figure_article("b", "The plane crash near Ostrel killed 162 people.", [("162", "")])
    assert conflict_values(a, b) == [["150", "162"]]


def test_a_toll_compared_with_an_old_flood_conflicts() -> None:
    line = "The storm killed {} people in Ostrel in the worst flooding {}."
    a = figure_article("a", line.format(15, "since the 2004 floods"), [("15", "people")])
    b = figure_article("b", line.format(12, "in years"), [("12", "people")])
    assert conflict_values(a, b) == [["15", "12"]]
