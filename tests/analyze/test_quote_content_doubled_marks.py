"""Reported content that trimming left with a doubled mark half open (typewriter style,
``...'' or ''...'') takes the closing mark back in."""

from __future__ import annotations

from crossbrief.analyze.quotes.context import content_span


def _content(text: str, piece: str) -> str:
    start = text.index(piece)
    s, e = content_span(text, start, start + len(piece), [])
    return text[s:e]


def test_content_ending_before_a_doubled_closing_mark_takes_it_in() -> None:
    text = "The mayor called the plan a ``modest step'' on Monday."
    assert _content(text, "called the plan a ``modest step") == "called the plan a ``modest step''"


def test_content_ending_before_punctuation_and_a_doubled_mark_takes_both() -> None:
    text = "She called the levy ''a fair price.'' Lee disagreed."
    assert _content(text, "called the levy ''a fair price") == "called the levy ''a fair price.''"


def test_content_with_its_doubled_marks_closed_stays_as_it_is() -> None:
    # Negative: both marks are already inside, so nothing is added.
    text = "The mayor called the plan a ``modest step'' on Monday."
    piece = "called the plan a ``modest step''"
    assert _content(text, piece) == piece


def test_an_apostrophe_is_no_mark_to_balance() -> None:
    # Negative: a possessive's apostrophe opens no quote.
    text = "The mayor praised the drivers' patience, ''on the whole.''"
    assert _content(text, "praised the drivers' patience") == "praised the drivers' patience"
