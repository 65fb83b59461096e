"""A "He"/"She" sentence may be read right after the sentence naming the person, not only
after the sentence before it in its article."""

from __future__ import annotations

from typing import Any

import pytest

from crossbrief.analyze import analyze_articles
from crossbrief.model import Article
from crossbrief.synthesize.facts import group_sentences
from crossbrief.synthesize.story import Story
from crossbrief.synthesize.summary import summarize
from crossbrief.synthesize.summary_order import reading_order
from crossbrief.synthesize.summary_people import pronoun_namer

# Invented: the captain is named in the lead; a sentence naming no one comes between.
CAPTAIN = [
    "Ferry captain Ann Lee sailed from Velmora to Dunmore on Monday with forty passengers.",
    "The crossing took six hours in a storm off the Dunmore coast.",
    "She brought every passenger ashore at Dunmore without a single injury.",
    "Harbour master Tom Kerr met the ferry at the Dunmore quay.",
    "He said the storm was the worst of the year.",
]
OTHER = [
    "Forty ferry passengers came ashore at Dunmore on Monday after a storm.",
    "The ferry line from Velmora to Dunmore will sail again on Friday.",
]


@pytest.fixture(scope="module")
def captain_story(nlp: Any) -> Story:
    articles = [
        Article(id="a", text="\n\n".join(CAPTAIN), source="a", published="2031-05-05"),
        Article(id="b", text="\n\n".join(OTHER), source="b", published="2031-05-05"),
    ]
    story = Story(list(analyze_articles(articles, nlp=nlp)))
    assert [s.text for s in story.sentences] == [*CAPTAIN, *OTHER]
    return story


def test_pronoun_namer(captain_story: Story) -> None:
    # "She" two sentences after the captain is named: the lead names her
    assert pronoun_namer(captain_story, 2) == 0
    # "He" right after the sentence naming him: the sentence before, asked for in any case
    assert pronoun_namer(captain_story, 4) is None
    # no pronoun opening the sentence, or no one named before it
    assert pronoun_namer(captain_story, 1) is None
    assert pronoun_namer(captain_story, 3) is None
    assert pronoun_namer(captain_story, 6) is None


def test_the_pronoun_is_read_right_after_its_namer(captain_story: Story) -> None:
    order = reading_order(captain_story, [0, 2, 5], {})
    assert order.index(2) == order.index(0) + 1
    # a sentence after the namer that is no pronoun's keeps its own place (by position)
    assert reading_order(captain_story, [0, 3, 5], {}) == [0, 5, 3]


def test_summary_reads_the_pronoun_after_a_sentence_naming_her(captain_story: Story) -> None:
    for words in (14, 20, 26, 30, 40, 60, 200):
        chosen = [
            s.text for s in summarize(captain_story, group_sentences(captain_story), words, {})
        ]
        assert chosen
        if CAPTAIN[2] in chosen:
            assert chosen[chosen.index(CAPTAIN[2]) - 1] in (CAPTAIN[0], CAPTAIN[1])
        if CAPTAIN[4] in chosen:
            assert chosen[chosen.index(CAPTAIN[4]) - 1] == CAPTAIN[3]
