"""A ranked title ("shadow chancellor", "deputy mayor", "former president") is another
office: the ledger never gives "the chancellor said" to a shadow chancellor. Invented
sentences, the real pipeline."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from crossbrief.synthesize.quote_roles import unranked
from tests.synthesize.briefed import briefed_ledger, ledger_rows

HEAD = "title: Port budget\nsource: Velmora Daily\ndate: 2026-03-02\n\n"


def _ledger(tmp_path: Path, nlp: Any, *bodies: str) -> str:
    """The ledger of ``bodies``, each an article of its own outlet."""
    texts = (HEAD.replace("Velmora Daily", f"Outlet {n}") + b for n, b in enumerate(bodies))
    return briefed_ledger(tmp_path, nlp, *texts)


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
    hale = ledger_rows(ledger, "Tom Hale")
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
    lee, hale = ledger_rows(ledger, "Ann Lee"), ledger_rows(ledger, "Tom Hale")
    assert "port budget would grow" in lee
    # Negative: a description with the rank still names the ranked holder, not the holder.
    assert "harbour fees would rise" in hale and "harbour fees would rise" not in lee


def test_the_role_an_article_gave_an_unnamed_person_is_that_person(
    tmp_path: Path, nlp: Any
) -> None:
    # "a customs official ... the official": the article's own unnamed official, not the
    # one official another outlet names.
    ledger = _ledger(
        tmp_path,
        nlp,
        "Port official Ann Lee said the harbour would reopen in May.\n",
        "A customs official said on Tuesday that ten boats were held at the pier.\n\n"
        "The official denied that the boats had been seized.\n",
    )
    assert "boats had been seized" not in ledger_rows(ledger, "Ann Lee")


def test_the_role_still_names_the_one_holder_when_no_one_was_introduced(
    tmp_path: Path, nlp: Any
) -> None:
    # Negative: an article with no unnamed official of its own: "the official" is the one
    # official another outlet names.
    ledger = _ledger(
        tmp_path,
        nlp,
        "Port official Ann Lee said the harbour would reopen in May.\n",
        "Ten boats were held at the pier on Tuesday, a harbour report said.\n\n"
        "The official denied that the boats had been seized.\n",
    )
    assert "boats had been seized" in ledger_rows(ledger, "Ann Lee")
