"""A ranked title ("shadow chancellor", "deputy mayor", "former president") is another
office: the ledger never gives "the chancellor said" to a shadow chancellor. Invented
sentences, the real pipeline."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from crossbrief.pipeline import brief
from crossbrief.render import render_markdown
from crossbrief.synthesize.quote_roles import unranked

HEAD = "title: Port budget\nsource: Velmora Daily\ndate: 2026-03-02\n\n"


def _ledger(tmp_path: Path, nlp: Any, body: str) -> str:
    path = tmp_path / "a.txt"
    path.write_text(HEAD + body, encoding="utf-8")
    md = render_markdown(brief([str(path)], nlp=nlp))
    return md.split("## Who said what")[1].split("\n## ")[0]


def _lines_of(ledger: str, name: str) -> str:
    """The ledger lines under ``name``'s heading ('' when the ledger has no such row)."""
    head = f"- **{name}**"
    return ledger.split(head)[1].split("\n- **")[0] if head in ledger else ""


def test_words_after_a_rank_are_not_the_plain_office() -> None:
    assert unranked(["velmora", "shadow", "chancellor"]) == ["velmora"]
    assert unranked(["deputy", "prime", "minister"]) == []
    # Negative: a title with no rank word keeps all its words.
    assert unranked(["velmora", "harbour", "master"]) == ["velmora", "harbour", "master"]


@pytest.mark.parametrize("title", ["Shadow chancellor", "The Velmora shadow chancellor"])
def test_the_office_is_not_its_shadow(tmp_path: Path, nlp: Any, title: str) -> None:
    # The one person titled with "chancellor" is the shadow chancellor: "the chancellor" is
    # someone else, whom the story never titles.
    ledger = _ledger(
        tmp_path,
        nlp,
        "Ann Lee opened the harbour fair in Velmora on Monday.\n\n"
        "The chancellor said the port budget would grow next year.\n\n"
        f"{title} Tom Hale said the budget was far too small.\n",
    )
    hale = _lines_of(ledger, "Tom Hale")
    assert "budget was far too small" in hale
    assert "port budget would grow" not in hale


def test_the_office_goes_to_its_holder_beside_a_shadow(tmp_path: Path, nlp: Any) -> None:
    ledger = _ledger(
        tmp_path,
        nlp,
        "Chancellor Ann Lee opened the harbour fair in Velmora on Monday.\n\n"
        "Shadow chancellor Tom Hale said the budget was far too small.\n\n"
        "The chancellor said the port budget would grow next year.\n\n"
        "The shadow chancellor said the harbour fees would rise.\n",
    )
    lee, hale = _lines_of(ledger, "Ann Lee"), _lines_of(ledger, "Tom Hale")
    assert "port budget would grow" in lee
    # Negative: a description with the rank still names the ranked holder, not the holder.
    assert "harbour fees would rise" in hale and "harbour fees would rise" not in lee
