"""A figure conflict's topic names whose figure it is where the sentence says so in plain
words: a name's possessive before a count ("Velmora's 3 million people": "people of
Velmora"), the payer of a sum ("Velmora plans to pay $24 million": "sum paid by Velmora"),
and the one a margin is measured against ("trailing Tom Reed by 15 points": "gap to Tom
Reed"). Invented articles, the real pipeline."""

from __future__ import annotations

from typing import Any

import pytest

from crossbrief.analyze import analyze_articles
from crossbrief.model import Article
from crossbrief.synthesize.conflicts import build_conflicts
from crossbrief.synthesize.facts import group_sentences
from tests.synthesize.stories import texts_story


def _topics(nlp: Any, frame: str, *values: str) -> list[str]:
    story = texts_story(nlp, *(frame.format(v) for v in values), source="s")
    found = build_conflicts(story, group_sentences(story))
    return [c.about.split(":", 1)[0] for c in found if c.kind == "figure"]


_PEOPLE = (
    "The drought left the grain harvest far short of what {} people need this winter, "
    "the harbour board of Ostra warned on Monday."
)


def test_a_count_of_people_after_a_name_possessive_names_whose_people(nlp: Any) -> None:
    topics = _topics(nlp, _PEOPLE, "Velmora's 3 million", "Velmora's 4 million")
    assert topics == ["people of Velmora"]


def test_a_count_after_a_pronoun_possessive_names_no_place(nlp: Any) -> None:
    topics = _topics(nlp, _PEOPLE, "its 3 million", "its 4 million")
    assert len(topics) == 1
    assert "Velmora" not in topics[0] and " of " not in topics[0]


_TOWNS = "Velmora's {} towns will share the new ferry fund, the Ostran board said on Monday."


def test_a_counted_noun_after_a_possessive_names_its_holder(nlp: Any) -> None:
    assert _topics(nlp, _TOWNS, "14", "11") == ["towns of Velmora"]


_PAY = (
    "The new harbour will cost at least $40 million, with {} planning to pay {}, "
    "the Ostran board said on Monday."
)


@pytest.mark.parametrize(
    ("payer", "named"),
    [("Velmora", "Velmora"), ("the United Provinces", "the United Provinces")],
)
def test_a_sum_after_a_verb_of_paying_is_named_by_its_payer(
    nlp: Any, payer: str, named: str
) -> None:
    frame = _PAY.replace("{}", payer, 1)
    assert _topics(nlp, frame, "$24 million", "$21 million") == [f"sum paid by {named}"]


def test_a_sum_after_another_verb_is_not_a_sum_paid(nlp: Any) -> None:
    frame = "The new harbour at Velmora will cost {}, the Ostran board said on Monday."
    topics = _topics(nlp, frame, "$24 million", "$21 million")
    assert len(topics) == 1 and "paid" not in topics[0]


_POLL = "Despite a late surge, Ann Lee is still trailing Tom Reed by {} in the Velmora polls."


def test_a_margin_against_a_name_is_a_gap_to_that_name(nlp: Any) -> None:
    assert _topics(nlp, _POLL, "15 percentage points", "10 percentage points") == [
        "gap to Tom Reed"
    ]


def test_a_rise_by_a_figure_is_no_gap(nlp: Any) -> None:
    frame = "Ferry fares at the Velmora harbour rose by {} this winter, the Ostran board said."
    topics = _topics(nlp, frame, "15 percent", "10 percent")
    assert len(topics) == 1 and "gap" not in topics[0]


def test_the_possessive_inside_the_name_span_is_not_part_of_the_name(nlp: Any) -> None:
    from dataclasses import replace

    from crossbrief.model import Mention
    from crossbrief.synthesize.conflicts.topic_holders import possessor

    text = "Aid must feed North Velmora's 3 million people this winter."
    start, at = text.index("3 million"), text.index("North")
    (a,) = analyze_articles([Article(id="a", text=text)], nlp=nlp)
    # the NER may end the name before the possessive or after it: one name either way
    for span in ("North Velmora", "North Velmora's"):
        held = replace(a, mentions=(Mention(span, at, at + len(span), "GPE"),))
        assert possessor(held, start) == "North Velmora", span
    # a name that ends elsewhere holds nothing
    held = replace(a, mentions=(Mention("North", at, at + 5, "GPE"),))
    assert possessor(held, start) == ""


@pytest.mark.parametrize(
    ("frame", "payer"),
    [
        ("The Velmora harbour board has already paid {} for the new pier, officials said.", ""),
        ("Velmora agreed on Monday to pay {} for the Orsk pier, the Ostran board said.", "Velmora"),
    ],
)
def test_the_subject_of_a_verb_of_paying_is_its_payer(nlp: Any, frame: str, payer: str) -> None:
    topics = _topics(nlp, frame, "$31 million", "$36 million")
    assert len(topics) == 1
    assert topics[0].startswith("sum paid"), topics
    if payer:
        assert topics[0] == f"sum paid by {payer}"


@pytest.mark.parametrize(
    ("frame", "not_payer"),
    [
        # a judge ordering someone else to pay
        ("Judge Mira Holt ordered the pier builder to pay {} to the fishermen on Friday.", "Holt"),
        # a speaker before a clause with its own subject
        ("Mira Holt said the pier builder would pay {} to the fishermen on Friday.", "Holt"),
        # the one paid, not the payer: a passive
        ("Velmora has been paid {} for the damaged pier, the Ostran board said.", "Velmora"),
        ("Velmora was owed {} for the damaged pier, the Ostran board said.", "Velmora"),
        # a name modifying the subject's noun, not the subject
        (
            "The Velmora pier builder will pay {} to the fishermen, the Ostran board said.",
            "Velmora",
        ),
        # a noun in -ly after the name is no adverb: the family pays, not Brandt
        ("The Brandt family will pay {} to the fishermen, the Ostran board said.", "Brandt"),
    ],
)
def test_a_name_that_is_not_the_paying_verb_subject_is_no_payer(
    nlp: Any, frame: str, not_payer: str
) -> None:
    topics = _topics(nlp, frame, "$31 million", "$36 million")
    assert len(topics) == 1
    assert not_payer not in topics[0] and " by " not in topics[0], topics


@pytest.mark.parametrize(
    "frame",
    [
        "Ann Lee beat Tom Reed by {} in the Velmora vote on Tuesday, officials said.",
        "Ann Lee finished ahead of Tom Reed by {} in the Velmora vote, officials said.",
    ],
)
def test_a_margin_over_a_beaten_name_is_a_gap_to_it(nlp: Any, frame: str) -> None:
    assert _topics(nlp, frame, "12 points", "9 points") == ["gap to Tom Reed"]


@pytest.mark.parametrize(
    "frame",
    [
        "Ann Lee carried Velmora by {} in Tuesday's vote, the count showed.",
        "Ann Lee won the vote in Velmora by {} on Tuesday, officials said.",
    ],
)
def test_a_margin_after_a_place_won_is_no_gap_to_it(nlp: Any, frame: str) -> None:
    topics = _topics(nlp, frame, "12 points", "9 points")
    assert len(topics) == 1
    assert "gap" not in topics[0] and "Velmora" not in topics[0], topics
