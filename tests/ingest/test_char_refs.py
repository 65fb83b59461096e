"""HTML character references left in plain text or JSONL are decoded at ingest (a saved
page's are decoded by its parser)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from crossbrief.ingest import read_paths
from crossbrief.ingest.repair import decode_char_refs
from crossbrief.ingest.text import read_text


@pytest.mark.parametrize(
    ("raw", "decoded"),
    [
        ("Mayor Ren&#233; Oduya spoke.", "Mayor Ren\u00e9 Oduya spoke."),
        ("a caf&#xE9; in Velmora", "a caf\u00e9 in Velmora"),
        ("R&amp;D spending rose", "R&D spending rose"),
        ("costs &#163;5m &mdash; or more", "costs \u00a35m \u2014 or more"),
    ],
)
def test_references_are_decoded(raw: str, decoded: str) -> None:
    assert decode_char_refs(raw) == decoded


@pytest.mark.parametrize(
    "text",
    [
        "AT&T and Procter & Gamble",  # an "&" opening no reference
        "the &nothing else",  # a legacy name with no ";" ("&not") is left
        "Q&A session; &unknownname; stays",  # no such named reference
        "plain text with no ampersand",
    ],
)
def test_text_without_a_closed_reference_is_unchanged(text: str) -> None:
    assert decode_char_refs(text) == text


def test_plain_text_reader_decodes_body_and_title() -> None:
    a, _ = read_text("x/s.txt", "title: Jos&#233; wins\n\nJos&#233; Lee won in Velmora.\n")
    assert (a.title, a.text) == ("Jos\u00e9 wins", "Jos\u00e9 Lee won in Velmora.")


def test_jsonl_reader_decodes(tmp_path: Path) -> None:
    path = tmp_path / "feed.jsonl"
    line = {"id": "a1", "text": "The harbour board met at the caf&#233; on Monday."}
    path.write_text(json.dumps(line) + "\n", encoding="utf-8")
    (article,) = read_paths([str(path)]).articles
    assert article.text == "The harbour board met at the caf\u00e9 on Monday."
