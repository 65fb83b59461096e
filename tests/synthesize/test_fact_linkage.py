"""A small fact group keeps no pair with no evidence at all (session 15, issue 7): the mean
of two pairs let a third outlet's sentence join on one of them alone."""

from __future__ import annotations

from typing import Any

from crossbrief.synthesize.entities import build_entities
from crossbrief.synthesize.facts import THRESHOLD, group_sentences
from crossbrief.synthesize.paraphrase import fact_evidence
from tests.synthesize.stories import texts_story


def _groups(nlp: Any, *texts: str) -> tuple[list[set[int]], Any]:
    """The fact groups (members and ``also``) of a story of ``texts``, one outlet each, and
    the fact similarity."""
    story = texts_story(nlp, *texts)
    entities, _ = build_entities(story)
    groups = [set(g.members) | set(g.also) for g in group_sentences(story, entities=entities)]
    return groups, fact_evidence(story, entities).similarity


def test_a_third_sentence_sharing_nothing_with_one_member_stays_out(nlp: Any) -> None:
    groups, sim = _groups(
        nlp,
        "The Velmora harbour board closed the north ferry pier on Monday after a rusty crane "
        "collapsed onto the quay.",
        "The north ferry pier in Velmora was closed on Monday, the harbour board said.",
        "A rusty crane collapsed onto the quay in Velmora, injuring two dock workers.",
    )
    # the pair the mean used to carry: evidence with one member, none with the other
    closest = max(sim[2, 0], sim[2, 1])
    assert min(sim[2, 0], sim[2, 1]) == 0.0 and closest / 2 >= THRESHOLD
    assert {0, 1} in groups or any({0, 1} <= g for g in groups)
    assert not any({0, 1, 2} <= g for g in groups)


def test_three_wordings_of_one_fact_stay_one_group(nlp: Any) -> None:
    # negative: every pair shares the fact's words, so the three outlets are one fact
    groups, sim = _groups(
        nlp,
        "The Velmora harbour board closed the north ferry pier on Monday after a crane fell.",
        "The north ferry pier in Velmora was closed on Monday, the harbour board said.",
        "Velmora's harbour board shut the north ferry pier on Monday.",
    )
    assert min(sim[0, 1], sim[0, 2], sim[1, 2]) > 0.0
    assert any({0, 1, 2} <= g for g in groups)
