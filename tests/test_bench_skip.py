"""A benchmark without its data skips unmistakably: the missing path on stderr and exit
status 77, never 0, unless --allow-missing-data (or its environment variable) says a skip is
fine. Each script is run against an empty temporary data directory (CROSSBRIEF_DATA)."""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parents[1] / "bench"
sys.path.insert(0, str(BENCH))
common = pytest.importorskip("_common")

# Every script that reads the evaluation data, with the arguments it needs to get that far.
SCRIPTS = {
    "conflicts_heldout.py": [],
    "dates.py": [],
    "duc2004.py": [],
    "duc2004_variants.py": ["base"],
    "entities.py": [],
    "fact_pairs.py": [],
    "facts.py": [],
    "facts_seeds.py": [],
    "quotes.py": ["--no-peers"],
    "same_briefs.py": [],
    "speed.py": [],
    "stories.py": [],
    "summary_cites.py": [],
    "time.py": [],
    "timeline.py": [],
}


def _run(script: str, args: list[str], data: Path) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k != common.ALLOW_MISSING}
    env["CROSSBRIEF_DATA"] = str(data)
    return subprocess.run(
        [sys.executable, str(BENCH / script), *args],
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )


@pytest.mark.parametrize("script", sorted(SCRIPTS))
def test_a_script_without_data_exits_skipped_naming_the_path(script: str, tmp_path: Path) -> None:
    done = _run(script, SCRIPTS[script], tmp_path)
    assert done.returncode == common.SKIPPED, done.stderr
    assert done.returncode != 0  # a skip never looks like a pass
    assert "SKIPPED" in done.stderr
    assert str(tmp_path) in done.stderr  # the path it looked for


def test_allow_missing_data_turns_the_skip_into_exit_0(tmp_path: Path) -> None:
    done = _run("facts.py", ["--allow-missing-data"], tmp_path)
    assert done.returncode == 0, done.stderr
    assert "SKIPPED" in done.stderr  # still says that nothing was measured


def test_skip_exits_77_and_names_the_missing_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("CROSSBRIEF_DATA", str(tmp_path))
    monkeypatch.delenv(common.ALLOW_MISSING, raising=False)
    with pytest.raises(SystemExit) as stop:
        common.data_dir("duc2004")
    assert stop.value.code == 77
    assert str(tmp_path / "duc2004") in capsys.readouterr().err


def test_data_dir_returns_a_folder_that_is_there(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "bbc").mkdir()
    monkeypatch.setenv("CROSSBRIEF_DATA", str(tmp_path))
    assert common.data_dir("bbc") == tmp_path / "bbc"
    assert "SKIPPED" not in capsys.readouterr().err  # no skip where the data is


@pytest.mark.parametrize("value", ["1", "yes"])
def test_the_environment_variable_allows_a_skip(
    value: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(common.ALLOW_MISSING, value)
    with pytest.raises(SystemExit) as stop:
        common.skip(tmp_path / "missing")
    assert stop.value.code == 0


def test_the_flag_sets_the_environment_only_when_given(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(common.ALLOW_MISSING, raising=False)
    parser = argparse.ArgumentParser()
    common.allow_missing_data(parser)
    assert parser.parse_args([]).allow_missing_data is False
    assert common.ALLOW_MISSING not in os.environ  # absent flag: a skip stays 77
    assert parser.parse_args(["--allow-missing-data"]).allow_missing_data is True
    assert os.environ[common.ALLOW_MISSING] == "1"
