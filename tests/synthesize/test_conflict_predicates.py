"""Conflict predicates: counts of the same plural noun with different predicates (killed,
injured, evacuated) are two quantities, within one day or across days (invented sentences;
figures placed by hand)."""

from __future__ import annotations

from dataclasses import replace

import pytest

from crossbrief.model import AnalyzedArticle
from crossbrief.synthesize.conflicts import build_conflicts
from crossbrief.synthesize.conflicts.predicates import predicate
from crossbrief.synthesize.facts import group_sentences
from crossbrief.synthesize.story import Story
from tests.synthesize.builders import figure_article


@pytest.mark.parametrize(
    ("sentence", "figure", "found"),
    [
        ("Five people were killed when the storm hit the town.", "Five", "dead"),
        ("About 300 people were evacuated when the storm hit.", "300", "evacuated"),
        ("The storm killed 15 people in the town.", "15", "dead"),
        ("The toll rose to 24 dead on Tuesday.", "24", "dead"),
        ("The quake killed 5 people and injured 40 in the town.", "40", "injured"),
        ("The quake killed 5 people and injured 40 in the town.", "5", "dead"),
        ("Police said 12 people were missing.", "12", "missing"),
        ("Nine sailors have now been confirmed dead in the storm.", "Nine", "dead"),
        # negatives: no casualty word in the count's clause
        ("The plane carried 150 people from around the world.", "150", ""),
        ("Officials said 60 people, the mayor added, had been killed.", "60", ""),
    ],
)
def test_a_counts_predicate(sentence: str, figure: str, found: str) -> None:
    start = sentence.index(figure)
    assert predicate(sentence, start, start + len(figure)) == found


def _dated(aid: str, line: str, figure: str, day: str) -> AnalyzedArticle:
    a = figure_article(aid, line.format(figure), [(figure, "people")])
    return replace(a, article=replace(a.article, published=day))


def _kinds(*articles: AnalyzedArticle) -> list[tuple[str, list[str]]]:
    story = Story(articles)
    return [
        (c.kind, [v.value for v in c.values])
        for c in build_conflicts(story, group_sentences(story))
    ]


KILLED = "{} people were killed when the storm hit the coastal town of Ostrel, officials said."
INJURED = "{} people were injured when the storm hit the coastal town of Ostrel, officials said."
EVACUATED = (
    "{} people were evacuated when the storm hit the coastal town of Ostrel, officials said."
)


@pytest.mark.parametrize("other", [INJURED, EVACUATED])
def test_a_running_count_does_not_join_two_predicates(other: str) -> None:
    # the reviewer's c1 and c16: the dead on one day, the injured or evacuated on the next
    early = _dated("a", KILLED, "Five", "2026-07-02")
    late = _dated("b", other, "300", "2026-07-03")
    assert _kinds(early, late) == []


def test_close_counts_of_two_predicates_do_not_conflict() -> None:
    # the reviewer's c5: 30 killed, 45 injured, close enough to be one quantity by value
    a = _dated("a", KILLED, "Thirty", "2026-07-02")
    b = _dated("b", INJURED, "Forty-five", "2026-07-03")
    assert _kinds(a, b) == []


def test_a_toll_of_one_predicate_still_runs_and_conflicts() -> None:
    # the controls: the dead on two days are a running toll, on one day a disagreement
    early = _dated("a", KILLED, "Five", "2026-07-02")
    late = _dated(
        "b", "The storm left {} people dead in the coastal town of Ostrel.", "24", "2026-07-03"
    )
    assert _kinds(early, late) == [("update", ["Five", "24"])]
    same_day = _dated("b", KILLED, "Forty-five", "2026-07-02")
    assert _kinds(_dated("a", KILLED, "Thirty", "2026-07-02"), same_day) == [
        ("figure", ["Thirty", "Forty-five"])
    ]
