"""A person's name ends at a dash that opens an aside ("Ann Lee - Velmora's finance chief -
said", "Ann Lee \u2014 the port's lawyer \u2014 said"): the aside says who they are, it is no
part of the name. Invented text, real pipeline."""

from __future__ import annotations

from typing import Any

import pytest

from tests.analyze.test_quotes import one, quotes


@pytest.mark.parametrize(
    "text",
    [
        "Ann Lee - Velmora's finance chief - said the budget would balance by June.",
        "Ann Lee -- Velmora's finance chief -- said the budget would balance by June.",
        "Ann Lee \u2014 Velmora's finance chief \u2014 said the budget would balance by June.",
        "Ann Lee\u2014Velmora's finance chief\u2014said the budget would balance by June.",
    ],
)
def test_a_name_stops_at_a_dash(nlp: Any, text: str) -> None:
    q = one(quotes(nlp, text), "indirect", "budget would balance")
    assert q.speaker_name == "Ann Lee"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # Negative: a hyphen inside a name is no dash.
        ("Mary-Ann Lee-Varga said the budget would balance by June.", "Mary-Ann Lee-Varga"),
        # Negative: no name before the dash, so none is made of it.
        ("The finance chief - a Velmora native - said the budget would balance by June.", None),
    ],
)
def test_no_dash_no_cut(nlp: Any, text: str, name: str | None) -> None:
    q = one(quotes(nlp, text), "indirect", "budget would balance")
    assert q.speaker_name == name
