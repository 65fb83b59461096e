"""The fact the most outlets report is the story's main event: with ``MOST_TOLD_REQUIRED`` the
summary tells it; with ``GROUP_ONCE`` it holds at most one member of a fact group."""

from __future__ import annotations

from typing import Any

import numpy as np
import pytest

from crossbrief.synthesize import summary_lead
from crossbrief.synthesize.facts import FactGroup
from crossbrief.synthesize.story import Story
from crossbrief.synthesize.summary import summarize
from crossbrief.synthesize.summary_lead import group_pairs, most_told, most_told_tellers, required
from tests.synthesize.builders import reports_story

# Invented: four outlets. The bridge's opening is told by three of them (each in its second
# sentence), the toll by two, and a one-outlet item on the ferry fills an article's lead.
REPORTS = [
    "The Velmora ferry will stop running in May. "
    "The new Velmora bridge opened to traffic on Sunday. "
    "A toll of two crowns applies to every car.",
    "Crowds lined the river at dawn. "
    "Velmora's new bridge opened to cars on Sunday morning. "
    "Drivers will pay a toll of two crowns.",
    "Ann Lee cut the ribbon before noon. The long-awaited bridge in Velmora opened on Sunday.",
    "The harbour board met on Monday to discuss the budget.",
]


@pytest.fixture(scope="module")
def story(nlp: Any) -> Story:
    return reports_story(nlp, REPORTS)


def _at(story: Story, article: str, index: int) -> int:
    return next(
        i for i, s in enumerate(story.sentences) if s.article == article and s.index == index
    )


def _groups(story: Story) -> list[FactGroup]:
    bridge = FactGroup(members=(_at(story, "r0", 1), _at(story, "r1", 1), _at(story, "r2", 1)))
    toll = FactGroup(members=(_at(story, "r0", 2), _at(story, "r1", 2)))
    # one outlet's two sentences: many members, but a single report's item
    ferry = FactGroup(members=(_at(story, "r0", 0), _at(story, "r0", 2)))
    return [toll, ferry, bridge]


def test_the_most_told_fact_is_the_group_the_most_outlets_report(story: Story) -> None:
    groups = _groups(story)
    assert most_told(story, groups) == groups[2].members
    # Negative: with the three-outlet group gone, the two-outlet toll leads, never the
    # one-outlet ferry item however early it stands.
    assert most_told(story, groups[:2]) == groups[0].members
    assert most_told(story, [groups[1]]) == ()


def test_a_tie_goes_to_the_fact_told_nearer_an_article_s_start(story: Story) -> None:
    toll = FactGroup(members=(_at(story, "r0", 2), _at(story, "r1", 2)))
    opening = FactGroup(members=(_at(story, "r0", 0), _at(story, "r1", 0)))
    assert most_told(story, [toll, opening]) == opening.members
    # Negative: the order the groups come in does not decide the tie.
    assert most_told(story, [opening, toll]) == opening.members


def test_tellers_are_the_fact_s_sentences_and_their_paraphrases(story: Story) -> None:
    groups = _groups(story)
    n = len(story.sentences)
    same = np.zeros((n, n), dtype=bool)
    ribbon, board = _at(story, "r2", 0), _at(story, "r3", 0)
    same[ribbon, groups[2].members[0]] = same[groups[2].members[0], ribbon] = True
    everything = list(range(n))
    tellers = most_told_tellers(story, groups, everything, same)
    assert tellers == sorted([*groups[2].members, ribbon])
    # Negative: a sentence paired with no member tells nothing of the fact.
    assert board not in tellers


def test_required_asks_only_what_is_switched_on_and_unmet(
    story: Story, monkeypatch: pytest.MonkeyPatch
) -> None:
    groups = _groups(story)
    n = len(story.sentences)
    same = np.zeros((n, n), dtype=bool)
    everything = list(range(n))
    ferry = {_at(story, "r0", 0)}
    monkeypatch.setattr(summary_lead, "LEAD_REQUIRED", False)
    monkeypatch.setattr(summary_lead, "MOST_TOLD_REQUIRED", False)
    # Negative: with both settings off the program gains no row.
    assert required(story, groups, everything, same, ferry) == []
    monkeypatch.setattr(summary_lead, "MOST_TOLD_REQUIRED", True)
    assert required(story, groups, everything, same, ferry) == [list(groups[2].members)]
    # Negative: an optimum that holds a sentence of the fact already is asked nothing.
    assert required(story, groups, everything, same, {groups[2].members[1]}) == []


def test_group_pairs_join_members_of_one_group_only(story: Story) -> None:
    groups = _groups(story)
    candidates = sorted({*groups[0].members, *groups[2].members})
    pairs = group_pairs(groups, candidates)
    k = {i: n for n, i in enumerate(candidates)}
    a, b, _ = groups[2].members
    assert pairs[k[a], k[b]] and pairs[k[b], k[a]]
    # Negative: members of two groups are no pair, nor is a sentence with itself.
    assert not pairs[k[a], k[groups[0].members[0]]]
    assert not pairs.diagonal().any()


def _summary(story: Story, groups: list[FactGroup], words: int) -> list[str]:
    dates: dict[str, str | None] = {a.article.id: None for a in story.articles}
    return [s.text for s in summarize(story, groups, words, dates)]


def test_the_summary_tells_the_most_told_fact_when_required(
    story: Story, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Grouping that finds the toll the one fact two outlets share (the bridge's sentences left
    # ungrouped): coverage alone still takes the bridge into a ten-word summary.
    toll = FactGroup(members=(_at(story, "r0", 2), _at(story, "r1", 2)))
    told = {story.sentences[i].text for i in toll.members}
    monkeypatch.setattr(summary_lead, "LEAD_REQUIRED", False)  # this rule alone
    monkeypatch.setattr(summary_lead, "MOST_TOLD_REQUIRED", False)
    without = _summary(story, [toll], 10)
    # Negative: without the rule, no toll sentence.
    assert without and not told & set(without)
    longer = _summary(story, [toll], 20)
    monkeypatch.setattr(summary_lead, "MOST_TOLD_REQUIRED", True)
    assert told & set(_summary(story, [toll], 10))
    # Negative: a summary that tells the fact already is left as it is.
    assert told & set(longer)
    assert _summary(story, [toll], 20) == longer
