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
from crossbrief.model import Article
from tests.analyze.test_quotes import indirect


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
        # a state of mind: held, not said
        "Many hope the new mayor will clean up the harbour board.",
        "Experienced sailors know that the tide turns fast near Velmora.",
        "The authorities consider the new harbour party illegal.",
        "The board is considering whether to sell the old pier.",
        "The closure is seen by the unions as a threat to the jobs of the dockers.",
        "Unions see the closure as a blow to the whole port.",
        # "assured ... by" an act: made sure of, told no one
        "The Gulls assured that their core would stay together by re-signing Ann Lee.",
        # a hearer as the subject of a passive verb of telling, no one named who said it
        "When she reached the hall on Monday, she was told the room was full.",
        "Residents were warned that the dam could burst within hours.",
        # a deed someone is accused of: what others allege, not their words
        "Ann Lee was accused of attacking a staffer at the harbour office.",
        # what a fact or a thing implies ("This means that ..."): no one's words
        "The council passed the rule on Monday. This means that the Velmora firm holds a"
        " patent on the whole idea.",
        "The new toll starts in May, which means that drivers will pay twice a day.",
    ],
)
def test_unsaid_frames_are_marked(nlp: Any, text: str) -> None:
    found = indirect(nlp, text)
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
        "The authorities consider that the new harbour party broke the law.",
        "Ann Lee assured voters that the toll would be dropped.",
        "Tom Reed described the closure as a blow to the whole port.",
        "Ann Lee said she hoped the toll would be dropped soon.",
        "Tom Reed was told by the judge that he would be jailed.",
        "Ann Lee was convinced that the new plan would fail.",
        # a person who means something says it
        "Ann Lee meant that the ferry would be late.",
        # the accuser says it
        "Tom Reed accused Ann Lee of criticizing the board in private.",
        "Critics say this means the pier will never reopen.",
    ],
)
def test_said_frames_are_not_marked(nlp: Any, text: str) -> None:
    found = indirect(nlp, text)
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
    found = indirect(nlp, text)
    assert found and all(q.inanimate_source is evidence for q in found)


@pytest.mark.parametrize(
    "text",
    [
        'A Velmora farmer was told that his two dogs might "scare off the foxes" that come onto'
        " his land.",
        'The owner let the fans know that the pitch would be "ready by the first week of spring."',
    ],
)
def test_a_fragment_a_hearer_was_told_is_no_words_of_theirs(nlp: Any, text: str) -> None:
    quotes = analyze_article(Article(id="t", text=text), nlp).quotes
    fragments = [q for q in quotes if q.kind == "partial"]
    assert fragments and all(q.claimless for q in fragments)


def test_a_fragment_its_speaker_told_someone_keeps_its_line(nlp: Any) -> None:
    text = 'Ann Lee told reporters the pitch would be "ready by the first week of spring."'
    fragments = [q for q in analyze_article(Article(id="t", text=text), nlp).quotes]
    assert [q.claimless for q in fragments if q.kind == "partial"] == [False]
