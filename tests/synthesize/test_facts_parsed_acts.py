"""Two sentences' acts read from the parse (``one_event.story_acts``): a copula's or a light
verb's complement is an act that can be judged, where the verbs read from the text give none
(invented sentences, the real model)."""

from __future__ import annotations

from typing import Any

import numpy as np

from crossbrief.synthesize.one_event import Acts, other_events, story_acts
from crossbrief.synthesize.shared_core import without_topic_pairs
from crossbrief.synthesize.story import Story
from tests.synthesize.builders import reports_story, tagged_article

CHAIR = "Ann Lee is the new chair of the harbour board."
OPENED = "Ann Lee opened the new quay in Velmora."
NAMED = "The harbour board named Ann Lee its chair on Monday."
SAID = "Police said the quay was closed."


def test_a_copula_sentence_is_judged_by_its_complement(nlp: Any) -> None:
    story = reports_story(nlp, [CHAIR, OPENED, NAMED])
    acts = story_acts(story)
    chair, opened, named = (s.text for s in story.sentences)
    assert other_events(chair, opened, acts[0], acts[1])
    # read from the text alone, the copula gives no verb and the pair is not judged
    assert not other_events(chair, opened)
    # negative: the other sentence carries the complement ("chair") as a word: one act
    assert not other_events(chair, named, acts[0], acts[2])


def test_story_acts_leave_out_saying_and_are_none_without_a_parse(nlp: Any) -> None:
    story = reports_story(nlp, [SAID])
    assert story_acts(story) == [frozenset({"closed"})]  # not "said"
    # negative: an analysis without acts (saved before they were read) gives None, not {}
    old = Story([tagged_article("a", [SAID])])
    assert story_acts(old) == [None]


def test_a_copula_act_and_another_act_sharing_nothing_are_parted(nlp: Any) -> None:
    # each pair: two articles' third sentences, neither a lead, sharing no name, figure, day
    # or rare word; a likeness of 1 stands in for the topic words they would share
    story = reports_story(
        nlp,
        [
            "A storm hit Velmora. The port was shut. Ann Lee is the new chair of the harbour board.",
            "A storm hit Velmora. Roads were shut. The mayor opened a quay in Brask.",
        ],
    )
    texts = [s.text for s in story.sentences]
    n = len(texts)
    articles = [s.article for s in story.sentences]
    none: list[frozenset[Any]] = [frozenset()] * n

    def kept(acts: list[Acts] | None) -> bool:
        sim = without_topic_pairs(
            np.ones((n, n)),
            texts,
            articles,
            [s.index < 2 for s in story.sentences],
            np.zeros((n, n), dtype=bool),
            none,
            none,
            none,
            acts,
        )
        return bool(sim[2, 5] > 0)

    assert texts[2].startswith("Ann Lee is") and texts[5].startswith("The mayor opened")
    assert not kept(story_acts(story))
    # negative: an analysis without acts reads no verb in the copula: the pair is not judged
    assert kept(None)


def test_a_demand_with_call_is_an_act_and_a_shouted_order_is_not(nlp: Any) -> None:
    demand = "Reed called for an inquiry into the fire at the mill."
    shout = '"Leave the quay now," the harbour master called.'
    story = reports_story(nlp, [demand, shout])
    acts = story_acts(story)
    # "called for" tells a demand, the sentence's act
    assert acts[0] == frozenset({"called"})
    # negative: "called" with the words it says is saying; the order it gives is the act
    assert acts[1] is not None and "called" not in acts[1]
    assert "leave" in acts[1]
