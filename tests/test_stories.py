from __future__ import annotations

from typing import Any

from crossbrief.analyze import analyze_articles
from crossbrief.model import Article
from crossbrief.stories import group_stories

# Two invented stories, two outlets each, plus one unrelated article.
TEXTS = {
    "bridge-a": "The Norvik city council approved the new harbour bridge on Monday. Mayor "
    "Elin Sand said the bridge over the Norvik harbour would open in 2027.",
    "flood-a": "Floods in the Tarra valley forced 3,000 residents from their homes. Rescue "
    "teams in Tarra used boats to reach villages cut off by the river.",
    "bridge-b": "Mayor Elin Sand welcomed the council vote on the Norvik harbour bridge, which "
    "will link the old town to the port.",
    "flood-b": "The river Tarra burst its banks, and rescue teams evacuated residents of "
    "valley villages by boat as the floods spread.",
    "chess": "A sixteen-year-old won the national chess championship after a long final game.",
}


def test_group_stories(nlp: Any) -> None:
    articles = [Article(id=k, text=v) for k, v in TEXTS.items()]
    analyzed = list(analyze_articles(articles, nlp=nlp))
    groups = [[a.article.id for a in g] for g in group_stories(analyzed)]
    assert groups == [["bridge-a", "bridge-b"], ["flood-a", "flood-b"], ["chess"]]


def test_group_stories_edge_cases() -> None:
    assert group_stories([]) == []
