"""Review fixes of session 17 on holidays: a holiday with an article and an adjective ("a
snowy Christmas") is a kind of holiday, no date; a tagged span whose words before the holiday
are no time words is cut to the holiday."""

from __future__ import annotations

from typing import Any

from tests.analyze.times_found import times_in

NOVEMBER = "2031-11-19"


def _found(nlp: Any, text: str) -> dict[str, str | None]:
    return {t.text: t.value for t in times_in(nlp, text, NOVEMBER)}


def test_a_holiday_after_an_article_and_an_adjective_is_no_date(nlp: Any) -> None:
    found = _found(nlp, "Tessaly has had a white Christmas only three times, Dana Brook said.")
    assert "Christmas" not in found
    found = _found(nlp, "The mayor of Tessaly said a traditional Christmas mattered to the town.")
    assert "Christmas" not in found


def test_an_untagged_feast_after_an_article_and_an_adjective_is_no_date(nlp: Any) -> None:
    # The tagger calls this feast no date; the feast finder must not date it either.
    assert "Easter" not in _found(nlp, "Dana Brook said a mild Easter was usual in Tessaly.")
    # Negative: the feast after a preposition is still a date.
    assert _found(nlp, "Dana Brook said the ferry sails after Easter.").get("Easter")


def test_a_holiday_after_a_preposition_or_with_a_year_phrase_is_still_a_date(nlp: Any) -> None:
    # Negative of the one above.
    assert _found(nlp, "Dana Brook said the ferry would stop over Christmas.") == {
        "Christmas": "2031-12-25"
    }
    found = _found(nlp, "Dana Brook said the market opens before a busy Christmas next year.")
    assert found["a busy Christmas next year"] == "2032-12-25"


def test_a_place_tagged_with_a_holiday_is_cut_off(nlp: Any) -> None:
    found = _found(nlp, "Her brother opened a second store near Orsk before Christmas.")
    assert "Orsk before Christmas" not in found
    assert found.get("Christmas") == "2031-12-25"
