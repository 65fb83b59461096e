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


def test_an_inch_mark_before_a_measure_word_stays_inside() -> None:
    text = '"They sold me a 55" TV and 3" thick boards," said Ann Lee.'
    assert _quoted(text) == ['They sold me a 55" TV and 3" thick boards,']


def test_a_name_ending_in_a_number_closes_its_quote() -> None:
    # Negatives: a capitalised word before the number names it; a word that measures
    # nothing after the mark.
    text = 'Ann Lee called the deal "Phase 2" in a speech. "We will not pay," Reed said.'
    assert _quoted(text) == ["Phase 2", "We will not pay,"]
    text = 'Lee said "we need 2" to win and "more."'
    assert _quoted(text) == ["we need 2", "more."]
