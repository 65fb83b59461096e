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
