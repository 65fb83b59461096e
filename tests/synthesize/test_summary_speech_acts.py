"""A charge and its denial, or a reaction to it, are two acts of one dispute: neither cites
the other, however many of the dispute's words they share."""

from __future__ import annotations

from typing import Any

import numpy as np
import pytest

from crossbrief.synthesize import summary as summary_module
from crossbrief.synthesize.summary_cites import citations
from crossbrief.synthesize.summary_speech_acts import opposite_acts
from tests.synthesize.stories import lines_story

# Invented: a councillor's charge against the harbour board and the board's answers.
CHARGE = "Ann Lee accused the Velmora harbour board of hiding a report on the north pier."
DENIAL = "The Velmora harbour board denied hiding a report on the north pier from Ann Lee."
REACTION = (
    "The mayor was dismayed by Ann Lee's accusations against the harbour board over the report."
)
ALSO_CHARGE = "Ann Lee charged that the Velmora harbour board hid a report on the north pier."


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        (CHARGE, DENIAL, True),
        (REACTION, CHARGE, True),
        # negative: two tellings of the charge, or of the denial; a denial and a reaction
        (CHARGE, ALSO_CHARGE, False),
        (DENIAL, "The harbour board rejected the report's findings.", False),
        (DENIAL, REACTION, False),
        # negative: a passive "denied" is another act; the charge made, not reacted to; a
        # denial in a side clause is not the sentence's act
        ("Ann Lee was denied a seat on the harbour board.", CHARGE, False),
        ("Ann Lee made allegations against the harbour board on Monday.", CHARGE, False),
        (
            "Ann Lee, who denies the charges, resigned from the board.",
            "Lee accused the board.",
            False,
        ),
    ],
)
def test_opposite_acts(a: str, b: str, expected: bool) -> None:
    assert opposite_acts(a, b) == expected
    assert opposite_acts(b, a) == expected


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # a denial of bail, entry or a visa is another act, active or passive
        ("Tom Varga was charged with arson and denied bail on Friday.", CHARGE),
        ("Tom Varga was arrested at the port and denied entry to Velmora.", CHARGE),
        ("The harbour board denied Ann Lee access to the north pier report.", CHARGE),
        # "was ... and denied" carries the passive on: he was denied the right to speak
        ("Tom Varga was questioned and denied the right to speak to Ann Lee.", CHARGE),
        # a charge as a fee accuses no one
        (DENIAL, "The harbour board charged fishermen a fee to use the north pier."),
        (CHARGE, "Harbour charges for the north pier will rise, the board said."),
        # a dispute named as a thing denies nothing
        ("The dispute over the north pier report has lasted a year.", CHARGE),
        ("Ann Lee and the harbour board are in a dispute over the pier report.", CHARGE),
        ("Ann Lee visited the disputed north pier on Monday.", CHARGE),
        (DENIAL, "Ann Lee is in charge of the north pier report."),
    ],
)
def test_another_act_is_no_charge_or_denial(a: str, b: str) -> None:
    assert not opposite_acts(a, b)
    assert not opposite_acts(b, a)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # Negative: the acts still read: a charge with "with"/"of", a coordinated denial
        # of the charge, the charges named, "disputes" as a verb
        ("Tom Varga was charged with hiding the north pier report.", DENIAL),
        ("Ann Lee charged the harbour board with hiding the report.", DENIAL),
        ("Tom Varga was accused of hiding the report and denied it.", CHARGE),
        ("Ann Lee was dismayed by the charges against the harbour board.", CHARGE),
        ("The harbour board disputes Ann Lee's account of the pier report.", CHARGE),
    ],
)
def test_the_acts_still_read(a: str, b: str) -> None:
    assert opposite_acts(a, b)


def test_a_reaction_does_not_cite_the_charge(nlp: Any) -> None:
    story = lines_story(nlp, a=[REACTION], b=[CHARGE], c=[ALSO_CHARGE])
    concepts = [summary_module._concepts(s.text) for s in story.sentences]
    same = np.ones((3, 3), dtype=bool)
    np.fill_diagonal(same, False)
    assert [r.article for r in citations(story, 0, same, concepts)] == ["a"]
    # negative: the two tellings of the charge still cite each other
    assert [r.article for r in citations(story, 1, same, concepts)] == ["b", "c"]
