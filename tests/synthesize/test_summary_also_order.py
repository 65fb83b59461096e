"""The summary's reading order: a figure that "also" moved, with no owner named before the
"also", stays with its own article's earlier chosen sentence."""

from __future__ import annotations

from typing import Any

from crossbrief.analyze import analyze_articles
from crossbrief.model import Article
from crossbrief.synthesize.story import Story
from crossbrief.synthesize.summary_also import also_unowned
from crossbrief.synthesize.summary_order import reading_order

# Invented: a ferry firm's results and a rival's share fall, told by two undated reports.
FERRY = [
    "Velmora Ferries has reported a record half-year profit after cutting routes.",
    "Passenger numbers on the northern line grew strongly over the summer.",
    "The chairman thanked the crews for their work during the storms.",
    "Harbour fees also fell sharply during the period, lifting margins.",
]
RIVAL = [
    "Shares in rival operator Duskport Lines dropped 15% after a profit warning.",
    "Duskport Lines also cut its dividend for the year.",
]


def _story(nlp: Any) -> Story:
    articles = [
        Article(id="ferry", text="\n\n".join(FERRY), source="post", published=None),
        Article(id="rival", text="\n\n".join(RIVAL), source="post", published=None),
    ]
    return Story(list(analyze_articles(articles, nlp=nlp)))


def test_also_unowned(nlp: Any) -> None:
    story = _story(nlp)
    texts = [s.text for s in story.sentences]
    assert also_unowned(story, texts.index(FERRY[3]))
    # negative: the owner is named before the "also"; no "also" at all
    assert not also_unowned(story, texts.index(RIVAL[1]))
    assert not also_unowned(story, texts.index(FERRY[1]))


def test_unowned_also_stays_with_its_article(nlp: Any) -> None:
    story = _story(nlp)
    texts = [s.text for s in story.sentences]
    chosen = [texts.index(FERRY[0]), texts.index(FERRY[3]), texts.index(RIVAL[0])]
    order = [story.sentences[i].text for i in reading_order(story, chosen, {})]
    assert order.index(FERRY[3]) == order.index(FERRY[0]) + 1
    assert order.index(RIVAL[0]) > order.index(FERRY[3])


def test_owned_also_keeps_its_place(nlp: Any) -> None:
    """Negative: a sentence naming its own company before the "also" is not moved to its
    article's earlier chosen sentence; the order stays leads first, then by position."""
    story = _story(nlp)
    texts = [s.text for s in story.sentences]
    chosen = [texts.index(t) for t in (FERRY[0], FERRY[1], RIVAL[0], RIVAL[1])]
    order = [story.sentences[i].text for i in reading_order(story, chosen, {})]
    assert order == [FERRY[0], RIVAL[0], FERRY[1], RIVAL[1]]
