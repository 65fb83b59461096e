"""bench/stories.py's BBC report, on an invented category (the corpus is not read)."""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from crossbrief.model import AnalyzedArticle, Article

BENCH = Path(__file__).resolve().parents[1] / "bench"
sys.path.insert(0, str(BENCH))
stories = pytest.importorskip("stories")
sets = pytest.importorskip("_heldout_sets")
common = pytest.importorskip("_common")


def _report(
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    grouping: Callable[[list[AnalyzedArticle]], list[list[AnalyzedArticle]]],
) -> tuple[str, str, str]:
    """The BBC report, its line for the first frozen story's half, and that story's name, when
    ``grouping`` groups that story's articles (an invented category of them alone)."""
    frozen_files, (frozen_name, frozen_half) = next(iter(sets.frozen_halves().items()))
    category = frozen_files[0].split("/")[0]
    articles = [
        Article(id=f"a{n}", text="An invented text.", source="BBC", path=f"/bbc/{f}")
        for n, f in enumerate(frozen_files)
    ]

    def analyzed(name: str, arts: list[Article], path: Path | None) -> list[AnalyzedArticle]:
        return [AnalyzedArticle(article=a) for a in arts]

    patched: dict[tuple[Any, str], Any] = {
        (sets, "bbc_articles"): lambda root: {category: articles},
        (common, "analyze_cached"): analyzed,
        (common, "data_dir"): lambda name: Path("/bbc"),
    }
    for (module, attr), value in patched.items():
        monkeypatch.setattr(module, attr, value)
    monkeypatch.setattr("crossbrief.stories.group_stories", lambda part, t: grouping(part))
    assert stories.bbc_report(0.22, None) == 0
    out = capsys.readouterr().out
    half = next(line for line in out.splitlines() if line.startswith(f"- half {frozen_half}"))
    return out, half, frozen_name


def test_the_bbc_report_counts_a_split_frozen_story_as_kept_by_its_piece(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    # a later grouping keeps the story's first article apart: its other articles are a piece
    out, half, name = _report(monkeypatch, capsys, lambda part: [part[:1], part[1:]])
    assert "1 stories" in half
    assert "1 frozen names kept (1 split)," in half and half.endswith(" gone, 0 new")
    assert f"  split: {name}.1" in out.splitlines()
    assert name not in next(line for line in out.splitlines() if line.startswith("  gone:"))


def test_the_bbc_report_counts_a_frozen_story_no_group_holds_as_gone(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    # negative case: every article alone, no story of 2+: the frozen name is gone
    out, half, name = _report(monkeypatch, capsys, lambda part: [[a] for a in part])
    assert "0 stories" in half and "0 frozen names kept (0 split)," in half
    assert name in next(line for line in out.splitlines() if line.startswith("  gone:"))
