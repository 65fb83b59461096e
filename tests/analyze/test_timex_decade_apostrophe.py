"""A decade written with an apostrophe, as some papers' style has it ("the 1990's", "the
mid-1990's"), is the decade, not the year it starts with; a year's possessive before a noun
("1990's harvest") stays the year."""

from __future__ import annotations

from typing import Any

from tests.analyze.times_found import times_in

ANCHOR = "2031-04-23"


def _values(nlp: Any, text: str) -> list[tuple[str, str | None]]:
    return [(t.text, t.value) for t in times_in(nlp, text, ANCHOR)]


def test_a_decade_with_an_apostrophe_is_the_decade(nlp: Any) -> None:
    for text in (
        "Floods hit the farms of Velmora in the 1990's, the harbour board said.",
        "Floods hit the farms of Velmora in the mid-1990's, the harbour board said.",
        "Floods hit the farms of Velmora in the early 1980's and again later.",
    ):
        values = [v for _, v in _values(nlp, text)]
        assert values and values[0] in {"199", "198"}, (text, values)


def test_a_possessive_year_before_a_noun_stays_the_year(nlp: Any) -> None:
    # Negative: "1990's harvest" is that year's harvest, not the decade's.
    values = _values(nlp, "The 1990's harvest in Velmora was the worst in a decade.")
    assert ("1990", "1990") in values, values
