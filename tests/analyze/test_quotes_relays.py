"""Nested attributions: '"...," Lee said, according to Z' is Lee's quote and Z's report of
it (``relays``). Invented sentences, real pipeline."""

from __future__ import annotations

from typing import Any

import pytest

from crossbrief.model import Quote
from tests.analyze.test_quotes import quotes


def _relays(nlp: Any, text: str) -> list[Quote]:
    return [q for q in quotes(nlp, text) if q.relays]


def test_the_medium_relays_the_quote_and_its_cue(nlp: Any) -> None:
    text = (
        "\u201cThe ferry will sail on time,\u201d Ann Lee said, according to an Associated "
        "Press account."
    )
    (relay,) = _relays(nlp, text)
    assert relay.speaker_text == "an Associated Press account"
    assert relay.kind == "direct" and relay.cue == "according to"
    assert relay.text.startswith("The ferry will sail") and relay.text.endswith("Ann Lee said")
    inner = [q for q in quotes(nlp, text) if not q.relays and q.kind == "direct"]
    assert [q.speaker_text for q in inner] == ["Ann Lee"]


def test_the_maker_of_a_record_relays_and_the_quote_after_goes_with_it(nlp: Any) -> None:
    text = (
        "The harbor was busy on Monday. \u201cThe ferry will sail on time,\u201d the mayor "
        "said Monday in Dover, according to audio provided by Harbor Radio. \u201cWe have "
        "enough crew.\u201d"
    )
    relays = _relays(nlp, text)
    assert [q.speaker_text for q in relays] == ["Harbor Radio", "Harbor Radio"]
    assert relays[1].text == "We have enough crew."


def test_a_quote_after_with_its_own_cue_is_not_relayed(nlp: Any) -> None:
    text = (
        "\u201cThe ferry will sail on time,\u201d Ann Lee said, according to the Harbor Times. "
        "\u201cWe have enough crew,\u201d Tom Reed said."
    )
    (relay,) = _relays(nlp, text)
    assert relay.text.startswith("The ferry")


@pytest.mark.parametrize(
    "text",
    [
        "Ann Lee said the ferry would sail on time, according to the Harbor Times.",
        "The ferry \u201csank fast,\u201d according to the Harbor Times.",
        "\u201cThe ferry will sail on time,\u201d Ann Lee said. According to the Harbor Times, "
        "the crew is ready.",
        "\u201cThe ferry will sail on time.\u201d\n\nTolls rose in May, according to the "
        "Harbor Times.",
        "\u201cThe ferry is late,\u201d Ann Lee said. Tolls rose, according to the Harbor Times.",
    ],
)
def test_no_relay_without_a_quote_and_its_cue_right_before(nlp: Any, text: str) -> None:
    assert _relays(nlp, text) == []


def test_apostrophes_in_the_cue_clause_are_no_quote(nlp: Any) -> None:
    text = (
        "\u201cThe ferry will sail on time?\u201d Tom O\u2019Hara said at the port's office, "
        "according to the Harbor Times."
    )
    (relay,) = _relays(nlp, text)
    assert relay.speaker_text == "the Harbor Times"
    assert relay.text.endswith("said at the port's office")
