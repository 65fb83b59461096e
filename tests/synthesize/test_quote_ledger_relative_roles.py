"""A role given only in a relative clause on a name ("Tom Varga, who chairs the harbour
board,", "Ann Lee, who is the town's harbour master,") names the holder a later "the
chairman" or "the harbour master" stands for in the ledger (invented text)."""

from __future__ import annotations

from typing import Any

import pytest

from tests.synthesize.test_quote_ledger_titled_names import _brief, _speaker

_LATER = (
    "\n\nIvo Marek, a local trader, said he was pleased. Marek has sold fish on the quay for"
    " years.\n\n\u201cWe have the money,\u201d the {role} said."
)


@pytest.mark.parametrize(
    ("opening", "role", "holder"),
    [
        (
            "Tom Varga, who chairs the Velmora harbour board, said the pier would reopen.",
            "chairman",
            "Tom Varga",
        ),
        (
            "Ann Lee, who chairs the Velmora harbour board, said the pier would reopen.",
            "chairwoman",
            "Ann Lee",
        ),
        (
            "Ann Lee, who is the town's harbour master, said the pier would reopen.",
            "harbour master",
            "Ann Lee",
        ),
        (
            "Tom Varga, who manages the Velmora rowing club, said the pier would reopen.",
            "manager",
            "Tom Varga",
        ),
    ],
)
def test_a_role_told_in_a_relative_clause_names_its_later_holder(
    nlp: Any, opening: str, role: str, holder: str
) -> None:
    brief = _brief(nlp, opening + _LATER.format(role=role))
    assert _speaker(brief, "have the money") == holder


@pytest.mark.parametrize(
    "opening",
    [
        # a clause on what someone did once gives no post
        "Tom Varga, who met the Velmora harbour board, said the pier would reopen.",
        # the relative clause is on someone else's role: the chairman is unnamed
        "Tom Varga, whose brother chairs the Velmora harbour board, said the pier would reopen.",
    ],
)
def test_a_clause_giving_no_post_of_the_name_names_no_holder(nlp: Any, opening: str) -> None:
    brief = _brief(nlp, opening + _LATER.format(role="chairman"))
    assert _speaker(brief, "have the money") is None
