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


def test_a_value_may_be_any_literal_commas_inside_it_included() -> None:
    name, settings = variants.parse(
        "lit:summary.LEAD_BONUS=(1, 2.5),summary_order.SURNAME_LIKENESS=[0.5, -1],"
        "summary.LEAD_BONUS=None,summary.LEAD_BONUS=True,summary.LEAD_BONUS='a, b=c',"
        "summary.LEAD_BONUS={'k': (1,)}"
    )
    assert name == "lit"
    assert [value for _, _, value in settings] == [
        (1, 2.5),
        [0.5, -1],
        None,
        True,
        "a, b=c",
        {"k": (1,)},
    ]
    # Negative: a comma within a tuple or a string starts no new setting
    assert [attr for _, attr, _ in settings] == [
        "LEAD_BONUS",
        "SURNAME_LIKENESS",
        *["LEAD_BONUS"] * 4,
    ]


@pytest.mark.parametrize("value", ["abs(1)", "fast", "(1, 2", "1 +", "'open"])
def test_a_value_that_is_not_a_literal_is_refused_naming_it(value: str) -> None:
    with pytest.raises(SystemExit, match="not a Python literal") as stop:
        variants.parse(f"bad:summary.LEAD_BONUS={value}")
    assert value in str(stop.value.code)


def test_a_setting_without_a_value_is_refused() -> None:
    with pytest.raises(SystemExit, match=r"is not MODULE\.ATTR=VALUE"):
        variants.parse("bad:summary.LEAD_BONUS")
