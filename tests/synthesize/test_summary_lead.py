"""A summary that tells no report's lead misses the story's news: with ``LEAD_REQUIRED`` it
holds at least one article's lead, or another outlet's paraphrase of one."""

from __future__ import annotations

from typing import Any

import numpy as np
import pytest

from crossbrief.synthesize import summary_lead
from crossbrief.synthesize.facts import group_sentences
from crossbrief.synthesize.story import Story
from crossbrief.synthesize.summary import summarize
from crossbrief.synthesize.summary_lead import first_sentences, lead_tellers
from tests.synthesize.builders import reports_story

# Invented: three reports whose leads tell the vote each in words of its own, while a
# background line on the harbour tax recurs in all three, so it carries the most shared
# concepts and the coverage optimum takes it over every lead.
REPORTS = [
    "Ann Lee won the Velmora mayoral race on Sunday by forty votes. "
    "The harbour board will raise the Velmora harbour tax next spring.",
    "Velmora voters chose Ann Lee as their next mayor after a tight count. "
    "The harbour board will raise the Velmora harbour tax next spring, officials said.",
    "A former ferry pilot, Ann Lee, narrowly took the mayor's office in Velmora. "
    "As expected, the harbour board will raise the Velmora harbour tax next spring.",
]


@pytest.fixture(scope="module")
def story(nlp: Any) -> Story:
    return reports_story(nlp, REPORTS)


def _texts(story: Story, monkeypatch: pytest.MonkeyPatch, required: bool) -> list[str]:
    monkeypatch.setattr(summary_lead, "LEAD_REQUIRED", required)
    dates: dict[str, str | None] = {a.article.id: None for a in story.articles}
    return [s.text for s in summarize(story, group_sentences(story), 16, dates)]


def test_first_sentences_are_each_article_s_lead(story: Story) -> None:
    first = first_sentences(story)
    assert sorted(first) == ["r0", "r1", "r2"]
    assert all(story.sentences[i].index == 0 for i in first.values())
    # Negative: no article's second sentence is its lead.
    assert not any(s.index == 1 and i in first.values() for i, s in enumerate(story.sentences))


def test_a_lead_or_its_paraphrase_tells_the_lead(story: Story) -> None:
    n = len(story.sentences)
    same = np.zeros((n, n), dtype=bool)
    background = [i for i, s in enumerate(story.sentences) if s.index == 1]
    leads = sorted(first_sentences(story).values())
    # a later sentence that says what a lead says (a pair of ``same``) tells it too
    same[background[0], leads[1]] = same[leads[1], background[0]] = True
    assert lead_tellers(story, leads + background, same) == sorted([*leads, background[0]])
    # Negative: a later sentence that paraphrases no lead tells none.
    assert background[1] not in lead_tellers(story, leads + background, same)


def test_the_summary_tells_a_lead_when_required(
    story: Story, monkeypatch: pytest.MonkeyPatch
) -> None:
    leads = {story.sentences[i].text for i in first_sentences(story).values()}
    # Negative: without the rule, coverage alone takes the recurring background line.
    without = _texts(story, monkeypatch, False)
    assert without and not leads & set(without)
    with_rule = _texts(story, monkeypatch, True)
    assert leads & set(with_rule)
