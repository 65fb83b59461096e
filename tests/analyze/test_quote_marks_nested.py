"""A phrase in curly marks inside a quote in straight marks is part of that quote."""

from __future__ import annotations

from crossbrief.analyze.quotes.marks import find_quote_spans


def _quoted(text: str) -> list[str]:
    return [text[s.start : s.end] for s in find_quote_spans(text, [(0, len(text))])]


def test_curly_marks_inside_a_straight_quote_are_nested() -> None:
    text = (
        'Varga said: "The board isn\u2019t about \u201cFerries First\u201d anymore. '
        'It is about tolls." Then he left.'
    )
    assert _quoted(text) == [
        "The board isn\u2019t about \u201cFerries First\u201d anymore. It is about tolls."
    ]


def test_a_curly_quote_after_a_closed_straight_one_is_a_quote_of_its_own() -> None:
    text = 'Varga said "we will see" on Monday, and Quist said \u201cnot a chance\u201d later.'
    assert _quoted(text) == ["we will see", "not a chance"]


def test_a_curly_mark_not_closed_before_the_straight_close_is_not_nested() -> None:
    # The curly mark never closes: it pairs up with the marks around it as any mark does.
    text = 'Varga said "the \u201cplan is fine" on Monday.'
    assert "the \u201cplan is fine" not in _quoted(text)
