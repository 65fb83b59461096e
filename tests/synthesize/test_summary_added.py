"""A speaker who "added" something said something before it: the sentence reads only after
the one before it, which told the first thing said."""

from __future__ import annotations

from typing import Any

import pytest

from crossbrief.synthesize.story import Story
from crossbrief.synthesize.summary_also import adds_speech
from crossbrief.synthesize.summary_rules import needs_previous
from tests.synthesize.stories import lines_story

# Invented: a harbour board's fee news.
FEES = [
    "The Velmora harbour board will raise its mooring fees in May, its chair Ann Lee said.",
    "Lee said the money would pay for a new breakwater on the north quay.",
    "Ann Lee added that the fees for fishing boats would not change this year.",
    '"The breakwater cannot wait another winter," the harbour board added.',
    'The harbour board added: "Nobody wants higher fees."',
    # "added" within its own sentence, as a verb of adding things, as a passive, as an
    # adjective: no earlier words are added to
    "Lee rejected the charge and added that the board had no debts.",
    "The board added two new berths for ferries at the north quay last year.",
    "A new clause on fishing boats was added to the plan in April.",
    "Value added tax on ferry tickets will rise to a fifth in the autumn.",
    # "with" a thing "added": a participle of adding, no speaker (sentences 9 and 10)
    "With the new fuel levy added, a return ferry fare to Brask costs 40 crowns.",
    "The return fare to Brask rose to 40 crowns, with a fuel levy added.",
]


@pytest.fixture(scope="module")
def story(nlp: Any) -> Story:
    return lines_story(nlp, "2031-01-10", a=FEES)


def test_a_named_speaker_who_added_needs_the_sentence_before(story: Story) -> None:
    for i in (2, 3, 4):
        assert adds_speech(story, i)
        assert needs_previous(story, i)


def test_added_within_the_sentence_or_not_of_speech_adds_to_nothing_before(story: Story) -> None:
    for i in (0, 1, 5, 6, 7, 8):
        assert not adds_speech(story, i)
    assert not needs_previous(story, 6)


def test_a_thing_added_after_with_is_no_speaker_adding(story: Story) -> None:
    for i in (9, 10):
        assert not adds_speech(story, i)
    # the speaker who added words is still read so, in the same story
    assert adds_speech(story, 2)
