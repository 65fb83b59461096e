"""A summary sentence or fact never cites an article whose own sentence gives another value of
a figure the cited sentence states."""

from __future__ import annotations

import pytest

from crossbrief.model import (
    Brief,
    Conflict,
    ConflictValue,
    Fact,
    SentenceRef,
    SummarySentence,
    TimelineEntry,
)
from crossbrief.synthesize.citations import (
    agreeing_facts,
    agreeing_summary,
    agreeing_timeline,
    contradicts,
    value_index,
)
from crossbrief.synthesize.story import Story
from tests.synthesize.builders import outlets_story

TEXTS = {
    "a": "The ship ran aground with 21 crew, all rescued.",
    "b": "A ship with 23 sailors on board ran aground; all were rescued.",
    "c": "The ship ran aground and its crew was rescued.",
}


def story() -> Story:
    return outlets_story(TEXTS)


CREW = Conflict(
    about="crew",
    kind="figure",
    values=(
        ConflictValue("21", "21 crew", "a", 0),
        ConflictValue("23", "23 sailors", "b", 0),
    ),
)
ALL = tuple(SentenceRef(k, 0) for k in TEXTS)


def test_a_source_with_another_value_is_no_support() -> None:
    summary = [SummarySentence(TEXTS["a"], ALL, 3)]
    (kept,) = agreeing_summary(story(), summary, [CREW])
    assert kept.sources == (SentenceRef("a", 0), SentenceRef("c", 0))
    assert kept.support == 2


def test_a_sentence_without_the_figure_keeps_every_source() -> None:
    summary = [SummarySentence(TEXTS["c"], (SentenceRef("c", 0), *ALL[:2]), 3)]
    (kept,) = agreeing_summary(story(), summary, [CREW])
    assert kept.support == 3


def test_a_shared_value_is_agreement_even_beside_another() -> None:
    # "b" gives both 21 and 23 (a range, a correction): it carries the cited 21.
    both = Conflict("crew", "figure", (*CREW.values, ConflictValue("21", "21", "b", 0)))
    (kept,) = agreeing_summary(story(), [SummarySentence(TEXTS["a"], ALL, 3)], [both])
    assert kept.support == 3


def test_a_fact_left_with_one_outlet_is_dropped_and_order_follows_support() -> None:
    facts = [
        Fact(TEXTS["a"], ALL[:2], 2),
        Fact(TEXTS["c"], ALL, 3),
    ]
    out = agreeing_facts(story(), facts, [CREW], set())
    assert [f.text for f in out] == [TEXTS["c"]]
    # The fact shown by the 23's sentence cites neither the 21 nor its own outlet twice.
    shown_by_b = agreeing_facts(story(), [Fact(TEXTS["b"], ALL, 3)], [CREW], set())
    assert shown_by_b[0].sources == (SentenceRef("b", 0), SentenceRef("c", 0))


def test_a_timeline_entry_is_not_also_in_a_sentence_with_another_value() -> None:
    entry = TimelineEntry("2031-05-10", "day", TEXTS["a"], "a", 0, "Saturday", None, ALL[1:])
    (kept,) = agreeing_timeline([entry], [CREW])
    assert kept.also_in == (SentenceRef("c", 0),)


def test_a_fact_is_a_claim_only_when_its_shown_sentence_is_one() -> None:
    # a's sentence is shown: c carrying someone's words (and kept) makes a's no claim.
    fact = Fact(TEXTS["a"], ALL, 3, attributed=True)
    (kept,) = agreeing_facts(story(), [fact], [CREW], {("c", 0)})
    assert not kept.attributed
    (kept,) = agreeing_facts(story(), [fact], [CREW], {("a", 0)})
    assert kept.attributed


def test_value_index_keys_values_as_compared() -> None:
    conflict = Conflict("x", "figure", (ConflictValue("Three", "Three", "a", 0),))
    assert value_index([conflict])[("a", 0)][0] == {"three"}


@pytest.mark.parametrize("which", ["demo_brief", "seed_brief"])
def test_no_brief_cites_a_contradicting_sentence(
    which: str, request: pytest.FixtureRequest
) -> None:
    brief: Brief = request.getfixturevalue(which)
    index = value_index(brief.conflicts)
    sentences = {a.id: a.sentences for a in brief.articles}
    items = [*brief.summary, *brief.facts]
    bad = [
        (item.text[:40], r)
        for item in items
        for shown in [
            next(r for r in item.sources if sentences[r.article][r.sentence] == item.text)
        ]
        for r in item.sources
        if contradicts(index, shown, r)
    ]
    bad += [
        (e.text[:40], r)
        for e in brief.timeline
        for r in e.also_in
        if contradicts(index, SentenceRef(e.article, e.sentence), r)
    ]
    assert not bad
