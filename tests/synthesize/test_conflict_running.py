"""Running counts across dated articles: an inferred day dates an undated article, and a
count of one plural noun may grow any amount from one day to the next (invented sentences;
figures placed by hand)."""

from __future__ import annotations

from dataclasses import replace

import pytest

from crossbrief.model import AnalyzedArticle, TimeExpr
from crossbrief.synthesize.conflicts import build_conflicts
from crossbrief.synthesize.facts import group_sentences
from crossbrief.synthesize.story import Story
from tests.synthesize.builders import figure_article, line_spans

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


def _datelined(a: AnalyzedArticle, line: str, value: str) -> AnalyzedArticle:
    """``a`` with a first line ``line`` (a dateline or a sentence naming a day) whose time
    expression analysis resolved to ``value`` (a full date when ``relative`` is None)."""
    text = line + "\n" + a.article.text
    shift = len(line) + 1
    relative = None if value[:1].isdigit() else value
    when = TimeExpr(line, 0, len(line), "DATE", value if relative is None else None)
    when = replace(when, relative=relative, tense=-1)
    return replace(
        a,
        article=replace(a.article, text=text),
        sentences=line_spans(text),
        figures=tuple(replace(f, start=f.start + shift, end=f.end + shift) for f in a.figures),
        times=(when,),
    )


def test_an_inferred_day_written_out_dates_an_undated_article() -> None:
    early = _datelined(_dated("a", "12", "people", None), "March 2, 2026", "2026-03-02")
    late = _dated("b", "15", "people", "2026-03-03")
    assert _kinds(early, late) == [("figure", ["12", "15"])]  # nothing orders them
    dates = {"a": "2026-03-02", "b": None}  # what synthesis inferred; a given date wins
    assert _kinds(early, late, dates=dates) == [("update", ["12", "15"])]


def test_a_day_inferred_from_a_weekday_orders_nothing() -> None:
    # "hit on Monday" only says the article was written after Monday: its count may be of
    # any later day, so 12 and 15 disagree (the reviewer's c8)
    early = _datelined(_dated("a", "12", "people", None), "The storm hit on Monday.", "W:0:-1")
    late = _dated("b", "15", "people", "2026-03-03")
    dates = {"a": "2026-03-02", "b": None}
    assert _kinds(early, late, dates=dates) == [("figure", ["12", "15"])]


def test_a_day_inferred_from_a_weekday_does_not_move_the_story_on() -> None:
    # a figure dated to Monday against one of an article inferred to Monday from its
    # weekday: no other moment, so the tolls disagree (the reviewer's c15)
    dated_toll = "Officials said {} died in the valley flood on Monday."
    a = figure_article("a", dated_toll.format("12 people"), [("12", "people")])
    monday = TimeExpr("on Monday", a.article.text.index("on Monday"), 0, "DATE", "2026-03-02")
    monday = replace(monday, end=monday.start + len("on Monday"))
    a = replace(a, article=replace(a.article, published="2026-03-04"), times=(monday,))
    b = _datelined(_dated("b", "15", "people", None), "The flood hit on Monday.", "W:0:-1")
    assert _kinds(a, b, dates={"b": "2026-03-02"}) == [("figure", ["12", "15"])]


def test_a_value_of_no_known_day_comes_last_in_an_update() -> None:
    early = _dated("a", "12", "people", "2026-03-02")
    late = _dated("b", "20", "people", "2026-03-03")
    loose = _dated("c", "more than 10", "people", None)
    assert _kinds(loose, late, early) == [("update", ["12", "20", "more than 10"])]
