"""A straight mark spaced like an opening one (tokenised text: 'great, "he says') that
follows a quote's own comma and runs into the lower-case cue closes the quote."""

from __future__ import annotations

from collections.abc import Sequence

import pytest

from crossbrief.analyze.paragraphs import paragraph_spans
from crossbrief.analyze.quotes.marks import find_quote_spans


def _quoted(text: str, paragraphs: Sequence[tuple[int, int]] | None = None) -> list[str]:
    paras = paragraph_spans(text) if paragraphs is None else paragraphs
    return [text[s.start : s.end] for s in find_quote_spans(text, paras)]


def test_a_spaced_mark_after_a_comma_before_the_cue_closes_a_quote_run_over_lines() -> None:
    text = '"The tolls went up twice.\n\nWe never saw the money, "she told the panel.\n'
    assert _quoted(text) == ["The tolls went up twice.", "We never saw the money,"]


def test_a_spaced_mark_before_the_cue_with_nothing_open_is_no_quote() -> None:
    text = 'The tolls went up twice.\n\nWe never saw the money, "said Ann Lee on Monday.\n'
    assert _quoted(text) == []


def test_a_spaced_mark_after_a_comma_before_a_capital_still_opens() -> None:
    # Negative: '..., "We ...' is an opening mark after the writer's comma.
    text = 'Lee answered, "We never saw the money," on Monday.'
    assert _quoted(text) == ["We never saw the money,"]


def test_a_mark_after_a_closing_mark_and_comma_opens_the_next_term() -> None:
    # Negative: in a list of quoted terms the comma follows a closing mark.
    text = 'She used words like "fair", "open" and "cheap" in the speech.'
    assert _quoted(text) == ["fair", "open", "cheap"]


def test_a_spaced_mark_before_a_name_and_reporting_verb_closes() -> None:
    text = '"The tolls went up twice.\n\nWe never saw the money, "Ann Lee said.\n'
    assert _quoted(text) == ["The tolls went up twice.", "We never saw the money,"]


@pytest.mark.parametrize("words", ["Ann Lee won the race,", "Nobody asked the fishermen."])
def test_a_spaced_mark_before_words_that_go_on_still_opens(words: str) -> None:
    # Negative: a name and a verb that go on begin the quoted words, whatever the verb.
    text = f'Lee answered, "{words}" on Monday.'
    assert _quoted(text) == [words]


def test_a_spaced_mark_opening_a_partial_quote_closed_later_still_opens() -> None:
    # Negative: the words after the mark close with a mark of their own.
    text = 'The pier stays shut, "at least until May," the mayor said.'
    assert _quoted(text) == ["at least until May,"]
