"""A person a sentence says there is ("Then there's Tom Hale.") is whom the text turns to: a
later "he" stands for them, as for a subject; a person named as the object of a verb is not.
Invented text, real pipeline."""

from __future__ import annotations

from typing import Any

import pytest

from crossbrief.analyze import gender
from tests.analyze.test_quotes import one, quotes


@pytest.fixture(autouse=True)
def _name_data() -> None:
    if not gender._data():
        pytest.skip("nomquamgender's name data is not installed (make install adds it)")


def test_a_person_there_is_is_the_he_that_follows(nlp: Any) -> None:
    text = (
        "Sam Reed has praised the plan twice this month.\n\n"
        "Then there's Tom Hale.\n\n"
        '"The plan is a gift to the builders," he wrote last week.'
    )
    assert one(quotes(nlp, text), "direct", "gift").speaker_name == "Tom Hale"


def test_a_person_named_as_an_object_is_not_the_he_that_follows(nlp: Any) -> None:
    text = (
        "Sam Reed has praised the plan twice this month.\n\n"
        "Then he thanked Tom Hale.\n\n"
        '"The plan is a gift to the builders," he wrote last week.'
    )
    assert one(quotes(nlp, text), "direct", "gift").speaker_name == "Sam Reed"
