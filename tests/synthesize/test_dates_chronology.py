"""An undated article with a chronology: its entries' dates are before the article, whatever
their (historical present) tense (invented articles)."""

from __future__ import annotations

from crossbrief.synthesize.dates import infer_dates
from crossbrief.synthesize.story import Story
from tests.synthesize.test_dates import make


def _date(sentence: str, expression: str) -> str | None:
    a = make("a", ["The premier named a new minister.", sentence],
             [(expression, "DATE", "2030-10-09", None)])  # fmt: skip
    return infer_dates(Story([a]))["a"].date


def test_chronology_entry_dates_an_undated_article() -> None:
    assert _date("Oct. 9, 2030: The premier appoints him minister.", "Oct. 9, 2030") == "2030-10-09"


def test_date_in_a_present_tense_sentence_is_no_entry() -> None:
    assert _date("The premier appoints him on Oct. 9, 2030: a first.", "Oct. 9, 2030") is None


def test_chronology_entry_is_named_as_the_evidence() -> None:
    a = make("a", ["Oct. 9, 2030: The premier appoints him minister."],
             [("Oct. 9, 2030", "DATE", "2030-10-09", None)])  # fmt: skip
    assert infer_dates(Story([a]))["a"].evidence == '"Oct. 9, 2030" (a chronology entry)'
