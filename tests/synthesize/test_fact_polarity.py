"""One act told negated and plain, or planned and done, is no one fact, nor cites the other."""

from __future__ import annotations

from typing import Any

import numpy as np
import pytest

import crossbrief.synthesize.summary as summary_module
from crossbrief.analyze import analyze_articles
from crossbrief.model import Article
from crossbrief.synthesize.facts import THRESHOLD, group_sentences
from crossbrief.synthesize.paraphrase import fact_evidence
from crossbrief.synthesize.polarity import opposed
from crossbrief.synthesize.story import Story
from crossbrief.synthesize.summary_cites import citations
from tests.synthesize.builders import story_with_entities, tagged_article

RULED = "The harbour board ruled out a second pier for the old Velmora docks on Monday."
REFUSED = "The harbour board refused to rule out a second pier for the old Velmora docks."
DID_NOT = "The harbour board did not rule out a second pier for the old Velmora docks."


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (RULED, REFUSED),
        (RULED, DID_NOT),
        # a negation on the act's object denies the act
        (
            "The Velmora Rovers have lost no home match in the harbour league this year.",
            "The Velmora Rovers lost a home match in the harbour league on Sunday.",
        ),
        (
            "The Velmora Rovers have never lost a home match in the harbour league.",
            "The Velmora Rovers now join the clubs that have lost home matches in the league.",
        ),
        # a deliberation, a plan or a modal against the act done
        (
            "The ferry guild will vote on Friday on whether to cancel the spring sailings.",
            "The ferry guild cancelled the spring sailings to Velmora on Tuesday.",
        ),
        (
            "The ferry guild may soon consider canceling its spring sailings.",
            "The ferry guild canceled the spring sailings to Velmora.",
        ),
        (
            "Ann Lee is expected to sign the harbour lease for the Velmora docks.",
            "Ann Lee signed the harbour lease for the Velmora docks on Friday.",
        ),
        # a negated present (no plan, nothing done) against the act done
        (
            "The Velmora harbour board does not lease the old pier to the ferry guild.",
            "The Velmora harbour board leased the old pier to the ferry guild last year.",
        ),
        # "whether or not" is a deliberation still, against the act done
        (
            "The ferry guild meets on Friday to decide whether or not to cancel the sailings.",
            "The ferry guild cancelled the spring sailings to Velmora on Tuesday.",
        ),
        # a negation in the main clause, past a side clause, still denies
        (
            "Ann Lee, who lost the vote in Velmora, did not resign from the harbour board.",
            "Ann Lee resigned from the harbour board after the vote in Velmora.",
        ),
        # a counterfactual modal past is no act done
        (
            "The storm surge would have flooded the Velmora docks, the harbour board said.",
            "The storm surge flooded the Velmora docks on Tuesday, the harbour board said.",
        ),
    ],
)
def test_one_act_told_two_ways_is_opposed(a: str, b: str) -> None:
    assert opposed(a, b)
    assert opposed(b, a)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # both negated, in two wordings
        (DID_NOT, REFUSED),
        (
            "The Velmora Rovers have never lost a home match in the harbour league.",
            "The Velmora Rovers have not lost a home match in the harbour league.",
        ),
        # both plans, and both done
        (
            "The ferry guild will vote on Friday on whether to cancel the spring sailings.",
            "The ferry guild is expected to cancel the spring sailings to Velmora.",
        ),
        (
            "The ferry guild canceled the spring sailings to Velmora on Tuesday.",
            "The guild has cancelled all its spring sailings, Ann Lee said.",
        ),
        # the clash is a side clause's: both tell the resignation done
        (
            "Ann Lee, who never lost a vote in Velmora, resigned from the board on Tuesday.",
            "Ann Lee resigned from the board after she lost the vote in Velmora.",
        ),
        # "not ... until" tells when it was done; "the first time ... ever" is "never before"
        (
            "Ann Lee was formally charged on Monday by the harbour police in Velmora.",
            "Ann Lee was not formally charged until Monday, the harbour police in Velmora said.",
        ),
        (
            "It was the first time a night crossing to Velmora had ever been attempted.",
            "A night crossing to Velmora had never been attempted before.",
        ),
        # "or not" leaves the deliberation open, it denies nothing
        (
            "The ferry guild meets on Friday to decide whether or not to cancel the sailings.",
            "The ferry guild meets on Friday to decide whether to cancel the sailings.",
        ),
        # a negation inside a comma-bounded who/which clause is that clause's, and an
        # irregular past ("quit", "shut") is an act done like an -ed one
        (
            "Ann Lee, who never lost a vote in Velmora, quit the harbour board on Monday.",
            "Ann Lee quit the harbour board on Monday, two days after she lost the vote.",
        ),
        (
            "The ferry guild, which had not met since May, shut the Velmora pier on Friday.",
            "The ferry guild met on Friday and shut the Velmora pier.",
        ),
        # "may have", "must have" with a participle is a hedged past, no plan
        (
            "The harbour police said the pilot may have fallen asleep near Velmora.",
            "The harbour police said the pilot fell asleep near Velmora.",
        ),
        (
            "The storm surge may have flooded the Velmora docks, the harbour board said.",
            "The storm surge flooded the Velmora docks on Tuesday, the harbour board said.",
        ),
        # a verb of saying is who said it, and a capital opens a name, no modal
        (
            "The harbour board said no decision was made on the Velmora pier.",
            "The harbour board said the Velmora pier was closed in May.",
        ),
        # a plain present is no act to set against the act done
        (
            "The Velmora harbour board leases the old pier to the ferry guild.",
            "The Velmora harbour board leased the old pier to the ferry guild last year.",
        ),
    ],
)
def test_one_act_told_one_way_is_not_opposed(a: str, b: str) -> None:
    assert not opposed(a, b)
    assert not opposed(b, a)


def _two_outlets(first: str, second: str) -> tuple[Story, Any]:
    names = (("harbour board", "ORG"), ("Velmora", "GPE"))
    return story_with_entities(
        tagged_article("a", [first], names), tagged_article("b", [second], names)
    )


def test_a_fact_and_its_negation_are_two_groups() -> None:
    story, entities = _two_outlets(RULED, REFUSED)
    # the words alone would join them: the polarity keeps them apart
    assert fact_evidence(story, entities).similarity[0, 1] >= THRESHOLD
    assert all(len(g.members) == 1 for g in group_sentences(story, entities=entities))


def test_two_negations_of_one_act_are_one_group() -> None:
    # negative case: "did not rule out" and "refused to rule out" tell one thing
    story, entities = _two_outlets(DID_NOT, REFUSED)
    assert any(len(g.members) == 2 for g in group_sentences(story, entities=entities))


# a reported plan: no "will" for ``preview`` to read
PLANNED = (
    "The ferry guild said it would vote soon on whether to cancel the Velmora spring sailings."
)
CANCELLED = "The ferry guild cancelled the Velmora spring sailings on Tuesday."
ALSO_CANCELLED = "On Tuesday the ferry guild canceled its Velmora spring sailings."


def test_a_plan_and_its_outcome_do_not_cite_each_other(nlp: Any) -> None:
    articles = [
        Article(id="a", text=PLANNED, source="a"),
        Article(id="b", text=CANCELLED, source="b"),
        Article(id="c", text=ALSO_CANCELLED, source="c"),
    ]
    story = Story(list(analyze_articles(articles, nlp=nlp)))
    assert [s.text for s in story.sentences] == [PLANNED, CANCELLED, ALSO_CANCELLED]
    concepts = [summary_module._concepts(s.text) for s in story.sentences]
    same = np.ones((3, 3), dtype=bool)
    np.fill_diagonal(same, False)
    assert [r.article for r in citations(story, 0, same, concepts)] == ["a"]
    # negative case: two reports of the sailings cancelled still cite each other
    assert [r.article for r in citations(story, 1, same, concepts)] == ["b", "c"]


def test_a_ruling_out_does_not_cite_a_refusal_to_rule_it_out(nlp: Any) -> None:
    articles = [
        Article(id="a", text=RULED, source="a"),
        Article(id="b", text=REFUSED, source="b"),
        Article(id="c", text=DID_NOT, source="c"),
    ]
    story = Story(list(analyze_articles(articles, nlp=nlp)))
    concepts = [summary_module._concepts(s.text) for s in story.sentences]
    same = np.ones((3, 3), dtype=bool)
    np.fill_diagonal(same, False)
    assert [r.article for r in citations(story, 0, same, concepts)] == ["a"]
    # negative case: the two that leave it open cite each other
    assert [r.article for r in citations(story, 1, same, concepts)] == ["b", "c"]
