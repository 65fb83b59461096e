"""Two sentences telling two acts of two different people share no fact through a day, a
figure or a rare word (session 22, issue 7): ``fact_people`` reads whom each sentence names,
less the source it credits, and ``shared_core`` no longer takes what such a pair shares as
evidence of one fact (invented articles, the real model)."""

from __future__ import annotations

from typing import Any

import numpy as np

from crossbrief.synthesize.entities import build_entities
from crossbrief.synthesize.fact_people import name_words, people_apart, sentence_people
from crossbrief.synthesize.shared_core import without_topic_pairs
from tests.synthesize.stories import texts_story

QUIT = "Tom Hale quit the harbour board's wage panel on Thursday."
SACKED = "Ann Lee was sacked from the harbour board's wage panel on Thursday."
DROPPED = "Tom Hale was dropped from the harbour board's wage panel on Thursday."


def _judge(texts: list[str], acts: list[frozenset[str]], others: np.ndarray | None) -> float:
    """The similarity ``without_topic_pairs`` leaves to the first two of ``texts`` (two
    articles' sentences, neither a lead, worded apart, sharing the day "thursday")."""
    n = len(texts)
    sim = np.full((n, n), 0.4)
    out = without_topic_pairs(
        sim,
        texts,
        [f"a{k}" for k in range(n)],
        [False] * n,
        np.zeros((n, n), dtype=bool),
        [frozenset()] * n,
        [frozenset()] * n,
        [frozenset({"thursday"})] * n,
        [*acts],
        others,
    )
    return float(out[0, 1])


def test_two_peoples_acts_sharing_a_day_are_two_facts() -> None:
    acts = [frozenset({"quit"}), frozenset({"sacked"})]
    # without the people read, the shared day keeps the pair, as before
    assert _judge([QUIT, SACKED], acts, None) > 0
    apart = np.array([[False, True], [True, False]])
    assert _judge([QUIT, SACKED], acts, apart) == 0.0


def test_one_persons_acts_sharing_a_day_stay_judged_as_before() -> None:
    # negative case: "quit" / "was dropped" of one man on one day may be one fact told two
    # ways; the people do not part them
    acts = [frozenset({"quit"}), frozenset({"dropped"})]
    same = np.zeros((2, 2), dtype=bool)
    assert _judge([QUIT, DROPPED], acts, same) > 0


def test_people_apart_needs_both_sentences_to_name_someone() -> None:
    people = [frozenset({"E1"}), frozenset({"E2"}), frozenset(), frozenset({"E1", "E3"})]
    apart = people_apart(people)
    assert apart[0, 1] and apart[1, 0]
    # negative cases: a sentence naming nobody may be about anyone; a shared person joins
    assert not apart[0, 2] and not apart[2, 1]
    assert not apart[0, 3]


def _people(nlp: Any, texts: list[str]) -> list[frozenset[str]]:
    """The name words ``sentence_people`` reads in each sentence of one article per text."""
    story = texts_story(nlp, *texts)
    entities, _ = build_entities(story)
    where = {(s.article, s.index): k for k, s in enumerate(story.sentences)}
    return sentence_people(story, entities, where)


def test_the_credited_source_is_no_participant(nlp: Any) -> None:
    people = _people(
        nlp,
        [
            "Ferries to Brask were cancelled on Monday, Tom Hale said.",
            "Ann Lee steered the last ferry out of Velmora on Monday.",
        ],
    )
    assert "hale" not in people[0]
    assert "lee" in people[1]


def test_a_name_in_the_sources_apposition_is_a_participant(nlp: Any) -> None:
    # negative case: only the source is left out, not the people its description names
    people = _people(
        nlp,
        ["Tom Hale, who beat Ann Lee in the harbour race in May, said the course was fair."],
    )
    assert "lee" in people[0]
    assert "hale" not in people[0]


def test_a_person_is_named_by_any_word_of_the_name() -> None:
    # family name first ("Qin Yongmin" / "Qin"), a hyphenated name cut short, a possessive
    assert "qin" in name_words("Qin Yongmin")
    assert {"jones-drew", "drew"} <= name_words("Maurice Jones-Drew")
    assert name_words("Ann Lee\u2019s") == {"ann", "lee"}
    assert "jr" not in name_words("Tom Hale Jr.")
    # negative cases: a role or a pronoun an entity holds is no name
    assert not name_words("the minister")
    assert not name_words("he")
