"""bench/quote_changes.py: skips without data, and lists a quote whose speaker changes between
the current tree and a base tree (``git archive`` of HEAD with one reporting verb removed)."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[1]
SCRIPT = ROOT / "bench" / "quote_changes.py"
LEXICON = "src/crossbrief/analyze/quotes/lexicon.py"


def _run(args: list[str], data: Path) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k != "CROSSBRIEF_ALLOW_MISSING_DATA"}
    env["CROSSBRIEF_DATA"] = str(data)
    return subprocess.run(
        [sys.executable, str(SCRIPT), *args], env=env, capture_output=True, text=True, timeout=300
    )


def test_without_data_it_skips_with_77(tmp_path: Path) -> None:
    done = _run(["--base", str(ROOT), "--corpus", "duc-dev"], tmp_path)
    assert done.returncode == 77, done.stderr
    assert "SKIPPED" in done.stderr


def _base_tree(tmp_path: Path, old: str, new: str, path: str = LEXICON) -> Path:
    """HEAD's src/ in ``tmp_path/base``, with ``old`` replaced by ``new`` in ``path`` (the
    lexicon unless told)."""
    if shutil.which("git") is None:
        pytest.skip("git is not available")
    archive = subprocess.run(
        ["git", "-C", str(ROOT), "archive", "HEAD", "src"], capture_output=True, check=False
    )
    if archive.returncode != 0:
        pytest.skip("not a git checkout")
    base = tmp_path / "base"
    base.mkdir()
    subprocess.run(["tar", "-x", "-C", str(base)], input=archive.stdout, check=True)
    source = base / path
    text = source.read_text(encoding="utf-8")
    assert old in text
    source.write_text(text.replace(old, new, 1), encoding="utf-8")
    return base


def _articles(tmp_path: Path) -> Path:
    story = tmp_path / "articles" / "harbour"
    story.mkdir(parents=True)
    (story / "a1.txt").write_text(
        "Velmora's harbour board met on Monday to discuss the pier.\n\n"
        '"The pier will reopen in May," Ann Lee reiterated after the meeting.\n',
        encoding="utf-8",
    )
    (story / "a2.txt").write_text(
        "The harbour board in Velmora voted on the pier on Monday.\n\n"
        '"We are pleased with the result," Tom Varga said.\n',
        encoding="utf-8",
    )
    return tmp_path / "articles"


def test_a_quote_whose_cue_the_base_lacks_is_listed(tmp_path: Path) -> None:
    # the base tree no longer knows "discuss" as a reporting verb: no quote for a topic there
    base = _base_tree(tmp_path, "thank discuss talk", "thank talk")
    args = ["--base", str(base), "--articles-dir", str(_articles(tmp_path))]
    done = _run([*args, "--cache-dir", str(tmp_path / "cache")], tmp_path)
    assert done.returncode == 0, done.stderr
    changed = [line for line in done.stdout.splitlines() if "->" in line]
    assert any(
        line.strip().startswith("harbour a1 @") and "discuss the pier" in line for line in changed
    )
    # the quote both trees attribute alike is not listed
    assert not any("a2" in line for line in changed), done.stdout
    assert "dir (development): 1 of " in done.stdout


def test_an_identical_base_lists_no_change(tmp_path: Path) -> None:
    base = _base_tree(tmp_path, "thank discuss talk", "thank discuss talk")
    args = ["--base", str(base), "--articles-dir", str(_articles(tmp_path))]
    done = _run([*args, "--cache-dir", str(tmp_path / "cache")], tmp_path)
    assert done.returncode == 0, done.stderr
    assert not [line for line in done.stdout.splitlines() if "->" in line], done.stdout
    assert re.search(r": 0 of [1-9]\d* quotes changed, 0 of \d+ ledger lines", done.stdout)


def test_a_ledger_line_whose_position_flag_alone_moves_is_listed(tmp_path: Path) -> None:
    # the base tree no longer reads "back" as taking a side: the same row, said not held
    base = _base_tree(
        tmp_path,
        'SIDE_VERBS = frozenset({"back", ',
        "SIDE_VERBS = frozenset({",
        "src/crossbrief/analyze/quotes/stance_words.py",
    )
    story = tmp_path / "articles" / "pier"
    story.mkdir(parents=True)
    (story / "a1.txt").write_text(
        "The Velmora Greens backed the plan to reopen the pier on Monday.\n\n"
        '"The pier will reopen in May," Ann Lee said after the meeting.\n',
        encoding="utf-8",
    )
    args = ["--base", str(base), "--articles-dir", str(tmp_path / "articles")]
    done = _run([*args, "--cache-dir", str(tmp_path / "cache")], tmp_path)
    assert done.returncode == 0, done.stderr
    changed = [line for line in done.stdout.splitlines() if "->" in line]
    assert any("backed the plan" in line and "False] -> [" in line for line in changed), done.stdout
    # Negative: the speaker and the quote are the same, and the spoken line does not move
    assert not any("reopen in May" in line for line in changed), done.stdout
    assert "0 of 2 quotes changed, 1 of" in done.stdout, done.stdout


def test_every_corpus_of_a_run_is_cached_under_the_version_read_at_import(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    sys.path.insert(0, str(ROOT / "bench"))
    import quote_changes

    # the code on disk as it changes while the run goes on: each reading gives a new version
    readings = iter(["aaaaaaaaaaaa", "bbbbbbbbbbbb", "cccccccccccc"])
    monkeypatch.setattr(quote_changes, "code_version", lambda: next(readings))
    used: list[tuple[str, str | None, str | None]] = []

    def fake_cache(name: str, articles: list[Any], **kw: Any) -> list[Any]:
        path = kw.get("path")
        used.append((name, kw.get("version"), path.name if path else None))
        return []

    monkeypatch.setattr(quote_changes, "analyze_cached", fake_cache)
    spec = tmp_path / "spec.json"
    cache = str(tmp_path / "cache")
    spec.write_text(json.dumps([["duc-dev", "", []], ["ecbplus", cache, []]]), encoding="utf-8")
    quote_changes.work(spec, tmp_path / "out.json", 1)
    assert [v for _, v, _ in used] == ["aaaaaaaaaaaa", "aaaaaaaaaaaa"]
    assert used[1][2] is not None and used[1][2].endswith("-aaaaaaaaaaaa.jsonl")
    # Negative: no corpus is keyed on a later reading of the files
    assert not any("bbbbbbbbbbbb" in str(u) for u in used)


def test_two_clusters_articles_of_one_name_keep_their_quotes_apart(nlp: Any) -> None:
    sys.path.insert(0, str(ROOT / "bench"))
    import quote_changes
    from crossbrief.model import Article
    from crossbrief.pipeline import analyze

    # DUC names a cluster's articles C1, C2...: every cluster has a C1, its quotes at the
    # same offsets as another cluster's
    pier = Article(id="C1", text='"The pier will reopen in May," Ann Lee said on Monday.')
    mill = Article(id="C1", text='"The mill will close in June," Tom Varga said on Friday.')
    first, second = analyze([pier, mill], nlp=nlp)
    found = quote_changes.story_quotes([("d1", [first]), ("d2", [second])])
    speakers = sorted(v[2] for v in found.values())
    assert speakers == ["Ann Lee", "Tom Varga"], found
    assert {k.split()[0] for k in found} == {"d1", "d2"}
    # Negative: one article in two stories (an ECB+ document of two sub-events) counts once
    again = quote_changes.story_quotes([("e1", [first]), ("e2", [first])])
    assert len(again) == 1, again
