"""``_common.write_atomic``: a bench cache file is written whole or not at all, so a run
killed mid-write never leaves a truncated file that a later run reads as its cache."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parents[1] / "bench"
sys.path.insert(0, str(BENCH))

import _common  # noqa: E402
from _common import write_atomic  # noqa: E402


def test_text_and_bytes_land_whole_with_nothing_left_beside_them(tmp_path: Path) -> None:
    text_file = tmp_path / "velmora" / "a1.json"
    write_atomic(text_file, '{"pier": "reopened"}')
    write_atomic(tmp_path / "b.pkl", b"\x00\x01harbour")
    assert text_file.read_text(encoding="utf-8") == '{"pier": "reopened"}'
    assert (tmp_path / "b.pkl").read_bytes() == b"\x00\x01harbour"
    # no temporary file stays behind in either directory
    assert sorted(p.name for p in tmp_path.rglob("*") if p.is_file()) == ["a1.json", "b.pkl"]


def test_a_write_replaces_what_was_there(tmp_path: Path) -> None:
    target = tmp_path / "a1.json"
    write_atomic(target, "first version, longer than the second")
    write_atomic(target, "second")
    assert target.read_text(encoding="utf-8") == "second"


def test_a_write_stopped_before_the_rename_leaves_the_old_file_whole(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "a1.json"
    target.write_text('{"old": true}', encoding="utf-8")

    def interrupted(src: object, dst: object) -> None:
        raise KeyboardInterrupt  # the run stopped between writing and renaming

    monkeypatch.setattr(_common.os, "replace", interrupted)
    with pytest.raises(KeyboardInterrupt):
        write_atomic(target, '{"new": true, "padding": "' + "x" * 100_000 + '"}')
    # the target is not truncated nor half new, and the partial file is cleaned up
    assert target.read_text(encoding="utf-8") == '{"old": true}'
    assert [p.name for p in tmp_path.iterdir()] == ["a1.json"]


def test_a_write_stopped_before_the_rename_creates_no_target(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def interrupted(src: object, dst: object) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(_common.os, "replace", interrupted)
    with pytest.raises(KeyboardInterrupt):
        write_atomic(tmp_path / "a1.json", "{}")
    assert not (tmp_path / "a1.json").exists()
    assert list(tmp_path.iterdir()) == []


def test_the_file_gets_the_permissions_a_plain_write_gives(tmp_path: Path) -> None:
    # bench/out is shared: a cache file must not come out readable by its writer only
    plain = tmp_path / "plain.json"
    plain.write_text("{}", encoding="utf-8")
    write_atomic(tmp_path / "atomic.json", "{}")
    assert (tmp_path / "atomic.json").stat().st_mode == plain.stat().st_mode


def test_a_section_is_replaced_up_to_the_next_heading(tmp_path: Path) -> None:
    docs = tmp_path / "benchmarks.md"
    docs.write_text("# B\n\n## Latest\n\nold table\n\n## History\n\nkept\n", encoding="utf-8")
    _common.write_section("Latest", "| new | table |", docs)
    assert docs.read_text(encoding="utf-8") == (
        "# B\n\n## Latest\n\n| new | table |\n\n## History\n\nkept\n"
    )


def test_a_missing_section_names_the_file_and_writes_nothing(tmp_path: Path) -> None:
    docs = tmp_path / "benchmarks.md"
    docs.write_text("# B\n\n## History\n\nkept\n", encoding="utf-8")
    with pytest.raises(SystemExit, match=r"benchmarks\.md: no line '## Latest'"):
        _common.write_section("Latest", "| new |", docs)
    assert docs.read_text(encoding="utf-8") == "# B\n\n## History\n\nkept\n"
