""" "its" after a sentence that names one body, and only after a preposition ("a ruling
against Dockline Shipping. Its spokesman said"), stands for that body: no other body or
named thing is there for it to mean. Invented text, the real pipeline."""

from __future__ import annotations

from typing import Any

import pytest

from tests.analyze.test_quotes import one, quotes

SAID = " Its spokesman said the vote was final."


@pytest.mark.parametrize(
    ("text", "body"),
    [
        (
            "Shares fell sharply on Monday after a court ruling against Dockline Shipping.",
            "Dockline",
        ),
        (
            "Protesters gathered outside the offices of the Velmora Harbour Authority on Monday.",
            "Velmora Harbour Authority",
        ),
    ],
)
def test_the_one_body_named_after_a_preposition(nlp: Any, text: str, body: str) -> None:
    q = one(quotes(nlp, text + SAID), "indirect", "vote was final")
    assert q.speaker_name is not None and body in q.speaker_name


@pytest.mark.parametrize(
    "text",
    [
        # two bodies: either may be meant
        "Shares fell on Monday after a ruling on the dispute between Dockline Shipping and "
        "the Orsk Ferry Guild.",
        # a body and a place: "its" may mean the town
        "Protesters gathered outside the offices of the Velmora Harbour Authority in Bristol.",
    ],
)
def test_two_named_after_prepositions_no_principal(nlp: Any, text: str) -> None:
    q = one(quotes(nlp, text + SAID), "indirect", "vote was final")
    assert q.speaker_name is None
