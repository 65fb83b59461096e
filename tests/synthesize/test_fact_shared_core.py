"""Two sentences telling two acts of one story make a fact only when they share more than its
topic (session 20, issue 7): a name the story rarely uses or a figure, besides its words
(``shared_core``; invented articles, the real model)."""

from __future__ import annotations

from typing import Any

import numpy as np

from crossbrief.synthesize.entities import build_entities
from crossbrief.synthesize.facts import group_sentences
from crossbrief.synthesize.shared_core import (
    FigureKey,
    named_days,
    one_figure,
    without_topic_pairs,
)
from crossbrief.synthesize.story import Story
from tests.synthesize.stories import texts_story

FIRST = (
    "A storm flooded the port of Velmora on Sunday, cutting the town off. "
    "Ann Lee, the mayor, said it was the worst storm in a decade. "
    "The Brask Red Cross sent two small boats loaded with tinned food and blankets to Velmora "
    "late on Saturday to join the relief effort. "
    "Firemen lifted 37 stranded people from the harbour streets overnight."
)
SECOND = (
    "Floods swept through Velmora on Sunday after a storm hit the coast. "
    "Roads into Velmora stayed closed on Monday. "
    "The harbour board airlifted food parcels and drinking water to Velmora by helicopter for "
    "the relief effort. "
    "Some 37 stranded people were rescued from the harbour streets overnight."
)
THIRD = (
    "Storm waters flooded Velmora on Sunday. "
    "Schools in Velmora were shut. "
    "Volunteers cooked food for the relief effort in the church hall."
)
FOURTH = (
    "Velmora was hit by a storm on Sunday. "
    "Power failed across Velmora. "
    "Donations of food poured into the relief effort from across the region."
)


def _story(nlp: Any) -> tuple[list[tuple[int, ...]], Story]:
    """The fact groups of the two articles and their story."""
    story = texts_story(nlp, FIRST, SECOND, THIRD, FOURTH)
    entities, _ = build_entities(story)
    return [g.members for g in group_sentences(story, entities=entities)], story


def _at(story: Story, article: str, index: int) -> int:
    """The story index of sentence ``index`` of ``article``."""
    return next(
        k for k, s in enumerate(story.sentences) if (s.article, s.index) == (article, index)
    )


def test_two_acts_sharing_only_the_story_place_and_words_make_no_fact(nlp: Any) -> None:
    groups, story = _story(nlp)
    # one body sent boats, another airlifted food: the town, and "food", "relief effort" in
    # four of the story's sentences, one per article
    boats, airlift = _at(story, "a0", 2), _at(story, "a1", 2)
    assert not any(boats in g and airlift in g for g in groups)


def test_two_acts_sharing_a_figure_stay_one_fact(nlp: Any) -> None:
    # negative case: "lifted" / "were rescued" are two verbs, but the 37 people are one figure
    groups, story = _story(nlp)
    lifted, rescued = _at(story, "a0", 3), _at(story, "a1", 3)
    assert any(lifted in g and rescued in g for g in groups)


def test_one_figure_needs_one_size_and_for_small_counts_one_noun() -> None:
    about: FigureKey = ("percent", 15.0, 17.0, "")
    exact: FigureKey = ("percent", 16.0, 16.0, "")
    other: FigureKey = ("percent", 30.0, 30.0, "")
    assert one_figure(frozenset({about}), frozenset({exact}))
    assert not one_figure(frozenset({exact}), frozenset({other}))
    # "four hostages" / "four days": small counts recur across a story's events
    hostages: FigureKey = ("count", 4.0, 4.0, "hostag")
    days: FigureKey = ("count", 4.0, 4.0, "dai")
    assert one_figure(frozenset({hostages}), frozenset({hostages}))
    assert not one_figure(frozenset({hostages}), frozenset({days}))
    # a small count with no noun read is no figure of one thing
    bare: FigureKey = ("count", 4.0, 4.0, "")
    assert not one_figure(frozenset({bare}), frozenset({bare}))


REACTION_FIRST = (
    "Rebels seized the Velmora dam on Sunday. "
    "Nobody was hurt. "
    "Farmers downstream condemned the seizure of the dam in angry letters to every "
    "newspaper and blocked the coast road with tractors."
)
REACTION_SECOND = (
    "Rebels took control of the Velmora dam on Sunday. "
    "The guards fled before dawn. "
    "Farmers downstream have decried the dam seizure and stopped selling grain in the "
    "valley's markets."
)


def test_one_reaction_told_in_two_verbs_stays_one_fact(nlp: Any) -> None:
    # negative case: "condemned ... and blocked" / "decried ... and stopped": a stance on the
    # seizure told in two verbs of judging, each beside another act, is one fact
    story = texts_story(nlp, REACTION_FIRST, REACTION_SECOND)
    entities, _ = build_entities(story)
    groups = [g.members for g in group_sentences(story, entities=entities)]
    assert (_at(story, "a0", 2), _at(story, "a1", 2)) in groups


def _parted(texts: list[str], days: list[frozenset[str]]) -> bool:
    """Whether ``without_topic_pairs`` parts the first two of ``texts`` (two articles'
    sentences past their leads, at fact similarity 0.3, no rare name or figure)."""
    n = len(texts)
    sim = np.full((n, n), 0.3)
    none: list[frozenset[Any]] = [frozenset()] * n
    out = without_topic_pairs(
        sim,
        texts,
        ["a0", "a1"] * (n // 2),
        [False] * n,
        np.zeros((n, n), dtype=bool),
        none,
        none,
        days,
    )
    return bool(out[0, 1] == 0)


ARREST = [
    "Police arrested the skipper at the quay.",
    "Guards detained the skipper at the quay.",
    "The skipper had moored at the quay for years.",
    "The quay was quiet and the skipper was silent.",
]


def test_two_acts_sharing_only_frequent_words_are_parted() -> None:
    # "skipper" and "quay" are in all four sentences: the story's topic
    assert _parted(ARREST, [frozenset()] * 4)


def test_two_acts_on_one_named_day_stay_together() -> None:
    # negative case: "arrested" / "detained" on one Thursday tell one arrest
    days = [frozenset({"thursday"})] * 2 + [frozenset()] * 2
    assert not _parted(ARREST, days)
    # ... not on two different days
    assert _parted(ARREST, [frozenset({"thursday"}), frozenset({"friday"})] + [frozenset()] * 2)


def test_two_acts_sharing_a_word_the_story_rarely_uses_stay_together() -> None:
    # negative case: "the widow's complaint" is in these two sentences only: one detail
    texts = [
        "The judge opened an inquiry after the widow's complaint about the skipper.",
        "The inquiry followed a complaint by the widow of the skipper.",
        "The skipper had moored at the quay for years.",
        "The quay was quiet and the skipper was silent.",
    ]
    assert not _parted(texts, [frozenset()] * 4)


def test_a_day_dating_a_statement_is_not_the_acts_day(nlp: Any) -> None:
    # "a paper said Friday": Friday is when the paper told it, not when the board acted, so
    # two acts sharing only that day share nothing of one fact
    texts = (
        "The harbour board dismissed reports of a leak at the pier, a local paper said Friday.",
        "Police arrested the skipper at the quay on Friday, and he was charged on Monday.",
    )
    story = texts_story(nlp, *texts)
    days = named_days(story)
    assert "friday" not in days[_at(story, "a0", 0)]
    # negative case: a day dating the act itself is kept, each of two
    assert {"friday", "monday"} <= days[_at(story, "a1", 0)]


def test_a_weekday_is_judged_as_a_day_not_as_a_rare_word() -> None:
    # the day a paper told it ("said Friday") is no day of the act (``named_days``); the
    # weekday's name must not then join the two acts as a word the story rarely uses
    texts = [
        "The harbour board closed the pier, a local paper said Friday.",
        "Police arrested the skipper at the quay on Friday.",
        "The skipper had moored at the quay for years.",
        "The quay was quiet and the skipper was silent.",
    ]
    days = [frozenset(), frozenset({"friday"}), frozenset(), frozenset()]
    assert _parted(texts, days)
    # negative case: the same day read for both acts still joins them
    assert not _parted(texts, [frozenset({"friday"})] * 2 + [frozenset()] * 2)
