"""A sentence whose "its" or "their" stands for nothing in it reads only after the sentence
before it."""

from __future__ import annotations

from typing import Any

import pytest

from crossbrief.synthesize.story import Story
from crossbrief.synthesize.summary_possessives import possessive_unbound
from crossbrief.synthesize.summary_rules import needs_previous
from tests.synthesize.stories import lines_story

LEAD = "The Velmora ferry line opened a new route to Dunmore on Monday."
# Invented: the possessive stands for nothing in its sentence.
UNBOUND = [
    "Typically new models of its ferries appear with each new timetable.",
    "Within a week, most of their savings were gone.",
    "Ann Lee said on Monday that its engines were old.",
    # a comma after the pronoun that closes no fronted phrase brings no antecedent
    "Flames spread through its upper floors, the harbour board said.",
]
# Invented: it stands for a noun or a name before it, or after a fronted phrase's comma.
BOUND = [
    "The harbour board said its new ferry would sail in June.",
    "In its first report, the harbour board praised the crew.",
    "Residents of Dunmore left their homes before the storm.",
    "Inflation hit its highest level in a decade.",
    "While the harbour fee sits at its smallest level in a decade, rents keep rising.",
    "Two ferry companies cut their fares on Tuesday.",
    "The police said their search would go on.",
    'Ann Lee said: "Its engines are old and their crews are tired."',
    "Its engines are old, the harbour board said.",
    # a noun in -ly is a noun after a possessive ("Ann Lee's family"); fronted phrases of
    # a preposition or a participle still take the noun after their comma
    "Ann Lee's family sold its farm near Dunmore after the floods.",
    "Citing its debts, the harbour board closed the quay.",
]


@pytest.fixture(scope="module")
def story(nlp: Any) -> Story:
    return lines_story(nlp, "2031-05-05", a=[LEAD, *UNBOUND, *BOUND])


@pytest.mark.parametrize("k", range(len(UNBOUND)))
def test_a_possessive_with_nothing_to_stand_for_needs_the_sentence_before(
    story: Story, k: int
) -> None:
    assert possessive_unbound(story, 1 + k)
    assert needs_previous(story, 1 + k)


@pytest.mark.parametrize("k", range(len(BOUND)))
def test_a_possessive_bound_in_its_sentence_reads_alone(story: Story, k: int) -> None:
    i = 1 + len(UNBOUND) + k
    assert not possessive_unbound(story, i)
    # an opening "Its" is the opening-pronoun rule's, not this one's
    assert needs_previous(story, i) == story.sentences[i].text.startswith("Its")
