"""A sentence saying "also" in its opening clause adds to something its article told
before: the summary holds it only with one of its article's earlier sentences."""

from __future__ import annotations

from typing import Any

import pytest

from crossbrief.synthesize.facts import group_sentences
from crossbrief.synthesize.story import Story
from crossbrief.synthesize.summary import summarize
from crossbrief.synthesize.summary_also import adds_to
from tests.synthesize.stories import lines_story

# Invented: an airline's fare news. The "also" sentence carries what the two other reports
# tell, each in part, so without the rule a short summary holds it alone.
AIRLINE = [
    "Velmora Air will close its old terminal at Dunmore next spring, the airline said.",
    "The airline has also dropped its fee for checked bags on flights to the islands this winter.",
]
BAGS = [
    "Velmora Air dropped its fee for checked bags on Monday.",
    "Travel agents in Dunmore welcomed the change.",
]
ISLANDS = [
    "Flights to the islands will be cheaper this winter, travel agents said.",
    "The harbour board expects more visitors in January.",
]
# "also" adding within the sentence or naming a name, and an article's first sentence
WITHIN = [
    "Velmora Air cut fares on Monday, a travel agent in Dunmore said.",
    "The airline cut not only its fares but also its fees for bags.",
    "The airline, also known as the island carrier, flies to Dunmore.",
    "The airline cut its fares and also dropped its fee for bags.",
    "Velmora Air won the route award and Dunmore Air also won a prize.",
]
FIRST = ["Velmora Air has also cut its fares to the islands, the airline said on Monday."]


@pytest.fixture(scope="module")
def story(nlp: Any) -> Story:
    return lines_story(
        nlp, "2031-01-10", air=AIRLINE, bags=BAGS, isl=ISLANDS, within=WITHIN, first=FIRST
    )


def test_adds_to(story: Story) -> None:
    texts = [s.text for s in story.sentences]
    every = list(range(len(texts)))
    also = texts.index(AIRLINE[1])
    assert adds_to(story, also, every) == {texts.index(AIRLINE[0])}
    # negative: "but also" and "also known as" add within the sentence; a first sentence
    # has nothing before it; a sentence with no "also"
    for t in (*WITHIN[1:], FIRST[0], BAGS[1]):
        assert adds_to(story, texts.index(t), every) is None


def test_summary_holds_also_only_with_its_article(story: Story) -> None:
    groups = group_sentences(story)
    held = []
    for words in (20, 25, 30, 40):
        chosen = [s.text for s in summarize(story, groups, words, {})]
        assert chosen
        if AIRLINE[1] in chosen:
            assert AIRLINE[0] in chosen
        held.append(chosen)
    # the other reports still tell the fee and the flights
    assert any(BAGS[0] in c or ISLANDS[0] in c for c in held)
