from __future__ import annotations

import json
from pathlib import Path

import pytest

from crossbrief.errors import InputError
from crossbrief.ingest import read_paths
from crossbrief.ingest.text import read_text

GOOD = (
    "title: A title\nsource: Outlet\ndate: 2024-05-01\n\nThe mayor opened the bridge on Monday.\n"
)


def test_headers_are_parsed() -> None:
    a, _ = read_text("x/story.txt", GOOD)
    assert (a.id, a.title, a.source, a.published) == ("story", "A title", "Outlet", "2024-05-01")
    assert a.text == "The mayor opened the bridge on Monday."


def test_bare_date_token() -> None:
    a, _ = read_text("x/s.txt", " date 2022-03-06 Harbour officials met.\n\nMore text.")
    assert a.published == "2022-03-06"
    assert a.text.startswith("Harbour officials met.")


def test_text_without_headers_is_all_body() -> None:
    a, _ = read_text("x/s.txt", "title of a song: a story\nThe body.")
    assert a.title == "" and a.text.startswith("title of a song")


def _bad_html() -> str:
    return "<html><head><title>x</title></head><body><nav><a href='/'>Home</a></nav></body></html>"


@pytest.mark.parametrize(
    ("name", "content", "reason"),
    [
        ("empty.txt", b"", "empty"),
        ("blob.txt", bytes(range(256)) * 40, "binary"),
        ("nav.html", _bad_html().encode(), "no article text"),
    ],
)
def test_bad_files_are_reported_and_others_kept(
    tmp_path: Path, name: str, content: bytes, reason: str
) -> None:
    (tmp_path / name).write_bytes(content)
    (tmp_path / "good.txt").write_text(GOOD, encoding="utf-8")
    result = read_paths([str(tmp_path / name), str(tmp_path / "good.txt")])
    assert [a.id for a in result.articles] == ["good"]
    assert len(result.errors) == 1
    assert result.errors[0].path.endswith(name) and reason in result.errors[0].reason


def test_large_file_is_refused(tmp_path: Path) -> None:
    big = tmp_path / "big.txt"
    with big.open("wb") as f:
        f.write(b"word " * (10 * 1024 * 1024))  # 50 MB
    result = read_paths([str(big)])
    assert not result.articles
    assert "limit" in result.errors[0].reason and result.errors[0].path == str(big)


def test_latin1_is_read_with_a_warning(tmp_path: Path) -> None:
    p = tmp_path / "latin.txt"
    p.write_bytes("Caf\u00e9 owners in S\u00e3o Paulo said prices rose.".encode("latin-1"))
    result = read_paths([str(p)])
    assert result.articles[0].text.startswith("Caf\u00e9")
    assert "UTF-8" in result.warnings[0].reason and not result.errors


def test_missing_path(tmp_path: Path) -> None:
    result = read_paths([str(tmp_path / "nope.txt")])
    assert result.errors[0].reason == "no such file or directory"


def test_jsonl_bad_line_names_the_line(tmp_path: Path) -> None:
    p = tmp_path / "feed.jsonl"
    good = json.dumps({"id": "a1", "source": "S", "published": "2024-01-02", "text": "Body one."})
    p.write_text(good + "\n{not json\n", encoding="utf-8")
    result = read_paths([str(p)])
    assert [a.id for a in result.articles] == ["a1"]
    assert result.articles[0].published == "2024-01-02"
    assert result.errors[0].path == f"{p}:2" and "not JSON" in result.errors[0].reason


def test_duplicate_ids_made_unique(tmp_path: Path) -> None:
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    (tmp_path / "a" / "s.txt").write_text("One.", encoding="utf-8")
    (tmp_path / "b" / "s.txt").write_text("Two.", encoding="utf-8")
    result = read_paths([str(tmp_path)])
    assert [a.id for a in result.articles] == ["s", "s-2"]


def test_html_page_with_article(tmp_path: Path) -> None:
    body = " ".join(["The council voted on Tuesday to close the old harbour road."] * 8)
    page = (
        "<html><head><title>Harbour road to close</title></head><body><article><h1>Harbour road"
        f"</h1><p>{body}</p><p>{body}</p></article></body></html>"
    )
    (tmp_path / "page.html").write_text(page, encoding="utf-8")
    result = read_paths([str(tmp_path / "page.html")])
    assert not result.errors
    assert "harbour road" in result.articles[0].text


def test_input_error_message() -> None:
    e = InputError("a.txt", "file is empty")
    assert str(e) == "a.txt: file is empty"


def test_jsonl_text_with_unicode_line_breaks_reads_whole(tmp_path: Path) -> None:
    # JSON Lines ends a record only at "\n": a raw U+2028 or U+0085 inside a string (as
    # ``ensure_ascii=False`` writes them) is part of the record, not a line break.
    p = tmp_path / "feed.jsonl"
    text = "Ann Lee opened the Velmora pier.\u2028The harbour board\u0085met on Friday."
    rows = [
        {"id": "a1", "title": "Pier\u2029opens", "text": text},
        {"id": "a2", "text": "Second body\x0cwith a form feed."},
    ]
    p.write_text("".join(json.dumps(r, ensure_ascii=False) + "\r\n" for r in rows), "utf-8")
    result = read_paths([str(p)])
    assert result.errors == []
    assert [a.id for a in result.articles] == ["a1", "a2"]
    assert result.articles[0].text == text
    assert result.articles[0].title == "Pier\u2029opens"
    assert result.articles[1].path == f"{p}:2"


def test_jsonl_broken_line_still_named_among_unicode_breaks(tmp_path: Path) -> None:
    p = tmp_path / "feed.jsonl"
    good = json.dumps({"id": "b1", "text": "One\u2028two."}, ensure_ascii=False)
    last = json.dumps({"id": "b3", "text": "Three\u0085four."}, ensure_ascii=False)
    p.write_text(f'{good}\n{{"id": "b2", "text": "cut\u2028\n{last}\n', encoding="utf-8")
    result = read_paths([str(p)])
    assert [a.id for a in result.articles] == ["b1", "b3"]
    assert result.articles[1].path == f"{p}:3"
    assert len(result.errors) == 1
    assert result.errors[0].path == f"{p}:2" and "not JSON" in result.errors[0].reason


@pytest.mark.parametrize("date", ["2031-13-45", "last Tuesday, probably"])
def test_a_date_header_that_is_no_date_is_a_warning_and_the_article_is_read(
    tmp_path: Path, date: str
) -> None:
    p = tmp_path / "story.txt"
    p.write_text(
        f"title: A title\ndate: {date}\n\nThe mayor opened the bridge.\n", encoding="utf-8"
    )
    result = read_paths([str(p)])
    assert result.articles[0].published is None
    assert result.articles[0].text == "The mayor opened the bridge."
    assert not result.errors
    (warning,) = result.warnings
    assert warning.path == str(p) and "is not a date" in warning.reason and date in warning.reason


def test_a_jsonl_line_whose_date_is_no_date_is_a_warning_naming_the_line(tmp_path: Path) -> None:
    p = tmp_path / "feed.jsonl"
    rows = [
        {"id": "a", "text": "The mayor opened the bridge.", "published": "2031-05-12"},
        {"id": "b", "text": "The bridge closed again.", "published": "soon"},
    ]
    p.write_text("\n".join(json.dumps(r) for r in rows) + "\n", encoding="utf-8")
    result = read_paths([str(p)])
    assert [a.published for a in result.articles] == ["2031-05-12", None]
    (warning,) = result.warnings
    assert warning.path == f"{p}:2" and "'soon' is not a date" in warning.reason


def test_a_good_date_gives_no_warning(tmp_path: Path) -> None:
    p = tmp_path / "story.txt"
    p.write_text(GOOD, encoding="utf-8")
    assert not read_paths([str(p)]).warnings
