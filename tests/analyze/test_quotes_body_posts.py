"""A body's post as the speaker ("the company's chief executive said", "the board's
chairman told ..."): the one person the article titled with that post, not an unnamed
speaker. A person's staff ("the mayor's spokesman"), a post the article gave no one, and a
post held by two people stay unresolved. Invented text, real pipeline."""

from __future__ import annotations

from typing import Any

import pytest

from tests.analyze.test_quotes import one, quotes

_LATER = "\n\nCritics booed loudly. The company's chief executive said the fares would rise.\n"


@pytest.mark.parametrize(
    "lead",
    [
        "Orsk Shipping's chief executive, Ann Lee, opened the harbour fair on Monday.",
        "Ann Lee, the chief executive of Orsk Shipping, opened the harbour fair on Monday.",
    ],
)
def test_a_body_s_post_is_the_one_person_titled_with_it(nlp: Any, lead: str) -> None:
    q = one(quotes(nlp, lead + _LATER), "indirect", "fares would rise")
    assert q.speaker_name == "Ann Lee"


def test_a_body_s_post_with_a_compound_owner(nlp: Any) -> None:
    text = (
        "Orsk Shipping's chief executive, Ann Lee, opened the harbour fair on Monday.\n\n"
        "Critics booed loudly. The shipping company's chief executive said the fares "
        "would rise.\n"
    )
    assert one(quotes(nlp, text), "indirect", "fares would rise").speaker_name == "Ann Lee"


def test_a_post_no_one_was_titled_with_stays_unnamed(nlp: Any) -> None:
    # Negative: Ann Lee is the chairman, not the chief executive.
    text = (
        "Orsk Shipping's chairman, Ann Lee, opened the harbour fair on Monday.\n\n"
        "Critics booed loudly. The company's chief executive said the fares would rise.\n"
    )
    assert one(quotes(nlp, text), "indirect", "fares would rise").speaker_name is None


def test_a_person_s_staff_is_not_the_person_titled(nlp: Any) -> None:
    # Negative: "the mayor's spokesman" is one of the mayor's staff, not the mayor.
    text = (
        "Mayor Ann Lee opened the harbour fair on Monday.\n\n"
        "Critics booed loudly. The mayor's spokesman said the fares would rise.\n"
    )
    assert one(quotes(nlp, text), "indirect", "fares would rise").speaker_name != "Ann Lee"


def test_a_post_two_people_hold_stays_unnamed(nlp: Any) -> None:
    # Negative: two chief executives in one article: "the company's" may be either.
    text = (
        "Orsk Shipping's chief executive, Ann Lee, met Varna Freight's chief executive, "
        "Tom Hale, on Monday.\n\n"
        "Critics booed loudly. The company's chief executive said the fares would rise.\n"
    )
    assert one(quotes(nlp, text), "indirect", "fares would rise").speaker_name is None
