"""bench/stories.py's BBC report, on an invented category (the corpus is not read)."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import pytest

from crossbrief.model import AnalyzedArticle, Article

BENCH = Path(__file__).resolve().parents[1] / "bench"
sys.path.insert(0, str(BENCH))
stories = pytest.importorskip("stories")
sets = pytest.importorskip("_heldout_sets")
common = pytest.importorskip("_common")


def test_the_bbc_report_names_a_split_frozen_story_by_its_pieces_in_its_half(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    frozen_files, (frozen_name, frozen_half) = next(iter(sets.frozen_halves().items()))
    category = frozen_files[0].split("/")[0]
    articles = [
        Article(id=f"a{n}", text="An invented text.", source="BBC", path=f"/bbc/{f}")
        for n, f in enumerate(frozen_files)
    ]

    def split(part: list[AnalyzedArticle], threshold: float) -> list[list[AnalyzedArticle]]:
        return [part[:1], part[1:]]  # a later grouping keeps the story's first article apart

    def analyzed(name: str, arts: list[Article], path: Path | None) -> list[AnalyzedArticle]:
        return [AnalyzedArticle(article=a) for a in arts]

    patched: dict[tuple[Any, str], Any] = {
        (sets, "bbc_articles"): lambda root: {category: articles},
        (common, "analyze_cached"): analyzed,
        (common, "data_dir"): lambda name: Path("/bbc"),
    }
    for (module, attr), value in patched.items():
        monkeypatch.setattr(module, attr, value)
    monkeypatch.setattr("crossbrief.stories.group_stories", split)
    assert stories.bbc_report(0.22, None) == 0
    out = capsys.readouterr().out
    half = next(line for line in out.splitlines() if line.startswith(f"- half {frozen_half}"))
    assert "1 stories" in half and "1 gone" in half  # the frozen name is gone, its piece kept
    assert frozen_name in out  # listed as gone
