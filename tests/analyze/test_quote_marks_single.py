"""Curly single marks: a span they would open that ends inside a double-quoted quote, and
the apostrophe of a decade ('the \u201890s'), open no quote."""

from __future__ import annotations

from typing import Any

from crossbrief.analyze.quotes.marks import find_quote_spans
from tests.analyze.test_quotes import one, quotes


def _quoted(text: str) -> list[str]:
    return [text[s.start : s.end] for s in find_quote_spans(text, [(0, len(text))])]


def test_a_single_mark_whose_close_lies_inside_a_double_quote_opens_nothing() -> None:
    text = (
        "Ann Lee said in \u201808 that the plan failed. \u201cIt was a mess,\u201d she said. "
        "\u201cIt did away with the \u2018blame game\u2019 for good.\u201d"
    )
    assert _quoted(text) == [
        "It was a mess,",
        "It did away with the \u2018blame game\u2019 for good.",
    ]


def test_a_decade_opens_no_quote() -> None:
    text = "Built in the \u201890s, the pier was called \u2018a wreck\u2019 by the board."
    assert _quoted(text) == ["a wreck"]


def test_single_quotes_outside_double_ones_are_still_quotes() -> None:
    # A figure after the mark ('\u201890 days') is no decade; a British quote that holds a
    # double-quoted phrase whole is still one quote.
    text = "The board called it \u201890 days of chaos\u2019 and Lee \u2018said \u201cno\u201d twice\u2019."
    assert _quoted(text) == ["90 days of chaos", "said \u201cno\u201d twice", "no"]


def test_quotes_after_an_elided_year_keep_their_speaker(nlp: Any) -> None:
    text = (
        "The harbour was rebuilt in the \u201890s. \u201cIt was a mess and the ferries "
        "stopped,\u201d Ann Lee said. \u201cIt did away with the \u2018blame game\u2019 for good.\u201d"
    )
    found = quotes(nlp, text)
    assert one(found, "direct", "It was a mess").speaker_name == "Ann Lee"
    assert one(found, "direct", "blame game").speaker_name == "Ann Lee"
