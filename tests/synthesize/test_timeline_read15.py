"""Timeline rows from session 15's second read (invented text): a wire editor's note left in
the copy ("5th graf pvs") places no row, nor does a day given up for another ("flew home on
Monday rather than on Tuesday"), nor a time inside a quotation that runs across sentences
when its sentence shows no speaker (the row would be a fragment of someone's words); a time
quoted whole in one sentence, or in a sentence that names its speaker, and the day kept are
rows."""

from __future__ import annotations

from typing import Any

from crossbrief.model import Article
from crossbrief.pipeline import brief_articles


def _rows(nlp: Any, text: str) -> list[tuple[str, str]]:
    brief = brief_articles([Article(id="a", text=text, published="2040-06-14")], nlp=nlp)
    return [(e.expression, e.text) for e in brief.timeline]


def test_a_wire_editing_note_places_no_row(nlp: Any) -> None:
    text = (
        "Ann Lee resigned as mayor of Orlen on Monday. "
        "On Wednesday, 5th graf pvs, the harbour board met in Velmora."
    )
    rows = _rows(nlp, text)
    assert not any("graf" in sentence for _, sentence in rows)
    assert any(expression == "Monday" for expression, _ in rows)


def test_a_day_given_up_for_another_is_no_row(nlp: Any) -> None:
    text = "Ann Lee flew home to Orlen on Monday rather than on Tuesday, her office said."
    expressions = [expression for expression, _ in _rows(nlp, text)]
    assert "Tuesday" not in expressions
    assert "Monday" in expressions


def test_a_time_inside_a_quotation_across_sentences_is_no_row(nlp: Any) -> None:
    text = (
        "Ann Lee resigned as mayor of Orlen on Monday. "
        "\u201cIt is shameful that in 2040 the harbour cannot be kept open. "
        "Two weeks before Christmas, the quay looks like a ruin.\u201d "
        "Tom Reyes spoke in Velmora."
    )
    expressions = [expression for expression, _ in _rows(nlp, text)]
    assert "2040" not in expressions
    assert not any("Christmas" in expression for expression in expressions)
    assert "Monday" in expressions


def test_a_time_quoted_whole_in_one_sentence_is_a_row(nlp: Any) -> None:
    text = "\u201cThe harbour board met on Monday,\u201d Tom Reyes said in Orlen."
    assert any(expression == "Monday" for expression, _ in _rows(nlp, text))


def test_a_quotation_across_sentences_with_its_speaker_keeps_its_row(nlp: Any) -> None:
    text = (
        "Tom Reyes was blunt. \u201cThe quay was shut in March. "
        "The harbour board met on Monday,\u201d Tom Reyes said in Orlen."
    )
    assert any(expression == "Monday" for expression, _ in _rows(nlp, text))
