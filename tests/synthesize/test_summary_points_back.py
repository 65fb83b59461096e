"""A fronted phrase pointing back ("Following the talks, ...") reads only after its antecedent."""

from __future__ import annotations

from typing import Any

import pytest

import crossbrief.synthesize.summary as summary_module
from crossbrief.synthesize.facts import group_sentences
from crossbrief.synthesize.story import Story
from crossbrief.synthesize.summary import summarize
from crossbrief.synthesize.summary_fronted import points_back
from crossbrief.synthesize.summary_rules import pointed_at
from tests.synthesize.stories import lines_story


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Following the talks, the two ministers flew home to Varrow.", "talks"),
        ("After that decision, the price of wool fell by a third.", "decision"),
        ("Under the new ferry timetable, crossings stop at six.", "timetable"),
        ("``After the vote, we will go home,'' the mayor said.", "vote"),
        ("Despite this, the crossings went on until Friday.", ""),
        ("In response, the union called a strike at the port.", ""),
        ("At the time, nobody knew where the ferry was.", ""),
        ("For their part, the weavers asked for a meeting.", ""),
        # a name, a scene-setting time, no comma, no fronted phrase: nothing points back
        ("At the University of Varrow, students marched on Friday.", None),
        ("In the morning, the ferry left for Dunmore.", None),
        ("Over the past four years, the mill lost its buyers.", None),
        ("After the vote the mayor went home to Dunmore.", None),
        ("In Varrow, the ferry crossings stopped on Tuesday.", None),
        ("The talks ended on Friday without an agreement.", None),
        # an ordinal makes "time" a count; "the same time" still points back
        ("For the first time, the ferry crossed to Dunmore in an hour.", None),
        ("For the second time this year, the weavers went on strike.", None),
        ("At the same time, the union called a strike at the port.", ""),
        # in, on or at a place sets the scene; other nouns, or other prepositions, point back
        ("In the capital, thousands of weavers marched on Sunday.", None),
        ("On the border, guards stopped every ferry truck.", None),
        ("At the meeting, the union called a strike at the port.", "meeting"),
        ("Despite the capital's protests, the ferry fares rose.", "protests"),
        ("Following the city council vote, the ferry fares rose.", "vote"),
    ],
)
def test_points_back(text: str, expected: str | None) -> None:
    assert points_back(text) == expected


# The lead names the talks; a later outlet's detail opens "Following the talks," and the
# first article's third sentence opens "In response," with its antecedent just before it.
TALKS = [
    "Ministers of Varrow and Dunmore held ferry talks in Galway on Monday about the strike.",
    "The ferry strike has stopped all crossings between Varrow and Dunmore for a week.",
    "In response, the union of ferry workers called a second strike at the Galway port.",
]
DETAIL = [
    "The Galway port reopened on Tuesday morning after the strike by the union of ferry workers.",
    "Following the talks, the ministers of Varrow and Dunmore promised new ferry crossings.",
]


@pytest.fixture(scope="module")
def talks_story(nlp: Any) -> Story:
    return lines_story(nlp, "2031-02-07", a=TALKS, b=DETAIL)


def _concepts(story: Story) -> list[set[str]]:
    return [summary_module._concepts(s.text) for s in story.sentences]


def test_a_fronted_noun_may_lean_on_an_earlier_sentence_naming_it(talks_story: Story) -> None:
    concepts = _concepts(talks_story)
    everyone = list(range(len(talks_story.sentences)))
    found = pointed_at(talks_story, 4, everyone, concepts, {})
    # the lead names the talks and comes before; the port sentence does not name them
    assert found == {0}
    # only sentences read before it count: with no earlier one naming the talks, none does
    assert pointed_at(talks_story, 4, [3, 4], concepts, {}) == set()
    # a later date is read after it, even at an earlier position
    later = {"a": "2031-02-09", "b": "2031-02-07"}
    assert pointed_at(talks_story, 4, everyone, concepts, later) == set()


def test_a_connective_needs_its_sentence_and_a_plain_one_none(talks_story: Story) -> None:
    concepts = _concepts(talks_story)
    everyone = list(range(len(talks_story.sentences)))
    # "In response," points at no noun: only the sentence before (added by the caller) holds it
    assert pointed_at(talks_story, 2, everyone, concepts, {}) == set()
    assert pointed_at(talks_story, 0, everyone, concepts, {}) is None
    assert pointed_at(talks_story, 3, everyone, concepts, {}) is None


def test_summary_keeps_a_pointing_sentence_with_its_antecedent(talks_story: Story) -> None:
    # without the rule, 14 words take "Following the talks, ..." alone and 28 words take it
    # with "In response, ..." and neither antecedent
    for words in (14, 16, 28, 30, 60, 200):
        chosen = [s.text for s in summarize(talks_story, group_sentences(talks_story), words, {})]
        assert chosen
        if TALKS[2] in chosen:
            assert chosen.index(TALKS[1]) == chosen.index(TALKS[2]) - 1
        if DETAIL[1] in chosen:
            before = chosen[: chosen.index(DETAIL[1])]
            assert TALKS[0] in before or before[-1:] == [DETAIL[0]]


# Two outlets lead with the event behind a fronted phrase; a lead has no sentence before it,
# so its phrase sets the scene and points at nothing (both leads open that way).
STRIKE_A = [
    "Following the strike, the ferry company of Varrow cancelled every crossing on Tuesday.",
    "The Galway port stayed closed for the whole day, the harbour master said.",
    "Following the strike, ticket staff of the ferry company went home early.",
]
STRIKE_B = [
    "Following the strike, the ferry company of Varrow cancelled all its crossings on Tuesday.",
    "Passengers waited on the quay at Dunmore until the evening.",
]


@pytest.fixture(scope="module")
def strike_story(nlp: Any) -> Story:
    return lines_story(nlp, "2031-02-07", a=STRIKE_A, b=STRIKE_B)


def test_a_lead_points_back_at_nothing(strike_story: Story) -> None:
    concepts = _concepts(strike_story)
    everyone = list(range(len(strike_story.sentences)))
    assert pointed_at(strike_story, 0, everyone, concepts, {}) is None
    assert pointed_at(strike_story, 3, everyone, concepts, {}) is None
    # the same phrase later in an article still needs what it points to
    assert pointed_at(strike_story, 2, everyone, concepts, {}) is not None


def test_the_summary_may_open_with_a_lead_behind_a_fronted_phrase(strike_story: Story) -> None:
    chosen = [s.text for s in summarize(strike_story, group_sentences(strike_story), 30, {})]
    assert STRIKE_A[0] in chosen or STRIKE_B[0] in chosen
