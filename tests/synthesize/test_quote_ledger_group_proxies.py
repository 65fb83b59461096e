"""A group's proxy in the ledger: the line goes under the group, marked as the proxy's,
never under a bare "their spokesman". Invented text, real pipeline."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tests.synthesize.briefed import briefed_ledger

STORY = (
    "title: Pier vote\nsource: Harbour Post\ndate: 2026-03-02\n\n"
    "Ann Lee spoke at the quay on Sunday.\n\n"
    "The Velmora Harbour Board voted to shut the pier on Monday. "
    "Its spokeswoman said the vote was final.\n"
)


def test_a_boards_spokeswoman_is_filed_under_the_board(tmp_path: Path, nlp: Any) -> None:
    ledger = briefed_ledger(tmp_path, nlp, STORY)
    board = ledger.split("Velmora Harbour Board**")[1].split("\n- **")[0]
    assert "the vote was final" in board
    assert "speaking for" in board
    assert "**its spokeswoman**" not in ledger
    # Negative: the person named before is not whom the spokeswoman speaks for.
    assert "- **Ann Lee**" not in ledger


UNNAMED = (
    "title: Pier vote\nsource: Harbour Post\ndate: 2026-03-02\n\n"
    "The harbour board voted to shut the pier on Monday. "
    "Their spokesman said the vote was final.\n\n"
    "Ann Lee shut her shop on Monday. Her lawyer said the lease had run out.\n"
)


def test_an_unnamed_groups_proxy_shows_whom_it_speaks_for(tmp_path: Path, nlp: Any) -> None:
    ledger = briefed_ledger(tmp_path, nlp, UNNAMED)
    assert "- **spokesman for the harbour board** (unnamed speaker)" in ledger
    assert "**their spokesman**" not in ledger
    # Negative: a person's proxy stays filed under the person, not rewritten.
    assert "lease had run out (from \u201cHer lawyer\u201d, speaking for Ann Lee)" in ledger
