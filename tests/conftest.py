"""Shared fixtures: the real spaCy pipeline (loaded once), the seed articles, sample files."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
SEEDS = SHARED / "seeds"
DATA = SHARED / "data"


@pytest.fixture(scope="session")
def nlp() -> Any:
    from crossbrief.analyze.nlp import load_nlp

    return load_nlp()


@pytest.fixture(scope="session")
def seed_paths() -> list[str]:
    if not SEEDS.is_dir():
        pytest.skip(f"seed articles not found at {SEEDS} (they live in ../shared/seeds)")
    return sorted(str(p) for p in SEEDS.glob("*.txt"))


@pytest.fixture(scope="session")
def seed_brief(seed_paths: list[str], nlp: Any) -> Any:
    from crossbrief.pipeline import brief

    return brief(seed_paths, nlp=nlp)


@pytest.fixture(scope="session")
def demo_brief(nlp: Any) -> Any:
    from crossbrief.cli import demo_paths
    from crossbrief.pipeline import brief

    return brief(demo_paths(), nlp=nlp)
