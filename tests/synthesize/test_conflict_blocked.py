"""One fact told with two counts of one noun is a conflict, even where an article gives the
noun another value elsewhere: the pair fact grouping kept apart only for its figures pins the
two counts down as one quantity (invented sentences; figures placed by hand)."""

from __future__ import annotations

from dataclasses import replace

from crossbrief.model import AnalyzedArticle, TimeExpr
from crossbrief.synthesize.conflicts import build_conflicts
from crossbrief.synthesize.differ import FigureCheck
from crossbrief.synthesize.facts import group_facts
from crossbrief.synthesize.story import Story
from tests.synthesize.builders import figure_article

LEAD = "Storms battered the fishing fleet on {day}, sinking a trawler and leaving {n} boats {what}."
# the article's own later line gives the boats another count: its words alone pin nothing
LATER = "Coastguards searched through the night for the three missing boats."


def _conflicts(*articles: AnalyzedArticle) -> list[list[str]]:
    story = Story(articles)
    check = FigureCheck(story)
    grouping = group_facts(story, figures=check)
    found = build_conflicts(story, list(grouping.groups), (), None, check.values, grouping.blocked)
    # (a date conflict of the two days is another matter: only the counts are asked here)
    return [[v.value for v in c.values] for c in found if c.kind == "figure"]


def _lead(
    aid: str, n: str, day: str = "Tuesday", what: str = "missing", later: bool = False
) -> AnalyzedArticle:
    text = LEAD.format(day=day, n=n, what=what) + ("\n" + LATER if later else "")
    figures = [(n, "boats")] + ([("three", "boats")] if later else [])
    article = figure_article(aid, text, figures)
    # the day as analysis tags it (unresolved: the articles are undated)
    at = text.index(day)
    return replace(article, times=(TimeExpr(day, at, at + len(day), "DATE", None),))


def test_one_fact_with_two_counts_of_one_noun_conflicts_though_its_article_gives_both() -> None:
    assert _conflicts(_lead("a", "two", later=True), _lead("b", "three")) == [["two", "three"]]


def test_two_counts_of_one_noun_at_two_times_stay_apart() -> None:
    a = _lead("a", "two", day="Tuesday", later=True)
    assert _conflicts(a, _lead("b", "three", day="Wednesday")) == []


def test_two_counts_of_two_things_stay_apart() -> None:
    # boats missing and boats damaged: two sets of boats, however alike the sentences
    a = _lead("a", "two", later=True)
    assert _conflicts(a, _lead("b", "three", what="damaged")) == []


def test_two_days_reports_of_one_wording_stay_apart() -> None:
    # a running report of two days tells one kind of event twice in one wording (the later
    # count lower, so no rising update either)
    a = _lead("a", "two", later=True)
    b = _lead("b", "three")
    a = replace(a, article=replace(a.article, published="2026-03-15"))
    b = replace(b, article=replace(b.article, published="2026-03-01"))
    assert _conflicts(a, b) == []
