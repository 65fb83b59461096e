"""A timeline entry's "His", "Her", "He" or "She" names its person only when the sentence
before settles who (session 19 review; invented text): a name written only as another
person's owner ("Tom Varga's lawyer, Ivan Petrov") is not the one the sentence opens on,
and a "Her" after a ship or a country may be the ship's or the country's."""

from __future__ import annotations

from typing import Any

import pytest

from crossbrief.model import Article
from crossbrief.pipeline import brief_articles


def _on(nlp: Any, date: str, text: str) -> list[str]:
    """The texts of the timeline entries on ``date`` of one article dated 2031-05-10."""
    article = Article(id="a", text=text, published="2031-05-10")
    return [e.text for e in brief_articles([article], nlp=nlp).timeline if e.date == date]


LATER = "His firm was fined on April 6, 2031, for misleading clients, records show."


def test_a_possessor_the_sentence_opens_on_is_not_its_subject(nlp: Any) -> None:
    # Two men are named; the one the sentence opens on owns its subject: who "His" is
    # is not settled, and the sentence is shown as written.
    text = f"Tom Varga's lawyer, Ivan Petrov, spoke to reporters outside the court. {LATER}"
    assert _on(nlp, "2031-04-06", text) == [LATER]


def test_the_man_a_sentence_opens_on_as_its_subject_is_named(nlp: Any) -> None:
    # Negative: with the first man the subject, "His" is his.
    text = f"Tom Varga spoke to reporters with his lawyer Ivan Petrov outside the court. {LATER}"
    assert _on(nlp, "2031-04-06", text) == [
        "[Tom Varga's] firm was fined on April 6, 2031, for misleading clients, records show."
    ]


HULL = "Her hull cracked off Brask on April 6, 2031, the harbour office said."


@pytest.mark.parametrize(
    "before",
    [
        "Ann Lee christened the ferry Orla Star in Velmora in 2019.",
        "Ann Lee, the harbour chief, sold the old tanker to a buyer abroad.",
    ],
)
def test_her_after_a_ship_is_shown_as_written(nlp: Any, before: str) -> None:
    # A ship is "she" in news style: "Her hull" may be the ship's, not the woman's.
    assert _on(nlp, "2031-04-06", f"{before} {HULL}") == [HULL]


PORTS = "Her ports were shut on April 6, 2031, officials said."


def test_her_after_a_country_named_after_the_woman_is_shown_as_written(nlp: Any) -> None:
    # A country is "she" too: "Her ports" may be the country's.
    before = "Ann Lee praised France in a speech to the harbour board."
    assert _on(nlp, "2031-04-06", f"{before} {PORTS}") == [PORTS]


def test_her_after_a_place_that_is_no_country_is_hers(nlp: Any) -> None:
    # Negative: a town or a region is not "she"; the woman is the one named.
    before = "Ann Lee praised Velmora in a speech to the harbour board."
    assert _on(nlp, "2031-04-06", f"{before} {PORTS}") == ["[Ann Lee's]" + PORTS[3:]]


def test_her_after_a_woman_and_no_ship_is_hers(nlp: Any) -> None:
    # Negative: with no ship or country named, "Her" is the woman's.
    before = "Ann Lee, the harbour chief, met the port's owners in Velmora."
    assert _on(nlp, "2031-04-06", f"{before} {HULL}") == [
        "[Ann Lee's] hull cracked off Brask on April 6, 2031, the harbour office said."
    ]


def test_she_after_a_country_is_still_the_woman(nlp: Any) -> None:
    # Negative: a subject "She" is the woman's; only a possessive is left unsettled.
    before = "Ann Lee praised France in a speech to the harbour board."
    sentence = "She sailed home on April 6, 2031, officials said."
    assert _on(nlp, "2031-04-06", f"{before} {sentence}") == ["[Ann Lee]" + sentence[3:]]
