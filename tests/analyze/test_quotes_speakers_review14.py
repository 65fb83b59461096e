"""Reviewed speaker defects (session 14): a courtesy title tells the sex of the person a
bare surname names ("Mr. Lee" is never the Ann Lee named before); a first name in a quote
that two earlier people share rules neither out as the speaker; "called the police" (a
phone call, a summons) reports no speech. Invented text, real pipeline."""

from __future__ import annotations

from typing import Any

import pytest

from crossbrief.analyze import gender
from tests.analyze.test_quotes import one, quotes


@pytest.fixture()
def _name_data() -> None:
    if not gender._data():
        pytest.skip("nomquamgender's name data is not installed (make install adds it)")


@pytest.mark.usefixtures("_name_data")
def test_a_husband_titled_mr_is_not_the_wife_of_his_surname(nlp: Any) -> None:
    text = (
        "Ann Lee was found at home in Velmora on Monday. Mr. Lee, her husband, was at work. "
        '"Ann was tired," Mr. Lee said.'
    )
    q = one(quotes(nlp, text), "direct", "tired")
    assert q.speaker_name != "Ann Lee"


@pytest.mark.usefixtures("_name_data")
def test_a_title_of_her_sex_still_names_the_woman(nlp: Any) -> None:
    text = (
        "Ann Lee was found at home in Velmora on Monday. Ms. Lee left early. "
        '"We were tired," Ms. Lee said.'
    )
    assert one(quotes(nlp, text), "direct", "tired").speaker_name == "Ann Lee"


@pytest.mark.usefixtures("_name_data")
def test_a_title_of_his_sex_still_names_the_man(nlp: Any) -> None:
    text = 'Tom Lee was found at home in Velmora on Monday. "We were tired," Mr. Lee said.'
    assert one(quotes(nlp, text), "direct", "tired").speaker_name == "Tom Lee"


def test_a_first_name_two_people_share_rules_neither_out(nlp: Any) -> None:
    text = 'Ann Lee met Ann Varga in Velmora on Monday. "Ann was tired," she said.'
    assert one(quotes(nlp, text), "direct", "tired").speaker_name is not None


def test_a_first_name_one_person_has_still_rules_her_out(nlp: Any) -> None:
    text = 'Ann Lee met Jane Varga in Velmora on Monday. "Ann was tired," she said.'
    assert one(quotes(nlp, text), "direct", "tired").speaker_name == "Jane Varga"


@pytest.mark.parametrize("what", ["the police", "an ambulance on Sunday", "his lawyer"])
def test_calling_someone_up_reports_no_speech(nlp: Any, what: str) -> None:
    text = f"Tom Varga, a neighbour, called {what}. The harbour board met in Velmora."
    assert not [q for q in quotes(nlp, text) if q.cue == "called"]


@pytest.mark.parametrize("what", ["the plan a failure", "the vote unfair"])
def test_calling_a_thing_something_still_reports(nlp: Any, what: str) -> None:
    text = f"Tom Varga, a neighbour, called {what}. The harbour board met in Velmora."
    assert [q for q in quotes(nlp, text) if q.cue == "called"]
