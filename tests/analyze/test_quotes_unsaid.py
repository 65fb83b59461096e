"""Attributions framed as no one's saying are marked ``claimless`` (analysis keeps them, the
ledger shows no line): a modal of possibility or duty over the cue or the verb its clause
hangs on, a to-infinitive of purpose, a first-person cue, an event seen, "claimed the
lives of", a fact as the subject; and a thing that "points to" something is evidence. Negative cases: a negated modal (a refusal), a clause of time under a modal, a
relative clause about its own noun, a poll's finding, speech in a purpose clause.
Invented sentences, real pipeline."""

from __future__ import annotations

from typing import Any

import pytest

from crossbrief.analyze import analyze_article
from crossbrief.model import Article, Quote


def _reported(nlp: Any, text: str) -> list[Quote]:
    quotes = analyze_article(Article(id="t", text=text), nlp).quotes
    return [q for q in quotes if q.kind == "indirect"]


@pytest.mark.parametrize(
    "text",
    [
        "Lee may have gambled that the vote will pass easily.",
        "The mayor should insist on a plan whereby the council lays out how it will pay.",
        "Lee can ask them to back another candidate in the race.",
        "The firm tested the engine twice to know it can run for a week.",
        "The video shows her running toward the door of the shop.",
        "She saw the mayor fall on the ice near the harbour.",
        "The storm claimed the lives of three sailors off the coast.",
        "I think the ferry will be late again on Monday.",
        "I am hopeful that the mayor could really be sincere.",
        "The video shows the mayor falling to the ground moments after the shots rang out.",
        "Crews can be fined should any single sailor be suspected of backing the mutiny.",
        "That Voss won a prize for her singing does not by itself mean that it should be any"
        " simpler for her to lead the choir.",
    ],
)
def test_unsaid_frames_are_marked(nlp: Any, text: str) -> None:
    found = _reported(nlp, text)
    assert found, "analysis keeps the attribution"
    assert all(q.claimless for q in found)


@pytest.mark.parametrize(
    "text",
    [
        "Lee could not confirm that the bridge was closed on Monday.",
        "The plan may have been dropped after the mayor said the cost was too high.",
        "The ferry may run late because the captain said the engine was faulty.",
        "The fare may have helped win over voters who are wary of the new toll.",
        "The poll shows the mayor leading the race by four points.",
        "Lee took to the radio to say that the harbour would reopen.",
        "Lee said the council may ask for a new vote on the toll.",
        "That the ferry was late, Reed said, was no surprise to anyone.",
        "City officials broke their silence on Monday to defend the arrest of the captain.",
        "A group backing the mayor may start running its ads next week.",
        "Despite a sense that neither contest appears to have a clear favourite, the count could run on.",
        "Democrats backing Ann Voss have pointed to three senators as potential peacemakers,"
        " should the Reed campaign keep up its attacks.",
    ],
)
def test_said_frames_are_not_marked(nlp: Any, text: str) -> None:
    found = _reported(nlp, text)
    assert found and not all(q.claimless for q in found)


@pytest.mark.parametrize(
    ("text", "evidence"),
    [
        ("All signs pointed to the mayor resigning on Friday.", True),
        ("The numbers point to a hard season for the pier.", True),
        ("Critics pointed to the falling fares as proof the plan failed.", False),
    ],
)
def test_what_points_is_evidence_unless_someone(nlp: Any, text: str, evidence: bool) -> None:
    found = _reported(nlp, text)
    assert found and all(q.inanimate_source is evidence for q in found)
