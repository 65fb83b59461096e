"""UTF-8 read as cp1252 or latin-1 is put back; text read right is left alone (invented)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from crossbrief.ingest import read_paths
from crossbrief.ingest.mojibake import repair_mojibake
from crossbrief.ingest.text import read_text


def test_utf8_read_as_cp1252_is_put_back() -> None:
    assert repair_mojibake("Se\u00c3\u00b1or Dosa said it\u00e2\u20ac\u2122s over.") == (
        "Se\u00f1or Dosa said it\u2019s over."
    )
    assert repair_mojibake("Pe\u00c3\u00b1a") == "Pe\u00f1a"
    assert repair_mojibake("caf\u00c3\u00a9") == "caf\u00e9"
    # a closing curly quote ends in a byte cp1252 leaves undefined (read as latin-1)
    assert repair_mojibake("\u00e2\u20ac\u0153quote\u00e2\u20ac\u009d") == "\u201cquote\u201d"
    # ... and where the text was decomposed since ("A" and a combining tilde for its lead)
    assert repair_mojibake("SeA\u0303\u00b1or") == "Se\u00f1or"


def test_a_repaired_letter_next_to_a_real_curly_quote_is_still_repaired() -> None:
    # the run is one character's bytes, not as many continuation characters as follow
    assert repair_mojibake("\u201ccaf\u00c3\u00a9\u201d") == "\u201ccaf\u00e9\u201d"


def test_text_read_right_is_left_alone() -> None:
    for text in (
        "Z\u00fcrich",
        "\u00c0 la carte",
        "S\u00e3o Paulo",
        "caf\u00e9\u2026",
        "\u00c3",
        "A\u0303",
    ):
        assert repair_mojibake(text) == text


@pytest.mark.parametrize(
    "text",
    [
        # an accented capital, a lower-case accented letter or a sharp s before a curly
        # quote, an apostrophe or a French no-break space: letters read right
        "the \u201cCAF\u00c9\u201d sign",
        "\u201cPER\u00da\u201d",
        "it \u2018touch\u00e9\u2019\u201d she said",
        "ferm\u00e9\u00a0\u00bb",
        "voil\u00e0\u00a0\u00bb",
        "\u00c9T\u00c9\u00a0!",
        "Spa\u00df\u201c",
    ],
)
def test_a_letter_read_right_before_punctuation_is_left_alone(text: str) -> None:
    assert repair_mojibake(text) == text


def _read(path: Path) -> list[tuple[str, str]]:
    result = read_paths([str(path)])
    return [(a.title, a.text) for a in result.articles]


def test_every_input_kind_is_repaired(tmp_path: Path) -> None:
    bad, good = "Ana Pe\u00c3\u00b1a", "Ana Pe\u00f1a"
    body = f"{bad} spoke to the council about the new harbour wall for an hour on Monday."
    txt = tmp_path / "a.txt"
    txt.write_text(f"title: {bad}\n\n{body}", encoding="utf-8")
    jsonl = tmp_path / "b.jsonl"
    jsonl.write_text(json.dumps({"title": bad, "text": body}) + "\n", encoding="utf-8")
    html = tmp_path / "c.html"
    paragraphs = "".join(f"<p>{body} It was the {n}th time.</p>" for n in range(4, 8))
    html.write_text(
        f"<html><head><title>{bad}</title></head><body><article>{paragraphs}</article>"
        "</body></html>",
        encoding="utf-8",
    )
    for path in (txt, jsonl, html):
        [(title, text)] = _read(path)
        assert good in title and good in text and bad not in text, path.suffix


def test_an_article_is_read_with_its_mojibake_repaired() -> None:
    article, _ = read_text("a.txt", "title: Velora\n\nPe\u00c3\u00b1a Dosa spoke.")
    assert article.text == "Pe\u00f1a Dosa spoke."


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Romanian s and t with a comma, Vietnamese letters, the rupee sign
        ("Vale\u00c8\u2122ti", "Vale\u0219ti"),
        ("Pia\u00c8\u203aa", "Pia\u021ba"),
        ("Tr\u00e1\u00bb\u2026n Van", "Tr\u1ec5n Van"),
        ("Ph\u00e1\u00bb\u201c Lan", "Ph\u1ed3 Lan"),
        ("L\u00e1\u00bb\u2039", "L\u1ecb"),
        ("\u00e2\u201a\u00b9 40", "\u20b9 40"),
        # a mark after a capital that a letter follows is inside the word: mojibake
        ("MONTA\u00c3\u2018A", "MONTA\u00d1A"),
        # after a lower-case letter, or alone, a run is mojibake
        ("l\u00c3\u00a0 bas", "l\u00e0 bas"),
        ("\u00c3\u00a0 Lyon", "\u00e0 Lyon"),
        ("tak\u00c4\u2026", "tak\u0105"),
        ("STOP\u00e2\u20ac\u201d now", "STOP\u2014 now"),
    ],
)
def test_more_mojibake_is_put_back(text: str, expected: str) -> None:
    assert repair_mojibake(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # an all-caps word ending in A with a tilde, diaeresis or ring before a curly
        # quote, a dash, an ellipsis or a no-break space: read right
        "\u201cMAM\u00c3\u201d",
        "ILTA\u00c4\u2013",
        "\u201dG\u00c5\u201d sa hon",
        "KIITOS\u00c4\u2026",
        "N\u00c3\u00a0",
        # a Spanish a with an acute before a closing guillemet and an ellipsis
        "est\u00e1\u00bb\u2026 dijo",
    ],
)
def test_a_capital_before_a_word_ending_mark_is_left_alone(text: str) -> None:
    assert repair_mojibake(text) == text
