"""Helpers that session 17 made cheaper without changing what they find: one look for the
pronoun after a name serves both its gender and whether it is a subject's, and an article
naming no kind of software or programme is not searched for their names. Invented text."""

from __future__ import annotations

from crossbrief.synthesize.entities.gender import (
    FEMALE,
    MALE,
    is_subject_pronoun,
    pronoun_after,
    pronoun_gender,
)
from crossbrief.synthesize.entities.works import work_names


def test_the_pronoun_after_a_name_is_read_once_for_gender_and_subject() -> None:
    body = "Ann Lee said she would stay. Tom Bell thanked him."
    said = pronoun_after(body, len("Ann Lee"), body.index(".") + 1)
    assert said == "she"
    assert pronoun_gender(said) == FEMALE
    assert is_subject_pronoun(said)
    thanked = pronoun_after(body, body.index("Tom Bell") + len("Tom Bell"), len(body))
    assert thanked == "him"
    assert pronoun_gender(thanked) == MALE
    # "him" is as often another's: no subject
    assert not is_subject_pronoun(thanked)


def test_no_pronoun_after_a_possessive_or_past_the_sentence() -> None:
    body = "Ann Lee's son said he would stay. She left."
    assert pronoun_after(body, len("Ann Lee"), body.index(".") + 1) is None
    tom = "Tom Bell arrived. She left."
    assert pronoun_after(tom, len("Tom Bell"), tom.index(".") + 1) is None
    assert pronoun_gender(None) is None
    assert not is_subject_pronoun(None)


def test_work_names_found_only_where_a_kind_is_named() -> None:
    assert work_names("Velmora Radio said the Orla Street cast would return.") == {}
    assert work_names("He tried the Velo browser.") == {"Velo": "PRODUCT"}
    # the part of a programme needs no noun of its kind but "episode"
    assert work_names("Fans saw the last episode of Orla Street.") == {"Orla Street": "WORK_OF_ART"}
    # a series named only in capitals is no noun of its kind
    assert work_names("The Orla Series opened in Velmora.") == {}
