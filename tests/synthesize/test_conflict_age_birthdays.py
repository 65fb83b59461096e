"""Ages one year apart in reports dated months apart: a birthday may fall between them, so
they tell no disagreement (invented sentences; names placed by hand)."""

from __future__ import annotations

import pytest

from crossbrief.model import AnalyzedArticle, Article, Mention
from crossbrief.synthesize.conflicts.ages import age_conflicts
from crossbrief.synthesize.conflicts.context import EntityIndex
from crossbrief.synthesize.story import Story
from tests.synthesize.builders import line_spans


def _article(aid: str, text: str, published: str | None) -> AnalyzedArticle:
    name = "Orla Venn"
    return AnalyzedArticle(
        article=Article(id=aid, text=text, source=aid, published=published),
        sentences=line_spans(text),
        mentions=(Mention(name, text.index(name), text.index(name) + len(name), "PERSON"),),
    )


def _ages(first: tuple[str, str | None], second: tuple[str, str | None]) -> list[list[str]]:
    a = _article("a", f"Orla Venn, {first[0]}, was charged in Velmora.", first[1])
    b = _article("b", f"A jury found Orla Venn, {second[0]}, guilty.", second[1])
    story = Story((a, b))
    days = {x.article.id: x.article.published for x in story.articles}
    return [[f.value for f in found] for found in age_conflicts(story, EntityIndex(()), days)]


@pytest.mark.parametrize(
    ("first", "second", "conflict"),
    [
        # one year older in a report eight months later: a birthday between, no conflict
        (("26", "2031-01-03"), ("27", "2031-09-27"), False),
        # the older age in the earlier report: no birthday explains it
        (("27", "2031-01-03"), ("26", "2031-09-27"), True),
        # two years apart in eight months: a disagreement
        (("25", "2031-01-03"), ("27", "2031-09-27"), True),
        # a day apart: a birthday in between is unlikely, so the ages disagree
        (("26", "2031-09-26"), ("27", "2031-09-27"), True),
        # undated reports: no gap is known
        (("26", None), ("27", None), True),
    ],
)
def test_an_age_one_year_on_in_a_later_report_is_no_conflict(
    first: tuple[str, str | None], second: tuple[str, str | None], conflict: bool
) -> None:
    assert _ages(first, second) == ([[first[0], second[0]]] if conflict else [])


def test_an_undated_report_of_either_age_leaves_the_dated_ones_to_tell() -> None:
    a = _article("a", "Orla Venn, 26, was charged in Velmora.", "2031-01-03")
    b = _article("b", "A trial date was set for Orla Venn, 26, of Velmora.", None)
    c = _article("c", "A jury found Orla Venn, 27, guilty.", "2031-09-27")
    days = {x.article.id: x.article.published for x in (a, b, c)}
    assert age_conflicts(Story((a, b, c)), EntityIndex(()), days) == []
    # the undated report's older age cannot be placed before the dated younger one's
    late = _article("c", "A jury found Orla Venn, 27, guilty.", "2031-01-10")
    days["c"] = "2031-01-10"
    found = age_conflicts(Story((a, b, late)), EntityIndex(()), days)
    assert [[f.value for f in ages] for ages in found] == [["26", "26", "27"]]
