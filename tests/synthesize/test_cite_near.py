"""A sentence below the paraphrase level cites when each tells the other's main act."""

from __future__ import annotations

from typing import Any

import crossbrief.synthesize.summary as summary_module
from crossbrief.analyze import analyze_articles
from crossbrief.model import Article, SentenceRef
from crossbrief.synthesize.cite_acts import SentenceActs
from crossbrief.synthesize.cite_near import near_cites, with_near
from crossbrief.synthesize.story import Story

FIRED = (
    "Mayor Ida Brenn fired the harbour chief Tom Reed on Monday, calling him unfit to run "
    "the Velmora quay."
)
# the same act told the other way round, with another reason
WAS_FIRED = (
    "Tom Reed was fired by Mayor Ida Brenn on Monday after the two differed over the budget "
    "for the quay."
)
# the same people, day and quay, another act
PRAISED = "Tom Reed praised Mayor Ida Brenn on Monday for her budget for the Velmora quay."


def _story(nlp: Any, texts: list[str]) -> Story:
    articles = [Article(id=k, text=t, source=k) for k, t in zip("abcd", texts, strict=False)]
    return Story(list(analyze_articles(articles, nlp=nlp)))


def test_a_near_sentence_cites_only_when_it_tells_the_same_main_act(nlp: Any) -> None:
    story = _story(nlp, [FIRED, WAS_FIRED, PRAISED])
    concepts = [summary_module._concepts(s.text) for s in story.sentences]
    acts = SentenceActs(story)
    first = story.sentences[0].ref
    assert near_cites(story, 0, (first,), concepts, acts) == (SentenceRef("b", 0),)
    # an article already cited gets no second sentence
    cited = (first, SentenceRef("b", 0))
    assert near_cites(story, 0, cited, concepts, acts) == ()


def test_near_citations_join_the_others_in_story_order() -> None:
    cited = (SentenceRef("c", 0), SentenceRef("a", 2), SentenceRef("d", 1))
    near = (SentenceRef("b", 4), SentenceRef("a", 0))

    class _Articles:
        def __init__(self, ids: str) -> None:
            self.articles = [type("A", (), {"article": type("I", (), {"id": k})()})() for k in ids]

    story: Any = _Articles("abcd")
    assert with_near(story, cited, near) == (
        SentenceRef("c", 0),
        SentenceRef("a", 0),
        SentenceRef("a", 2),
        SentenceRef("b", 4),
        SentenceRef("d", 1),
    )
    assert with_near(story, cited, ()) == cited
