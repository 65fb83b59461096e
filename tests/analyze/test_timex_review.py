"""Review findings on year-less and full dates (session 8, invented sentences): a narrated
episode's year does not cross a paragraph to another month-day, and a full date heading a
chronology entry keeps its year."""

from __future__ import annotations

from typing import Any

from tests.analyze.times_found import times_in

# A Saturday in March.
ANCHOR = "2031-03-01"


def _found(nlp: Any, text: str, anchor: str = ANCHOR) -> dict[str, str | None]:
    return {t.text: t.value for t in times_in(nlp, text, anchor)}


def test_a_full_date_in_an_earlier_paragraph_starts_no_episode(nlp: Any) -> None:
    text = (
        "Orlen Corp. was fined by regulators on Jan. 10, 2030, for misleading customers.\n\n"
        "On Feb. 20, its chief executive, Ann Vale, resigned after a board vote."
    )
    assert _found(nlp, text)["Feb. 20"] == "2031-02-20"


def test_a_full_date_in_the_same_paragraph_still_starts_an_episode(nlp: Any) -> None:
    text = (
        "Orlen Corp. was fined by regulators on Jan. 10, 2030, for misleading customers. "
        "On Feb. 20, its chief executive, Ann Vale, resigned after a board vote."
    )
    assert _found(nlp, text)["Feb. 20"] == "2030-02-20"


def test_the_same_month_day_written_with_its_year_paragraphs_before_keeps_it(nlp: Any) -> None:
    text = (
        "Among the disclosures is a Feb. 8, 2030, encounter at the tower.\n\n"
        "The memos were released on Thursday.\n\n"
        "At that same Feb. 8 hearing, the two men argued."
    )
    assert _found(nlp, text)["Feb. 8"] == "2030-02-08"


def test_a_full_date_heading_an_entry_keeps_its_year(nlp: Any) -> None:
    found = _found(nlp, "Oct. 9, 2029: Parliament votes on the bill.")
    assert found == {"Oct. 9, 2029": "2029-10-09"}
    future = _found(nlp, "Nov. 3, 2032: The law will take effect.")
    assert future == {"Nov. 3, 2032": "2032-11-03"}


def test_a_month_day_before_a_count_stays_year_less(nlp: Any) -> None:
    found = _found(nlp, "On Oct. 9, 300 workers walked out of the plant.")
    assert found == {"Oct. 9": "2030-10-09"}
