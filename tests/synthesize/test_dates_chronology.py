"""An undated article with a chronology: its entries' dates are before the article when told
in the past or the (historical) present, after it when told in the future (invented
articles)."""

from __future__ import annotations

import dataclasses

from crossbrief.synthesize.dates import ArticleDate, infer_dates
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
    assert infer_dates(Story([a]))["a"].evidence == (
        '"Oct. 9, 2030" in "Oct. 9, 2030: The premier appoints…", a chronology entry'
    )


def _entries(tense: int) -> ArticleDate:
    a = make(
        "a",
        ["Lawmakers debated the bill again.",
         "March 20, 2030: Parliament will vote on the bill.",
         "April 2, 2030: The law will take effect if passed."],
        [("March 20, 2030", "DATE", "2030-03-20", None),
         ("April 2, 2030", "DATE", "2030-04-02", None)],
    )  # fmt: skip
    times = tuple(dataclasses.replace(t, tense=tense) for t in a.times)
    b = make("b", ["Parliament votes on the bill on March 20, 2030."],
             [("March 20, 2030", "DATE", "2030-03-20", None)], "2030-03-14")  # fmt: skip
    return infer_dates(Story([dataclasses.replace(a, times=times), b]))["a"]


def test_chronology_entry_told_in_the_future_is_to_come() -> None:
    date = _entries(1)
    assert date.date is None or date.date < "2030-03-20"
    assert "a chronology entry" not in (date.evidence or "")


def test_chronology_entry_in_the_present_is_still_past() -> None:
    assert _entries(0).date == "2030-04-02"
