"""A proxy's words in the ledger: under the principal the analysis resolved them to, marked
as a proxy's; a relative's words under the relative. Invented text, real pipeline."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tests.synthesize.briefed import briefed_ledger

STORY = (
    "title: Budget fight\nsource: Harbour Post\ndate: 2026-03-02\n\n"
    "Ann Lee defended the harbour budget on Monday. "
    "Her spokeswoman said the cuts were needed.\n\n"
    "Ann Lee's office said the bill would pass by Friday.\n\n"
    "Dan Cole's mother, Judy, said her son was never violent.\n"
)


def _ledger(tmp_path: Path, nlp: Any) -> str:
    return briefed_ledger(tmp_path, nlp, STORY)


def test_a_proxy_is_filed_under_whom_it_speaks_for(tmp_path: Path, nlp: Any) -> None:
    ledger = _ledger(tmp_path, nlp)
    lee = ledger.split("- **Ann Lee**")[1].split("\n- **")[0]
    assert "the cuts were needed (from \u201cHer spokeswoman\u201d, speaking for Ann Lee)" in lee
    assert "speaking for Ann Lee" in lee.split("the bill would pass")[1]
    assert "**her spokeswoman**" not in ledger


def test_a_mothers_words_are_never_her_sons(tmp_path: Path, nlp: Any) -> None:
    # Negative: the possessor of a non-proxy is not its speaker.
    ledger = _ledger(tmp_path, nlp)
    assert "- **Dan Cole**" not in ledger
    assert "her son was never violent" in ledger.split("- **Judy**")[1]
