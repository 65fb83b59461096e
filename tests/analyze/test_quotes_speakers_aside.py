"""A pronoun stands for the person a sentence is about, not one named aside: the subject of
a relative clause on a person ("Tom Hale, whose brother Mark died, ...") is not it; "Mr.
Hale" names one man throughout an article, not the latest Hale named ("his son, Sam Hale");
a lone first name joined to a full name shares its surname ("Tom and Ann Hale"). Invented
text, real pipeline."""

from __future__ import annotations

from typing import Any

import pytest

from crossbrief.analyze import gender
from tests.analyze.test_quotes import one, quotes


@pytest.fixture(autouse=True)
def _name_data() -> None:
    if not gender._data():
        pytest.skip("nomquamgender's name data is not installed (make install adds it)")


def test_the_subject_of_a_relative_clause_on_a_person_is_not_he(nlp: Any) -> None:
    text = (
        "Sam Reed runs the port. Tom Hale, whose brother Mark died in the fire, spoke after "
        "the service. He said the town had been brave."
    )
    assert one(quotes(nlp, text), "indirect", "brave").speaker_name == "Tom Hale"


def test_the_subject_of_a_relative_clause_on_a_thing_is_he(nlp: Any) -> None:
    text = (
        "Sam Reed runs the port. These are the jobs Tom Hale has lost since May. "
        "He said the town had been brave."
    )
    assert one(quotes(nlp, text), "indirect", "brave").speaker_name == "Tom Hale"


def test_a_title_and_surname_name_one_person_throughout(nlp: Any) -> None:
    text = (
        "Tom Hale opened the hearing on Monday. Mr. Hale chairs the harbour board. "
        "His son, Sam Hale, died at sea in 2004. "
        "Mr. Hale met the dockers on Tuesday. He said the quay would reopen in May."
    )
    assert one(quotes(nlp, text), "indirect", "quay").speaker_name == "Tom Hale"


def test_a_title_picks_the_latest_full_name_when_first_used(nlp: Any) -> None:
    text = (
        "Tom Hale opened the hearing on Monday. His son, Sam Hale, runs the port. "
        "Mr. Hale met the dockers on Tuesday. He said the quay would reopen in May."
    )
    assert one(quotes(nlp, text), "indirect", "quay").speaker_name == "Sam Hale"


def test_a_couple_shares_a_surname(nlp: Any) -> None:
    text = (
        "Tom and Ann Hale run the harbour shop. Mr. Hale met the dockers on Tuesday. "
        "He said the quay would reopen in May."
    )
    assert one(quotes(nlp, text), "indirect", "quay").speaker_name == "Tom Hale"


def test_a_surname_joined_to_a_full_name_is_no_first_name(nlp: Any) -> None:
    text = (
        "Mr. Reed and Ann Hale run the harbour shop. Mr. Reed met the dockers on Tuesday. "
        "He said the quay would reopen in May."
    )
    assert one(quotes(nlp, text), "indirect", "quay").speaker_name == "Reed"


def test_a_surname_tagged_a_place_is_the_person_as_a_subject(nlp: Any) -> None:
    text = (
        "Tom Georgia leads the race. Sam Reed trails him. Georgia, who brags he has held 100 "
        "town halls here, doesn't pretend his campaign will go on. "
        "He said the quay would reopen in May."
    )
    assert one(quotes(nlp, text), "indirect", "quay").speaker_name == "Tom Georgia"


def test_a_place_named_like_a_person_is_no_subject(nlp: Any) -> None:
    text = (
        "Tom Georgia leads the race. Sam Reed campaigned in Georgia on Monday. "
        "He said the quay would reopen in May."
    )
    assert one(quotes(nlp, text), "indirect", "quay").speaker_name == "Sam Reed"


def test_a_description_in_apposition_to_a_named_subject_is_no_one_else(nlp: Any) -> None:
    text = (
        "Tom Reed chairs the board. A lawyer, Ann Hale has long handed out copies of the "
        "charter. He said the quay would reopen in May."
    )
    assert one(quotes(nlp, text), "indirect", "quay").speaker_name == "Tom Reed"


def test_a_description_as_the_only_subject_stands_for_someone(nlp: Any) -> None:
    text = (
        "Tom Reed chairs the board. A lawyer has long handed out copies of the charter. "
        "He said the quay would reopen in May."
    )
    assert one(quotes(nlp, text), "indirect", "quay").speaker_name is None


def test_a_title_after_the_paragraph_s_subject_stands_for_them(nlp: Any) -> None:
    text = (
        "Sen. Sam Reed spoke in the morning.\n\n"
        "Tom Hale said he would visit the port. Walking into the office, the senator said "
        "his campaign was strong. He added that the quay would reopen in May."
    )
    assert one(quotes(nlp, text), "indirect", "quay").speaker_name == "Tom Hale"


def test_a_title_the_paragraph_s_subject_cannot_hold_is_someone_else(nlp: Any) -> None:
    text = (
        "Sen. Sam Reed spoke in the morning.\n\n"
        "Deputy Mayor Tom Hale said he would visit the port. Walking into the office, the "
        "senator said his campaign was strong. He added that the quay would reopen in May."
    )
    assert one(quotes(nlp, text), "indirect", "quay").speaker_name == "Sam Reed"
