"""UTF-8 read as cp1252 or latin-1 is put back; text read right is left alone (invented)."""

from __future__ import annotations

from crossbrief.ingest.text import read_text, repair_mojibake


def test_utf8_read_as_cp1252_is_put_back() -> None:
    assert repair_mojibake("Se\u00c3\u00b1or Dosa said it\u00e2\u20ac\u2122s over.") == (
        "Se\u00f1or Dosa said it\u2019s over."
    )
    # a closing curly quote ends in a byte cp1252 leaves undefined (read as latin-1)
    assert repair_mojibake("\u00e2\u20ac\u0153Yes\u00e2\u20ac\u009d") == "\u201cYes\u201d"
    # ... and where the text was decomposed since ("A" and a combining tilde for its lead)
    assert repair_mojibake("SeA\u0303\u00b1or") == "Se\u00f1or"


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


def test_an_article_is_read_with_its_mojibake_repaired() -> None:
    article = read_text("a.txt", "title: Velora\n\nPe\u00c3\u00b1a Dosa spoke.")
    assert article.text == "Pe\u00f1a Dosa spoke."
