"""An inch mark inside a quote in straight marks does not close it."""

from __future__ import annotations

from crossbrief.analyze.quotes.marks import find_quote_spans


def _quoted(text: str) -> list[str]:
    return [text[s.start : s.end] for s in find_quote_spans(text, [(0, len(text))])]


def test_an_inch_mark_inside_a_quote_does_not_close_it() -> None:
    text = '"We got 14" of snow overnight," said Ann Lee.'
    assert _quoted(text) == ['We got 14" of snow overnight,']


def test_a_number_before_the_closing_mark_still_closes_it() -> None:
    # Negatives: a cue after the number, an amount or a long number, or no mark left.
    assert _quoted('"It was 14" he said. "We lost."') == ["It was 14", "We lost."]
    text = 'Lee took "about $200,000" from banks, said "Reed."'
    assert _quoted(text) == ["about $200,000", "Reed."]
    assert _quoted('Lee said "we got 14" of snow.') == ["we got 14"]
