"""The DUC 2004 bench checks that ROUGE-1.5.5's perl modules load before it analyses."""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parents[1] / "bench"
sys.path.insert(0, str(BENCH))
duc2004 = pytest.importorskip("duc2004")

needs_perl = pytest.mark.skipif(shutil.which("perl") is None, reason="no perl on the PATH")


@needs_perl
def test_a_module_perl_cannot_load_is_named_with_its_debian_package() -> None:
    problem = duc2004.rouge_problem((("strict", "perl"), ("No::Such::Module", "libno-such-perl")))
    assert problem is not None
    assert "No::Such::Module" in problem
    assert "libno-such-perl" in problem
    # The first module loads, so the message is not about it.
    assert "strict" not in problem


@needs_perl
def test_modules_perl_loads_are_no_problem() -> None:
    assert duc2004.rouge_problem((("strict", "perl"), ("Getopt::Std", "perl"))) is None


def test_the_bench_exits_with_the_message_when_a_module_is_missing(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(duc2004, "rouge_problem", lambda: "needs the perl module X::Y")
    with pytest.raises(SystemExit, match="needs the perl module X::Y"):
        duc2004.require_rouge()


def test_the_bench_goes_on_when_nothing_is_missing(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(duc2004, "rouge_problem", lambda: None)
    duc2004.require_rouge()


def _fake_scorer(texts: list[str], refs: list[list[str]]) -> tuple[float, float, float]:
    # An invented scorer: R-1 is the share of reference words the text holds, R-2 half that.
    words = set(texts[0].split())
    reference = refs[0][0].split()
    r1 = 100 * sum(w in words for w in reference) / len(reference)
    return r1, r1 / 2, 0.0


def _ids(side: str, n: int) -> list[str]:
    # invented cluster ids of one half (the half is a hash of the id)
    return [c for c in (f"d{k}x" for k in range(100)) if duc2004.half(c) == side][:n]


def test_per_cluster_lists_the_clusters_where_the_peer_leads_most_first() -> None:
    clusters = _ids("dev", 3)
    refs = [["ann lee opened the bridge"], ["the harbour board met"], ["velmora voted today"]]
    ours = ["ann lee opened the bridge", "the board", "velmora voted"]
    theirs = ["ann lee", "the harbour board met", "velmora voted"]
    rows = duc2004.by_cluster(clusters, ours, theirs, refs, _fake_scorer)
    assert [r[0] for r in rows] == [clusters[1], clusters[2], clusters[0]]
    first = rows[0]
    assert first[1] == "dev"
    assert first[2] == pytest.approx(50.0) and first[4] == pytest.approx(100.0)
    # A cluster where crossbrief leads is not listed as a loss: it comes last.
    assert rows[-1][2] > rows[-1][4]


def test_per_cluster_lists_no_held_out_cluster_unless_asked() -> None:
    dev, held = _ids("dev", 1), _ids("held-out", 1)
    refs = [["ann lee opened the bridge"], ["the harbour board met"]]
    texts = ["ann lee", "the harbour board"]
    rows = duc2004.by_cluster(dev + held, texts, texts, refs, _fake_scorer)
    assert [r[0] for r in rows] == dev
    both = frozenset({"dev", "held-out"})
    rows = duc2004.by_cluster(dev + held, texts, texts, refs, _fake_scorer, both)
    assert sorted(r[0] for r in rows) == sorted(dev + held)


def test_per_cluster_table_shows_our_r1_minus_the_peers() -> None:
    table = duc2004.per_cluster_table([("d9z", "dev", 38.0, 9.0, 40.5, 10.0)], "DPP")
    assert "| DPP R-1 |" in table.splitlines()[0]
    assert "| -2.50 |" in table
    assert "+2.50" not in table
