"""Running counts across dated articles: an inferred day dates an undated article, and a
count of one plural noun may grow any amount from one day to the next (invented sentences;
figures placed by hand)."""

from __future__ import annotations

from dataclasses import replace

import pytest

from crossbrief.model import AnalyzedArticle
from crossbrief.synthesize.conflicts import build_conflicts
from crossbrief.synthesize.facts import group_sentences
from crossbrief.synthesize.story import Story
from tests.synthesize.builders import figure_article

_TOLL = "Officials said {} had been confirmed dead in the valley flood so far."


def _dated(aid: str, figure: str, unit: str, day: str | None, text: str = _TOLL) -> AnalyzedArticle:
    a = figure_article(aid, text.format(f"{figure} {unit}"), [(figure, unit)])
    return replace(a, article=replace(a.article, published=day))


def _kinds(
    *articles: AnalyzedArticle, dates: dict[str, str | None] | None = None
) -> list[tuple[str, list[str]]]:
    story = Story(articles)
    found = build_conflicts(story, group_sentences(story), dates=dates)
    return [(c.kind, [v.value for v in c.values]) for c in found]


def test_a_toll_growing_many_fold_overnight_is_an_update() -> None:
    early = _dated("a", "5", "people", "2026-03-02")
    late = _dated("b", "24", "people", "2026-03-03")
    assert _kinds(late, early) == [("update", ["5", "24"])]


def test_far_apart_counts_of_one_day_stay_two_quantities() -> None:
    # the control: without two days, 5 and 24 are too far apart to be one quantity
    a = _dated("a", "5", "people", "2026-03-02")
    b = _dated("b", "24", "people", "2026-03-02")
    assert _kinds(a, b) == []


@pytest.mark.parametrize(("unit", "other"), [("others", "people"), ("GB", "GB")])
def test_only_a_count_of_one_plural_noun_grows(unit: str, other: str) -> None:
    # "two others" against "24 people", or a size ("16GB"): not a tally grown
    early = _dated("a", "2", unit, "2026-03-02")
    late = _dated("b", "24", other, "2026-03-03")
    assert _kinds(early, late) == []


def test_an_inferred_day_dates_an_undated_article() -> None:
    early = _dated("a", "12", "people", None)
    late = _dated("b", "15", "people", "2026-03-03")
    assert _kinds(early, late) == [("figure", ["12", "15"])]  # nothing orders them
    dates = {"a": "2026-03-02", "b": None}  # what synthesis inferred; a given date wins
    assert _kinds(early, late, dates=dates) == [("update", ["12", "15"])]
