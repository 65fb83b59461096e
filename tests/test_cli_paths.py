"""The command line on paths that go wrong: inputs that cannot be read (named, with the
reason, while the good articles are still briefed) and outputs that cannot be written
(refused before any analysis, in one line, never a traceback). Invented articles."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

import crossbrief.cli as cli
from crossbrief.cli import build_parser, main

ONE = (
    "The Velmora harbour board voted on Monday to reopen the pier in May, its chair Ann Lee "
    "said.\n\nLee said the repairs would cost two million crowns.\n"
)
TWO = (
    "Velmora will reopen its pier in May after a vote by the harbour board on Monday.\n\n"
    "Ann Lee, who chairs the board, said the repairs would cost about two million crowns.\n"
)


def _no_analysis(*args: Any, **kwargs: Any) -> Any:
    raise AssertionError("analysis ran although the output cannot be written")


def test_a_folder_of_good_and_bad_files_names_each_bad_one_and_briefs_the_rest(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "one.txt").write_text(ONE, encoding="utf-8")
    (tmp_path / "two.txt").write_text(TWO, encoding="utf-8")
    (tmp_path / "noise.txt").write_bytes(bytes(range(256)) * 8)
    (tmp_path / "blank.txt").write_text("", encoding="utf-8")
    assert main(["brief", str(tmp_path), "--format", "json"]) == 0
    captured = capsys.readouterr()
    problems = [x for x in captured.err.splitlines() if x.startswith("crossbrief:")]
    assert sorted(problems) == [
        f"crossbrief: {tmp_path / 'blank.txt'}: file is empty",
        f"crossbrief: {tmp_path / 'noise.txt'}: binary file, not text",
    ]
    data = json.loads(captured.out)
    assert sorted(a["id"] for a in data["articles"]) == ["one", "two"]  # the bad ones are not
    assert len(data["errors"]) == 2


def test_an_empty_folder_is_named_and_exits_1(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["brief", str(tmp_path)]) == 1
    err = capsys.readouterr().err
    assert f"{tmp_path}: folder holds no files" in err and "Traceback" not in err


@pytest.mark.parametrize("command", ["brief", "analyze", "stories"])
@pytest.mark.parametrize("where", ["missing/out.txt", "folder", "file.txt/out.txt"])
def test_an_output_that_cannot_be_written_is_refused_before_analysis(
    command: str,
    where: str,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    (tmp_path / "one.txt").write_text(ONE, encoding="utf-8")
    (tmp_path / "folder").mkdir()
    (tmp_path / "file.txt").write_text("", encoding="utf-8")
    monkeypatch.setattr(cli, "brief_articles", _no_analysis)
    monkeypatch.setattr(cli, "analyze", _no_analysis)
    output = tmp_path / where
    assert main([command, str(tmp_path / "one.txt"), "-o", str(output)]) == 1
    err = capsys.readouterr().err
    assert err.startswith(f"crossbrief: {output}: cannot write") and len(err.splitlines()) == 1


def test_the_demo_refuses_an_html_path_that_cannot_be_written(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(cli, "brief", _no_analysis)
    output = tmp_path / "missing" / "demo.html"
    assert main(["demo", "--html", str(output)]) == 1
    assert capsys.readouterr().err.startswith(f"crossbrief: {output}: cannot write")


def test_an_output_in_an_existing_folder_is_written(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "one.txt").write_text(ONE, encoding="utf-8")
    output = tmp_path / "brief.json"
    assert main(["brief", str(tmp_path / "one.txt"), "--format", "json", "-o", str(output)]) == 0
    assert "cannot write" not in capsys.readouterr().err
    assert [a["id"] for a in json.loads(output.read_text(encoding="utf-8"))["articles"]] == ["one"]


def test_every_help_says_what_the_command_does() -> None:
    parser = build_parser()
    # the program's own description, not the module's note to developers
    assert parser.description and "article" in parser.description
    assert "No work happens here" not in parser.description
    commands = parser._subparsers._group_actions[0].choices  # type: ignore[union-attr]
    assert set(commands) == {"brief", "analyze", "stories", "demo"}
    for name, sub in commands.items():
        assert sub.description, f"crossbrief {name} --help has no description"
