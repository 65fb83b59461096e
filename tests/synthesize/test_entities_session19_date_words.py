"""A dateline's clock marks and month abbreviation, and a generation's suffix alone, taken
by the NER for a person (session-19 read). Invented articles; the slips are tagged by hand."""

from __future__ import annotations

from crossbrief.synthesize.entities import build_entities
from crossbrief.synthesize.story import Story
from tests.synthesize.builders import tagged_article


def _forms(lines: list[str], names: list[tuple[str, str]]) -> set[str]:
    found, _ = build_entities(Story([tagged_article("a1", lines, names)]))
    return {a.form for e in found for a in e.aliases}


def test_clock_marks_a_month_before_its_day_and_a_lone_suffix_are_no_names() -> None:
    forms = _forms(
        [
            "Posted 9:40 p. m. Oct. 4, 2011",
            "Tom Varga Jr. said the gate was shut.",
            "Jr. was seen later.",
        ],
        [("p. m. Oct.", "PERSON"), ("Tom Varga Jr.", "PERSON"), ("Jr.", "PERSON")],
    )
    assert "p. m. Oct." not in forms
    assert "Jr." not in forms
    assert "Tom Varga Jr." in forms


def test_a_given_name_ending_a_sentence_stays() -> None:
    forms = _forms(
        ["The first prize went to Jan.", "Jan thanked the judges."],
        [("Jan.", "PERSON"), ("Jan", "PERSON")],
    )
    assert "Jan" in forms or "Jan." in forms


def test_clock_marks_run_into_a_name_after_them_leave_the_name() -> None:
    forms = _forms(
        ["The van left at 9 a. m., Ann Lee said.", "Later Ann Lee spoke again."],
        [("a. m., Ann Lee", "PERSON"), ("Ann Lee", "PERSON")],
    )
    assert "a. m." not in forms
    assert "Ann Lee" in forms
