"""Statements quoted over several paragraphs: a quote opened in one paragraph runs through
paragraphs with no mark to its closing mark, a paragraph-opening quote after a colon or a
sentence announcing a statement is the issuer's, and a quote paragraph goes on only from a
quote that was kept."""

from __future__ import annotations

from typing import Any

from crossbrief.analyze.quotes.marks import find_quote_spans
from tests.analyze.test_quotes import quotes

# One sentence a line, as some archives set articles.
RUN_ON = (
    "The club spoke up on Friday.\n\n"
    '"We know about the matter involving Tom," coach Ann Hale said in a statement.\n\n'
    '"Of course we are unhappy.\n\n'
    "We treat such things with care.\n\n"
    'From now on we will say nothing more."\n\n'
    "The season starts next week."
)


def _paras(text: str) -> list[tuple[int, int]]:
    out, at = [], 0
    for part in text.split("\n\n"):
        out.append((at, at + len(part)))
        at += len(part) + 2
    return out


def test_an_open_quote_runs_through_unmarked_paragraphs_to_its_close() -> None:
    texts = [RUN_ON[s.start : s.end] for s in find_quote_spans(RUN_ON, _paras(RUN_ON))]
    assert "We treat such things with care." in texts
    assert "From now on we will say nothing more." in texts


def test_every_sentence_of_the_run_is_the_speakers(nlp: Any) -> None:
    found = quotes(nlp, RUN_ON)
    for words in ("unhappy", "with care", "nothing more"):
        (q,) = [q for q in found if words in q.text]
        assert q.kind == "direct" and q.speaker_name == "Ann Hale", q


def test_a_new_quote_on_the_way_stops_the_run() -> None:
    text = '"We are unhappy.\n\nThe mayor spoke later.\n\n"It is over," she said.\n\nNothing else.'
    texts = [text[s.start : s.end] for s in find_quote_spans(text, _paras(text))]
    assert "The mayor spoke later." not in texts


def test_an_unclosed_quote_with_no_close_after_runs_no_further() -> None:
    text = '"We are unhappy.\n\nThe mayor spoke later.\n\nNothing else happened.'
    texts = [text[s.start : s.end] for s in find_quote_spans(text, _paras(text))]
    assert texts == ["We are unhappy."]


def test_a_colon_statement_with_typewriter_marks_is_the_issuers(nlp: Any) -> None:
    text = (
        "Coach Ann Hale issued this statement after the loss:\n\n"
        "`` We played badly today.\n\n"
        "We will train harder.''\n\n"
        "The team flies home tonight."
    )
    found = quotes(nlp, text)
    for words in ("played badly", "train harder"):
        (q,) = [q for q in found if words in q.text]
        assert q.kind == "direct" and q.speaker_name == "Ann Hale", q


def test_a_statement_released_in_the_sentence_before_is_the_issuers(nlp: Any) -> None:
    text = (
        "Tom Reed released a statement through his solicitor on Monday.\n\n"
        '"I was stopped by a guard. I did nothing wrong."\n\n'
        "The hearing is in May."
    )
    found = quotes(nlp, text)
    (q,) = [q for q in found if "stopped by a guard" in q.text]
    assert q.kind == "direct" and q.speaker_name == "Tom Reed", q


def test_a_statement_not_released_names_no_speaker(nlp: Any) -> None:
    text = (
        "Tom Reed did not release a statement on Monday.\n\n"
        '"I was stopped by a guard. I did nothing wrong."\n\n'
        "The hearing is in May."
    )
    found = quotes(nlp, text)
    assert not [q for q in found if "stopped by a guard" in q.text and q.speaker_name]


def test_a_quote_paragraph_after_a_dropped_one_takes_no_earlier_speaker(nlp: Any) -> None:
    text = (
        '"We lost," Tom Reed said.\n\n'
        "The board met on Monday.\n\n"
        '"Nobody wanted this.\n\n'
        '"We all regret it."\n\n'
        "The vote is in May."
    )
    found = quotes(nlp, text)
    assert not [q for q in found if "regret" in q.text and q.speaker_name == "Tom Reed"]


def test_a_run_closed_by_its_own_cue_is_that_cues_throughout(nlp: Any) -> None:
    text = (
        '"Prices rose again," Tom Reed said.\n\n'
        '"What voters want most is a party that holds together. It has not done so since.\n\n'
        'In the spring, we will show them it can," Ann Hale says.\n\n'
        "The vote is in May."
    )
    found = quotes(nlp, text)
    for words in ("holds together", "show them"):
        (q,) = [q for q in found if words in q.text]
        assert q.speaker_name == "Ann Hale", q


def test_a_reopened_paragraph_keeps_the_quote_before(nlp: Any) -> None:
    # News style re-opens each paragraph of a quote with a mark: no run of bare paragraphs.
    text = (
        '"Prices rose again," Tom Reed said.\n\n'
        '"What voters want most is a party that holds together.\n\n'
        '"In the spring, we will show them it can," Ann Hale says.'
    )
    (q,) = [q for q in quotes(nlp, text) if "holds together" in q.text]
    assert q.speaker_name == "Tom Reed", q
