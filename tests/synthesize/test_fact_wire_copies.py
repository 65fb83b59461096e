"""One wording printed by two outlets (a wire story's copy) is one sentence for the floors
of a small fact (session 19, issue 7): the copies pair at full similarity, and a third
sentence must not join them on one weak link the floor of a two-sentence fact refuses
(invented articles, the real model)."""

from __future__ import annotations

from typing import Any

from crossbrief.analyze import analyze_articles
from crossbrief.model import Article
from crossbrief.synthesize.entities import build_entities
from crossbrief.synthesize.facts import PAIR_FLOOR, THRESHOLD, group_sentences, wordings
from crossbrief.synthesize.paraphrase import fact_evidence
from crossbrief.synthesize.story import Story

PLAN = (
    "Ann Lee, the harbour board's chairwoman, told a packed and angry meeting of traders in "
    "the town hall on Monday evening that the old ferries would be sold to a private shipping "
    "firm from Brask before the first winter storms arrive."
)
FIRST = (
    "The Velmora harbour board raised ferry fares on Monday. "
    + PLAN
    + " The board also closed the north pier for repairs. "
    "Striking dockers blocked the quay in Brask for a second day."
)
SECOND = (
    "Ferry fares in Velmora will rise by a fifth, the harbour board said on Monday. "
    "Repairs to the north pier will take a month. "
    "Ann Lee has chaired the harbour board since 2019; she grew up on a fishing boat near the "
    "islands and still sails an old ferry with her three grandchildren at weekends, "
    "neighbours say. "
    "Dock workers on strike kept the Brask quay shut on Tuesday, the second day of their "
    "walkout."
)
# a wire copy: the chairwoman's plan word for word, its spacing and case apart
THIRD = (
    "Rain closed two schools in Velmora on Monday. "
    + PLAN.replace("town hall", "Town  Hall")
    + " A storm warning was issued for the coast."
)


def _story(nlp: Any) -> tuple[Story, list[tuple[int, ...]], Any]:
    """The story of the three articles, its fact groups and its fact similarity."""
    articles = [
        Article(id=f"a{i}", text=t, source=f"outlet{i}")
        for i, t in enumerate((FIRST, SECOND, THIRD))
    ]
    story = Story(list(analyze_articles(articles, nlp=nlp)))
    entities, _ = build_entities(story)
    groups = [g.members for g in group_sentences(story, entities=entities)]
    return story, groups, fact_evidence(story, entities).similarity


def _at(story: Story, article: str, index: int) -> int:
    """The story index of sentence ``index`` of ``article``."""
    return next(
        k for k, s in enumerate(story.sentences) if (s.article, s.index) == (article, index)
    )


def test_copies_of_one_wording_count_once() -> None:
    texts = ["The pier  closed.", "the pier closed.", "The pier shut."]
    assert wordings(texts, [0, 1]) == 1
    assert wordings(texts, [0, 1, 2]) == 2
    # negative case: other words are other wordings, whatever they share
    assert wordings(texts, [0, 2]) == 2


def test_a_weak_link_does_not_join_a_wire_copy_pair(nlp: Any) -> None:
    story, groups, sim = _story(nlp)
    plan, copy, childhood = _at(story, "a0", 1), _at(story, "a2", 1), _at(story, "a1", 2)
    # what let the chairwoman's childhood join her plan: a link the pair floor refuses,
    # carried by the mean of the copies' two links as if they were two sentences
    assert THRESHOLD <= sim[plan, childhood] < PAIR_FLOOR
    assert (plan, copy) in groups  # the copies are one fact of two outlets
    assert not any(childhood in g for g in groups if plan in g)


def test_copies_still_join_one_event_told_in_other_words(nlp: Any) -> None:
    # negative cases: the fares, the pier and the strike stay facts of two outlets, and the
    # copies do not keep apart sentences that tell their fact
    story, groups, _ = _story(nlp)
    for x, y in ((0, 0), (2, 1), (3, 3)):
        assert (_at(story, "a0", x), _at(story, "a1", y)) in groups
