"""One sum converted at different rates is headed by that sum as written, its currency sign
and all ("$4bn"), not by the words around it with the sign cut off; invented articles, the
real pipeline."""

from __future__ import annotations

from typing import Any

import pytest

from crossbrief.model import Conflict
from crossbrief.synthesize.conflicts import build_conflicts, conversion_topic
from crossbrief.synthesize.facts import group_sentences
from tests.synthesize.stories import texts_story

_FRAUD = "The former head of the Velmora ferry line is accused of hiding a {} accounting fraud."
_DEAL = "The harbour board of Velmora agreed to pay {} for the old ferry terminal on Monday."


def _found(nlp: Any, frame: str, *sums: str) -> list[Conflict]:
    story = texts_story(nlp, *(frame.format(s) for s in sums), source="s")
    return build_conflicts(story, group_sentences(story))


@pytest.mark.parametrize(
    ("frame", "sums", "heading"),
    [
        (_FRAUD, ("$4bn (£2.1bn)", "$4bn (£2.6bn)"), "$4bn"),
        (_DEAL, ("$10 million (£5.3 million)", "$10 million (£5.6 million)"), "$10 million"),
    ],
)
def test_a_conversion_is_headed_by_the_sum_it_converts(
    nlp: Any, frame: str, sums: tuple[str, ...], heading: str
) -> None:
    found = _found(nlp, frame, *sums)
    assert [c.kind for c in found] == ["conversion"], [(c.kind, c.about) for c in found]
    assert found[0].about.startswith(f"{heading}: "), found[0].about
    assert "one sum converted at different rates" in found[0].about


def test_sums_that_differ_keep_their_own_heading(nlp: Any) -> None:
    # Negative: two plain sums that disagree are no conversion, and take no sum as heading
    found = _found(nlp, _DEAL, "£5.3 million", "£6.1 million")
    assert [c.kind for c in found] == ["figure"]
    assert not found[0].about.startswith("£"), found[0].about


@pytest.mark.parametrize(
    ("topic", "converted", "heading"),
    [
        ("10m fine", "$10m", "$10m"),
        ("million old", "$10 million", "$10 million"),
        ("harbour fine", "€5m", "harbour fine, €5m"),
        # Negative: no topic words, no comma before the sum
        ("", "€5m", "€5m"),
    ],
)
def test_the_topic_words_stay_unless_they_are_the_sums_own(
    topic: str, converted: str, heading: str
) -> None:
    assert conversion_topic(topic, converted) == heading
