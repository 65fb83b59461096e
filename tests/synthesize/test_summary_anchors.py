"""A relative time, "another <noun>" and a bare "Ms <Surname>" read only after their anchor."""

from __future__ import annotations

from typing import Any

import pytest

import crossbrief.synthesize.summary as summary_module
from crossbrief.synthesize.story import Story
from crossbrief.synthesize.summary_anchors import (
    anchored_at,
    another_of,
    relative_time,
    titled_stranger,
)
from crossbrief.synthesize.summary_rules import pointed_at
from tests.synthesize.stories import lines_story

MATCH = [
    "Velmora Rovers drew with the Orsk Harbour club in the northern cup final on Saturday.",
    "Ann Kettering put the visitors ahead with a header from a corner.",
    "Tom Brackley scored two minutes later to level the final for the home side.",
    "The team bus left the ground at noon and broke down two hours later near Dunmore.",
    "Fire crews fought a blaze at a warehouse beside the Velmora ground on Friday night.",
    "Police searched another warehouse near the docks on Sunday.",
    "Another day of training is planned for the squad before the replay.",
    "Ms Kettering said the squad would rest until the replay.",
    "Ms Kettering, the captain, said no player of the squad was badly hurt.",
    "Mr Osgrove said the ground would reopen for the replay.",
]
LEAD = [
    "Two hours later the Velmora ferry reached the harbour of Dunmore after a storm.",
    "Passengers waited on the quay at Dunmore until the evening.",
]


@pytest.fixture(scope="module")
def match_story(nlp: Any) -> Story:
    return lines_story(nlp, "2031-02-07", a=MATCH, b=LEAD)


def test_a_relative_time_needs_the_event_before_it(match_story: Story) -> None:
    assert relative_time(match_story, 2)
    # anchored in its own sentence by a clause ("... at noon and ..."), or in no sentence
    assert not relative_time(match_story, 3)
    assert not relative_time(match_story, 1)
    # an article's first sentence has nothing before it to count from
    assert not relative_time(match_story, len(MATCH))


def test_another_noun_needs_the_first_instance(match_story: Story) -> None:
    assert another_of(match_story, 5) == "warehouse"
    # "another day": no day told before in its article; the first instance is nowhere
    assert another_of(match_story, 6) is None
    assert another_of(match_story, 4) is None


def test_a_titled_surname_needs_the_full_name(match_story: Story) -> None:
    assert titled_stranger(match_story, 7) == "kettering"
    # an apposition says who he is; a surname never given in full is the writer's choice
    assert titled_stranger(match_story, 8) is None
    assert titled_stranger(match_story, 9) is None
    # the full name itself is no stranger
    assert titled_stranger(match_story, 1) is None


def _concepts(story: Story) -> list[set[str]]:
    return [summary_module._concepts(s.text) for s in story.sentences]


def test_anchored_at_names_the_candidates_that_hold_the_anchor(match_story: Story) -> None:
    concepts = _concepts(match_story)
    everyone = list(range(len(match_story.sentences)))
    # the older rules let all three stand alone
    for i in (2, 5, 7):
        assert pointed_at(match_story, i, everyone, concepts, {}) is None
    assert anchored_at(match_story, 2, everyone, concepts, {}) == set()
    assert anchored_at(match_story, 5, everyone, concepts, {}) == {4}
    assert anchored_at(match_story, 7, everyone, concepts, {}) == {1}
    # a sentence that reads alone stays free
    for i in (3, 6, 8, 9):
        assert anchored_at(match_story, i, everyone, concepts, {}) is None
