"""Quote marks paired by the spacing around them: re-opened paragraphs run together on one
line, stray closing marks, and DUC's `` closed by a lone apostrophe."""

from __future__ import annotations

from crossbrief.analyze.quotes.marks import find_quote_spans, is_verbatim


def _quoted(text: str) -> list[str]:
    return [text[s.start : s.end] for s in find_quote_spans(text, [(0, len(text))])]


def test_a_quote_reopened_after_a_full_stop_continues_and_the_narrative_stays_out() -> None:
    text = (
        'Lee said: "The plan is late and costly. "We will not fund it." '
        "On Monday, the mayor told reporters she disagreed."
    )
    assert _quoted(text) == ["The plan is late and costly.", "We will not fund it."]
    spans = find_quote_spans(text, [(0, len(text))])
    assert spans[1].continues and spans[0].open_end
    assert all(is_verbatim(text, q) for q in _quoted(text))


def test_a_mark_after_a_word_inside_a_quote_still_closes_it() -> None:
    # Negative: no finished sentence before the second mark, so it closes as before.
    text = 'Lee called it "a start "and no more than that.'
    assert _quoted(text) == ["a start"]


def test_a_closing_mark_with_nothing_open_is_a_stray() -> None:
    text = "The plan was dropped.'' Quist grew up in Varna. Lee said ``it is over.''"
    assert _quoted(text) == ["it is over."]


def test_a_mark_with_spaces_on_both_sides_still_toggles() -> None:
    # Negative: a mark that neither clearly opens nor closes pairs up as before.
    text = 'Lee said " we will see " on Monday.'
    assert _quoted(text) == ["we will see"]


def test_a_lone_apostrophe_after_a_comma_closes_a_backtick_quote() -> None:
    text = (
        "``Tolls are unfair,'` the Herald wrote on Sunday. "
        "``Drivers deserve better.'' Monday, Quist wrote a reply."
    )
    assert _quoted(text) == ["Tolls are unfair,", "Drivers deserve better."]


def test_a_single_quote_inside_a_backtick_quote_is_not_its_end() -> None:
    # Negative: the apostrophe closes the `single' quote opened inside, not the double one.
    text = "``He told me `we are done,' and left,'' Lee said."
    assert _quoted(text) == ["He told me `we are done,' and left,"]


def test_a_badly_spaced_closing_mark_with_none_after_it_closes() -> None:
    # Negative: text rebuilt from tokens puts a space before a closing mark; with no mark
    # left in the paragraph, it closes the quote rather than opening the narrative.
    text = '"What do they call the border? "Quist asked, noting the dispute.'
    assert _quoted(text) == ["What do they call the border?"]
