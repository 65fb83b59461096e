"""Verbs that only give someone's words ("asserted", "contends") are no words of a fact."""

from __future__ import annotations

from crossbrief.synthesize.fact_terms import word_term
from crossbrief.synthesize.facts import THRESHOLD, group_sentences
from crossbrief.synthesize.paraphrase import fact_evidence
from tests.synthesize.builders import story_with_entities, tagged_article


def test_sharing_an_asserting_verb_does_not_join_two_claims() -> None:
    a = tagged_article(
        "a",
        ["Ann Lee asserts that the levy is meant to give the harbour board control of the quays."],
        (("Ann Lee", "PERSON"), ("harbour board", "ORG")),
    )
    b = tagged_article(
        "b",
        ["The harbour board, she asserted, would never gain the old quays of Velmora."],
        (("harbour board", "ORG"), ("Velmora", "GPE")),
    )
    story, entities = story_with_entities(a, b)
    evidence = fact_evidence(story, entities)
    # "quays" alone is shared besides the name: the asserting verb no longer counts
    assert evidence.shared_words[0, 1] == 1
    assert evidence.similarity[0, 1] == 0.0
    assert all(len(g.members) == 1 for g in group_sentences(story, entities=entities))
    assert not word_term("asserted") and not word_term("contends")


def test_one_claim_reported_with_an_asserting_verb_still_joins() -> None:
    # negative case: two outlets asserting the same thing share what was asserted
    a = tagged_article(
        "a",
        ["Ann Lee asserted that the harbour board had approved the new ferry fares in secret."],
        (("Ann Lee", "PERSON"), ("harbour board", "ORG")),
    )
    b = tagged_article(
        "b",
        ["The harbour board approved the new ferry fares in secret, Lee contends."],
        (("harbour board", "ORG"), ("Lee", "PERSON")),
    )
    story, entities = story_with_entities(a, b)
    evidence = fact_evidence(story, entities)
    assert evidence.similarity[0, 1] >= THRESHOLD
    groups = group_sentences(story, entities=entities)
    assert any(len(g.members) == 2 for g in groups)
    # a word of the fact itself still counts
    assert word_term("approved")
