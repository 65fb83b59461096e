"""The held-out conflict listing (bench/conflicts_heldout.py): its input handling."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parents[1] / "bench"
sys.path.insert(0, str(BENCH))
heldout = pytest.importorskip("conflicts_heldout")


@pytest.mark.parametrize(
    ("tokens", "printed"),
    [
        ("In Lyon, 12, 500 people marched.", "In Lyon, 12,500 people marched."),
        ("He averaged 21. 7 points.", "He averaged 21.7 points."),
        ("a $ 1, 250, 000 fee", "a $ 1,250,000 fee"),
    ],
)
def test_numbers_split_by_the_tokenizer_are_joined(tokens: str, printed: str) -> None:
    assert heldout.rejoin_numbers(tokens) == printed


@pytest.mark.parametrize(
    "text",
    ["It opened on May 5, 2010 in Rome.", "Scores were 3, 14 and 15.", "He left. 2 stayed."],
)
def test_other_numbers_are_left_alone(text: str) -> None:
    assert heldout.rejoin_numbers(text) == text


def test_every_gold_cluster_is_left_out() -> None:
    conflicts = json.loads((BENCH / "gold" / "conflicts.json").read_text(encoding="utf-8"))
    facts = json.loads((BENCH / "gold" / "facts.json").read_text(encoding="utf-8"))
    named = {c["cluster"] for kind in ("conflicts", "non_conflicts") for c in conflicts[kind]}
    named |= {g["cluster"] for g in facts["groups"]}
    # the 25 developed clusters: 17 with conflicts and 12 with fact groups, overlapping
    assert len(named) == 25
    assert named == heldout.gold_clusters()
