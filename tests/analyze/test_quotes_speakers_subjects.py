"""Whom "he" or "she" stands for after the sentence before names a new subject (session 10):
a surname the tagger missed as a subject is still that person; a name owning a subject
("Lee's campaign vowed") makes its sentence about them; the subject of reported words put
before "he said" ("Lee was on parole, he said") is talked about, not the speaker. Invented
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


_SUMMIT = (
    "Senator Paul Dorn spoke after President Omar Kessler at the summit. "
    "Kessler said trade had grown.\n\n"
    '"Our workers are honest people," he said. "They deserve respect."\n\n'
)


def test_a_surname_subject_the_tagger_missed_is_the_he_that_follows(nlp: Any) -> None:
    text = _SUMMIT + 'Dorn almost seemed to agree. "Trade is a problem for both of us," he said.'
    found = quotes(nlp, text)
    assert one(found, "direct", "Trade is a problem").speaker_name == "Paul Dorn"
    assert one(found, "direct", "honest people").speaker_name == "Omar Kessler"


def test_with_no_new_subject_the_he_stays_with_the_speaker_before(nlp: Any) -> None:
    text = _SUMMIT + 'The crowd cheered. "Trade is a problem for both of us," he said.'
    assert one(quotes(nlp, text), "direct", "Trade is a problem").speaker_name == "Omar Kessler"


def test_a_name_in_words_put_before_he_said_is_not_the_speaker(nlp: Any) -> None:
    text = "Tom Hale met Sam Ortiz on Monday.\n\nOrtiz will lead the new team, he said."
    assert one(quotes(nlp, text), "indirect", "new team").speaker_name == "Tom Hale"


def test_a_name_in_words_of_its_own_speaker_put_before_is_talked_about(nlp: Any) -> None:
    text = (
        "Senator Paul Dorn spoke after Governor Omar Kessler at the summit.\n\n"
        'Dorn is a risky partner, Kessler said. "We will see what he does," he added.'
    )
    assert one(quotes(nlp, text), "direct", "We will see").speaker_name == "Omar Kessler"


def test_a_name_owning_the_subject_is_the_he_that_follows(nlp: Any) -> None:
    text = (
        '"We need bold change," Sam Ortiz said at the rally.\n\n'
        "Tom Hale's campaign pledged on Tuesday to keep fighting through the autumn. As the "
        "count ended, he thanked his volunteers and said he would carry the county next month."
    )
    assert one(quotes(nlp, text), "indirect", "carry the county").speaker_name == "Tom Hale"


def test_a_name_owning_a_person_subject_is_not_the_he_that_follows(nlp: Any) -> None:
    text = (
        '"We need bold change," Sam Ortiz said at the rally.\n\n'
        "Tom Hale's lawyer spoke on Tuesday about the case. Later he said the state would "
        "lose in court."
    )
    assert one(quotes(nlp, text), "indirect", "lose in court").speaker_name != "Tom Hale"


def test_a_name_in_words_around_an_inserted_cue_is_talked_about(nlp: Any) -> None:
    # "X, Lee said, Y": X and Y are Lee's words, so the owner of their subject is no "he";
    # Lee, the cue's own subject, still is.
    text = (
        "Senator Tom Reed said on Sunday that Dan Hale had gone too far.\n\n"
        "Like his comments on Ms. Vance, Mr. Reed said, Mr. Hale's taunts of Mr. and Mrs. Lott "
        'were wholly unfair. "No one should treat a family like that," he said.'
    )
    assert one(quotes(nlp, text), "direct", "No one should").speaker_name == "Tom Reed"
