"""A pronoun never stands for a person whose first name is the other gender's ("She" after
"Ann Reed ... Tom Hale" is Reed); a title wins over the first name; a first name used by
both genders excludes no one. Invented text, real pipeline."""

from __future__ import annotations

from typing import Any

import pytest

from crossbrief.analyze import gender
from tests.analyze.test_quotes import one, quotes


@pytest.fixture(autouse=True)
def _name_data() -> None:
    if not gender._data():
        pytest.skip("nomquamgender's name data is not installed (make install adds it)")


def test_she_skips_a_man_named_since(nlp: Any) -> None:
    text = (
        "Ann Reed chairs the harbour board. Tom Hale runs the port. "
        "She said the quay would reopen in May."
    )
    assert one(quotes(nlp, text), "indirect", "quay").speaker_name == "Ann Reed"


def test_a_surname_alone_keeps_the_gender_of_the_full_name(nlp: Any) -> None:
    text = (
        "Tom Hale runs the port. Ann Reed chairs the harbour board. "
        "Reed met the dockers on Monday. He said the quay would reopen in May."
    )
    assert one(quotes(nlp, text), "indirect", "quay").speaker_name == "Tom Hale"


def test_a_title_wins_over_the_first_name(nlp: Any) -> None:
    text = (
        "Ann Reed chairs the harbour board. Mr. Evelyn Hale runs the port. "
        "He said the quay would reopen in May."
    )
    assert one(quotes(nlp, text), "indirect", "quay").speaker_name == "Evelyn Hale"


def test_a_first_name_of_both_genders_excludes_no_one(nlp: Any) -> None:
    text = (
        "Ann Reed chairs the harbour board. Robin Hale runs the port. "
        "She said the quay would reopen in May."
    )
    assert one(quotes(nlp, text), "indirect", "quay").speaker_name == "Robin Hale"


def test_a_title_picks_the_full_name_of_its_gender(nlp: Any) -> None:
    text = (
        "Ann Reed chairs the harbour board. Her brother, Tom Reed, runs the port. "
        "Mrs. Reed met the dockers on Monday. She said the quay would reopen in May."
    )
    assert one(quotes(nlp, text), "indirect", "quay").speaker_name == "Ann Reed"


def test_he_may_stand_for_a_man_whose_given_names_disagree(nlp: Any) -> None:
    # "Leila" is mostly a woman's name in the data, "Karim" a man's: "he" may be him
    text = (
        "Judge Leila Karim Osman, who leads the inquiry into Tom Varga, spoke on Monday.\n\n"
        '"The harbour board has shown no evidence," he said.'
    )
    assert one(quotes(nlp, text), "direct", "no evidence").speaker_name == "Leila Karim Osman"


def test_she_still_skips_a_man_whose_given_names_agree(nlp: Any) -> None:
    text = (
        "Judge Tom Paul Osman, who leads the inquiry into Ann Varga, spoke on Monday.\n\n"
        '"The harbour board has shown no evidence," she said.'
    )
    assert one(quotes(nlp, text), "direct", "no evidence").speaker_name != "Tom Paul Osman"
