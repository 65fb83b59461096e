"""Where the writer's words after a quote begin: past its closing marks and the blanks on
its line, never past a line break."""

from __future__ import annotations

from crossbrief.analyze.quotes.trailing import after_marks
from tests.analyze.quote_rows import Row, build_para


def _rows(gap: str) -> list[Row]:
    # '"Go," ' + gap + 'Lee said.'
    return [
        ('"', 1, "punct", "PUNCT"),
        ("Go", 1, "ROOT", "VERB"),
        (",", 1, "punct", "PUNCT"),
        ('"', 1, "punct", "PUNCT"),
        (gap, 3, "dep", "SPACE"),
        ("Lee", 6, "nsubj", "PROPN"),
        ("said", 1, "ccomp", "VERB"),
        (".", 6, "punct", "PUNCT"),
    ]


def test_the_words_after_a_quote_begin_past_its_marks_and_blanks() -> None:
    _, para = build_para(_rows("  "), range(1, 3))
    assert after_marks(para, para.doc[1:3]) == 5


def test_a_line_break_after_a_quote_ends_the_skip() -> None:
    _, para = build_para(_rows("\n"), range(1, 3))
    assert after_marks(para, para.doc[1:3]) == 4
