"""bench/briefs.py: story ids resolve to their set and half, an unknown id stops the run
naming it, a run without data skips (77), and a story's briefs are written as the CLI's."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

BENCH = Path(__file__).resolve().parents[1] / "bench"
DATA = Path(__file__).resolve().parents[2] / "shared" / "data"
sys.path.insert(0, str(BENCH))
briefs = pytest.importorskip("briefs")


def _need(*sets: str) -> None:
    missing = [s for s in sets if not (DATA / s).is_dir()]
    if missing or os.environ.get("CROSSBRIEF_DATA"):
        pytest.skip(f"evaluation data not found at {DATA} ({', '.join(missing) or 'redirected'})")


def _halves() -> dict[str, dict[str, Any]]:
    rows: dict[str, dict[str, Any]] = json.loads(
        (BENCH / "gold" / "bbc_halves.json").read_text(encoding="utf-8")
    )
    return rows


def test_an_id_of_no_known_form_stops_naming_it_before_any_data_is_read() -> None:
    with pytest.raises(SystemExit) as stop:
        briefs.resolve(["velmora-harbour-7"])
    assert "'velmora-harbour-7'" in str(stop.value.code)
    assert "d30001t" in str(stop.value.code)  # and says what an id looks like


def test_each_set_resolves_its_ids_with_their_half() -> None:
    _need("duc2004", "ecbplus", "bbc")
    from duc2004 import half

    cluster = sorted(p.name for p in (DATA / "duc2004" / "docs").iterdir() if p.is_dir())[0]
    bbc_name, bbc_row = next(iter(_halves().items()))
    duc, odd, even, bbc = briefs.resolve([cluster, "ecb1ecb", "ecb2ecbplus", bbc_name])
    assert (duc.id, duc.folder, duc.half) == (
        cluster,
        DATA / "duc2004" / "docs" / cluster,
        half(cluster),
    )
    assert (odd.half, even.half) == ("dev", "held-out")  # odd topics are development
    assert odd.articles and all(a.id.startswith("1_") for a in odd.articles)
    assert bbc.half == ("dev" if bbc_row["half"] == "A" else "held-out")
    files = sorted("/".join(Path(a.path).parts[-2:]) for a in bbc.articles)
    assert files == sorted(bbc_row["articles"])
    # Negative: a BBC story holds no article of another story of the file
    others = {f for name, row in _halves().items() if name != bbc_name for f in row["articles"]}
    assert not others & set(files)


def test_an_id_the_data_does_not_hold_stops_naming_it_and_not_the_known_ones() -> None:
    _need("duc2004", "bbc")
    known = list(_halves())[-1]  # not the example the message gives
    with pytest.raises(SystemExit) as stop:
        briefs.resolve([known, "d39999t", "bbc-business-999"])
    message = str(stop.value.code)
    assert "'d39999t'" in message and "'bbc-business-999'" in message
    assert known not in message
    # Negative: the known id alone resolves
    assert [s.id for s in briefs.resolve([known])] == [known]


def test_without_data_it_skips_with_77(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if k != "CROSSBRIEF_ALLOW_MISSING_DATA"}
    env["CROSSBRIEF_DATA"] = str(tmp_path / "nowhere")
    out = tmp_path / "out"
    done = subprocess.run(
        [sys.executable, str(BENCH / "briefs.py"), str(out), "d30001t"],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 77, done.stderr
    assert "SKIPPED" in done.stderr and "nowhere" in done.stderr
    assert not out.exists()  # nothing written


def test_a_small_story_builds_its_three_files_as_the_cli_renders_them(
    tmp_path: Path, nlp: Any
) -> None:
    _need("bbc")
    name = min(
        (n for n, row in _halves().items() if row["half"] == "A"),
        key=lambda n: len(_halves()[n]["articles"]),
    )
    size = len(_halves()[name]["articles"])
    out = tmp_path / "briefs"
    assert briefs.main([str(out), name, "--words", "40"], nlp=nlp) == 0
    assert sorted(p.name for p in out.iterdir()) == sorted(
        f"{name}.{ext}" for ext in ("md", "json", "html")
    )  # Negative: no input file is left in OUTDIR
    data = json.loads((out / f"{name}.json").read_text(encoding="utf-8"))
    assert [a["path"] for a in data["articles"]] == [
        f"{name}.jsonl:{n}" for n in range(1, size + 1)
    ]  # cited by the input's line, no temporary folder
    assert (
        (out / f"{name}.html").read_text(encoding="utf-8").lstrip().lower().startswith("<!doctype")
    )
    assert (out / f"{name}.md").read_text(encoding="utf-8").strip()
    # Negative: --format md writes the Markdown alone
    only = tmp_path / "md"
    assert briefs.main([str(only), name, "--format", "md"], nlp=nlp) == 0
    assert [p.name for p in only.iterdir()] == [f"{name}.md"]
