"""The brief does not depend on Python's string hashing: a quote that holds the words of two
earlier ledger lines joins the same line under any PYTHONHASHSEED (the earliest in story
order), so the lines' citations never flip between runs."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

# Invented articles: the third outlet quotes, in one stretch, the words the first two
# outlets quote separately, so its quote could join either earlier line.
_ARTICLES = {
    "a.txt": (
        "Velmora bridge plans move ahead\n\n"
        "The harbour board met in Velmora on Monday to discuss the new bridge.\n"
        '"The bridge across the river will open to traffic in the spring of next year," '
        "Ann Lee said.\n"
        "The board approved the budget.\n"
    ),
    "b.txt": (
        "Harbour board approves bridge budget\n\n"
        "Residents of Velmora packed the town hall on Monday.\n"
        '"Local families have waited far too long for a safe crossing over the water," '
        "Ann Lee said.\n"
        "Work starts in May.\n"
    ),
    "c.txt": (
        "Velmora to get its bridge\n\n"
        "The chair of the harbour board spoke to reporters in Velmora on Monday.\n"
        '"Local families have waited far too long for a safe crossing over the water, and '
        'the bridge across the river will open to traffic in the spring of next year," '
        "Ann Lee said.\n"
        "Critics say the cost is too high.\n"
    ),
}

# Before the fix these two seeds sent the third quote to different lines.
_SEEDS = ("0", "2")


def _brief_json(folder: Path, seed: str) -> str:
    """The JSON brief of ``folder`` built by the command line in a fresh interpreter."""
    env = {**os.environ, "PYTHONHASHSEED": seed}
    done = subprocess.run(
        [sys.executable, "-m", "crossbrief", "brief", str(folder), "--format", "json"],
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    return done.stdout


def test_brief_is_the_same_under_any_string_hashing(tmp_path: Path) -> None:
    for name, text in _ARTICLES.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    first, second = (_brief_json(tmp_path, seed) for seed in _SEEDS)
    assert first == second
    quotes: list[dict[str, Any]] = json.loads(first)["quotes"]
    citing = [q for q in quotes if "c" in q["also_in"]]
    # the third outlet's quote joins one line, the earliest holding its words, never both
    assert [q["article"] for q in citing] == ["a"]
    assert not any(q["article"] == "b" and q["also_in"] for q in quotes)
