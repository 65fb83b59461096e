"""A fact told by two outlets alone rests on one pair of sentences (session 17, issue 7):
below ``PAIR_FLOOR`` two sentences sharing a name and a few of the story's words tell
different things of it, while one event told in other words stays a fact (invented
articles, the real model)."""

from __future__ import annotations

from typing import Any

from crossbrief.synthesize.entities import build_entities
from crossbrief.synthesize.facts import PAIR_FLOOR, THRESHOLD, group_sentences
from crossbrief.synthesize.paraphrase import fact_evidence
from crossbrief.synthesize.story import Story
from tests.synthesize.stories import texts_story

FIRST = (
    "The Velmora harbour board raised ferry fares on Monday. "
    "Ann Lee chairs the harbour board and told a packed and angry meeting of traders in "
    "the town hall on Monday evening that the old ferries would be sold to a private shipping "
    "firm from Brask before the first winter storms arrive. "
    "The board also closed the north pier for repairs. "
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


def _grouped(nlp: Any) -> tuple[list[tuple[int, ...]], Any, Story]:
    """The fact groups of the two articles, the fact similarity and the story."""
    story = texts_story(nlp, FIRST, SECOND)
    entities, _ = build_entities(story)
    groups = [g.members for g in group_sentences(story, entities=entities)]
    return groups, fact_evidence(story, entities).similarity, story


def _at(story: Story, article: str, index: int) -> int:
    """The story index of sentence ``index`` of ``article``."""
    return next(
        k for k, s in enumerate(story.sentences) if (s.article, s.index) == (article, index)
    )


def test_two_outlets_sharing_a_name_and_a_few_story_words_make_no_fact(nlp: Any) -> None:
    groups, sim, story = _grouped(nlp)
    # the chairwoman's plan for the ferries and her childhood: a name and the story's words
    # (her role told outside an appositive: words held only in a gloss are no shared words)
    plan, childhood = _at(story, "a0", 1), _at(story, "a1", 2)
    assert THRESHOLD <= sim[plan, childhood] < PAIR_FLOOR  # what the mean alone let join
    assert not any(plan in g and childhood in g for g in groups)


def test_one_event_told_in_other_words_by_two_outlets_stays_a_fact(nlp: Any) -> None:
    # negative cases: the fares, the pier and the dockers' strike are each one fact of two
    # outlets, the strike told in other words ("striking dockers blocked" / "dock workers on
    # strike kept ... shut")
    groups, _, story = _grouped(nlp)
    for x, y in ((0, 0), (2, 1), (3, 3)):
        assert (_at(story, "a0", x), _at(story, "a1", y)) in groups
