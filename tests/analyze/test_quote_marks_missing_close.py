"""A quote whose closing mark the writer left out: the cue after its comma (', said Lee')
shows where the words end."""

from __future__ import annotations

from typing import Any

from crossbrief.analyze.quotes.marks import find_quote_spans
from tests.analyze.test_quotes import one, quotes

TEXT = (
    "The rules changed in 1998.\n\n"
    '"There was little help for parents back then, said Ann Moss, whose group backs '
    "the bill.\n\nSome have found another path."
)


def test_a_cue_after_the_comma_closes_the_quote(nlp: Any) -> None:
    q = one(quotes(nlp, TEXT), "direct", "little help")
    assert q.text == "There was little help for parents back then,"
    assert q.cue == "said" and q.speaker_name == "Ann Moss"


def test_a_pronoun_cue_closes_it_too() -> None:
    text = '"We will win this fight and the next one, she said on Monday.'
    (seg,) = find_quote_spans(text, [(0, len(text))])
    assert text[seg.start : seg.end] == "We will win this fight and the next one,"
    assert not seg.open_end


def test_a_quote_running_on_to_the_next_paragraph_stays_open() -> None:
    text = '"We will win this fight, and the next one.\n\n"Then we rest," Lee said.'
    segs = find_quote_spans(text, [(0, 42), (44, len(text))])
    assert segs[0].open_end and text[segs[0].start : segs[0].end].endswith("next one.")


def test_words_about_saying_inside_a_quote_do_not_close_it() -> None:
    text = '"They told us no, and what they said was final.'
    (seg,) = find_quote_spans(text, [(0, len(text))])
    assert seg.open_end


def test_a_quote_going_on_in_the_next_paragraph_keeps_its_cue_words(nlp: Any) -> None:
    text = (
        "Ann Lee lost her house in May.\n\n"
        '"When the bank called, I told them I had no money. They kept calling for weeks.\n\n'
        '"It never stopped," Lee said.'
    )
    found = quotes(nlp, text)
    assert not [q for q in found if q.text == "When the bank called,"]
    assert not [q for q in found if q.speaker_text == "I"]


def test_words_about_what_they_said_in_a_quote_going_on_do_not_close_it() -> None:
    text = '"When the bank called, they said no. It went on.\n\n"It never stopped," Lee said.'
    segs = find_quote_spans(text, [(0, 48), (50, len(text))])
    assert segs[0].open_end and text[segs[0].start : segs[0].end].endswith("It went on.")


def test_i_is_no_cue_name_in_a_quote_left_open() -> None:
    text = '"When the bank called, I told them no and hung up.'
    (seg,) = find_quote_spans(text, [(0, len(text))])
    assert seg.open_end
