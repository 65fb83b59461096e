"""The DUC 2004 variant sweep (bench/duc2004_variants.py): how a variant is read."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parents[1] / "bench"
sys.path.insert(0, str(BENCH))
variants = pytest.importorskip("duc2004_variants")

from crossbrief.synthesize import summary, summary_order  # noqa: E402


def test_a_variant_names_module_attributes_and_literal_values() -> None:
    name, settings = variants.parse(
        "mixed:summary.LEAD_BONUS=1.5,summary_order.SURNAME_LIKENESS=0.9"
    )
    assert name == "mixed"
    assert settings == [
        (summary, "LEAD_BONUS", 1.5),
        (summary_order, "SURNAME_LIKENESS", 0.9),
    ]


def test_a_name_alone_is_the_code_as_it_is() -> None:
    assert variants.parse("base:") == ("base", [])


def test_an_unknown_setting_is_refused_before_any_run() -> None:
    with pytest.raises(SystemExit, match="no LEED_BONUS"):
        variants.parse("typo:summary.LEED_BONUS=1.0")


@pytest.mark.parametrize(
    "spec",
    [
        "f:facts.FACT_SIMILARITY=0.5",
        "p:paraphrase.MIN_SHARED=2",
        "m:summary.LEAD_BONUS=1.0,facts.X=1",
    ],
)
def test_a_setting_of_the_fact_groups_is_refused_as_one_that_would_change_nothing(
    spec: str,
) -> None:
    with pytest.raises(SystemExit, match="built once before any variant runs"):
        variants.parse(spec)
