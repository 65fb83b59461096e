"""One quotation split around its cue ('"The gates failed," he added, "in the storm."') is
one ledger line, not two or three halves; quotations with cues of their own stay apart.
Invented text, real pipeline."""

from __future__ import annotations

from typing import Any

from crossbrief.model import Article
from crossbrief.pipeline import brief_articles


def _lines(nlp: Any, text: str) -> list[tuple[str, str]]:
    quotes = brief_articles([Article(id="a", text=text)], nlp=nlp).quotes
    return [(q.kind, q.text) for q in quotes]


def test_a_quote_split_by_its_cue_is_one_line(nlp: Any) -> None:
    lines = _lines(
        nlp,
        "Tom Reed spoke on Tuesday. \u201cThe main idea behind our plan,\u201d Reed said, "
        "\u201cwas that the ferries should never stop running in winter.\u201d",
    )
    assert lines == [
        (
            "direct",
            "The main idea behind our plan, was that the ferries should never stop running "
            "in winter.",
        )
    ], lines


def test_the_writers_words_between_pieces_are_left_out_with_an_ellipsis(nlp: Any) -> None:
    lines = _lines(
        nlp,
        "\u201cThe ferry crews had been complaining,\u201d a senior Velmora official recalled, "
        "\u201cbecause the board was moving the night service,\u201d a route used by fishermen, "
        "\u201cto the north quay.\u201d",
    )
    assert len(lines) == 1, lines
    assert lines[0][1].endswith("the night service, \u2026 to the north quay."), lines
    assert "fishermen" not in lines[0][1]  # the writer's words are no one's quote


def test_quotes_with_cues_of_their_own_stay_apart(nlp: Any) -> None:
    # Negative: two sentences, each quoted with its own cue, are two remarks.
    lines = _lines(
        nlp,
        "\u201cThe gates will hold this winter,\u201d Ann Lee said. "
        "\u201cThe pumps are another matter,\u201d she added.",
    )
    assert len(lines) == 2, lines


def test_a_piece_ending_its_own_sentence_is_not_joined(nlp: Any) -> None:
    # Negative: a piece that stops on no comma before a capital is a sentence of its own.
    lines = _lines(
        nlp,
        "Ann Lee sent the crews \u201cwarm thanks\u201d on Monday, she said, "
        "\u201cWe look to the board to keep the night ferry running.\u201d",
    )
    assert not any("warm thanks We look" in text for _, text in lines), lines
