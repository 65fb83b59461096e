"""Whole briefs of invented article files through the real pipeline, and the parts of their
rendered markdown that ledger tests read."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from crossbrief.pipeline import brief
from crossbrief.render import render_markdown


def briefed_ledger(tmp_path: Path, nlp: Any, *texts: str) -> str:
    """The "Who said what" section of the markdown brief of ``texts``, each a whole article
    file (header and body) written under ``tmp_path``."""
    paths = []
    for n, text in enumerate(texts):
        path = tmp_path / f"a{n}.txt"
        path.write_text(text, encoding="utf-8")
        paths.append(str(path))
    md = render_markdown(brief(paths, nlp=nlp))
    return md.split("## Who said what")[1].split("\n## ")[0]


def ledger_rows(ledger: str, name: str) -> str:
    """The ledger lines under ``name``'s heading ('' when the ledger has no such row)."""
    head = f"- **{name}**"
    return ledger.split(head)[1].split("\n- **")[0] if head in ledger else ""
