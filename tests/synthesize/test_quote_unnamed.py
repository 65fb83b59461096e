"""An unnamed source an article introduced ("a customs official who asked not to be
named") is the one its later "the official" names, never a holder of the role another
outlet names; a ranked office ("the deputy chancellor", "the chancellor's deputy") is never
the plain one. Invented sentences, the real pipeline."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from crossbrief.synthesize.quote_roles import a_group, unranked
from crossbrief.synthesize.unnamed_speakers import introduced_unnamed
from tests.synthesize.briefed import briefed_ledger, ledger_rows

HEAD = "title: Harbour checks\nsource: Outlet\ndate: 2026-03-02\n\n"
NAMED = "Port official Tom Varga said the harbour would reopen soon.\n"


def _ledger(tmp_path: Path, nlp: Any, *bodies: str) -> str:
    """The ledger of ``bodies``, each an article of its own outlet."""
    texts = (HEAD.replace("Outlet", f"Outlet {n}") + b for n, b in enumerate(bodies))
    return briefed_ledger(tmp_path, nlp, *texts)


@pytest.mark.parametrize(
    "before",
    [
        "A customs official said the checks had stopped. ",
        "A customs official, who asked not to be named, said the checks had stopped. ",
        "A senior official at the customs office confirmed the delay. ",
        "An official who saw the ledger spoke to the Orsk Herald. ",
        "A U.S. official told the board the checks had stopped. ",
        "A harbour official in the Velmora town of Orsk, near the border, said so. ",
    ],
)
def test_an_indefinite_subject_introduces_someone(before: str) -> None:
    assert introduced_unnamed(before, "official")


@pytest.mark.parametrize(
    "before",
    [
        # a name set off by commas: that person, who is named
        "A customs official, Ann Lee, said the checks had stopped. ",
        # the noun modifies another noun: no official was introduced
        "The minister cancelled an official visit to Orsk on Monday. ",
        # the noun is no head of the phrase "a" opens
        "Ann Lee, who won a second term as official, toured the pier. ",
        # a prepositional phrase after the noun, and no verb for it
        "Ann Lee met an official from the United States last week. ",
        # a sentence break between "a" and the noun
        "The ferry left a. Official notices were posted. ",
    ],
)
def test_no_one_unnamed_was_introduced(before: str) -> None:
    assert not introduced_unnamed(before, "official")


def test_a_rank_heading_a_title_leaves_no_plain_office() -> None:
    # "the chancellor's deputy" is a deputy, no chancellor
    assert unranked(["chancellor", "deputy"]) == []
    # Negative: a rank before the office still keeps the words before it.
    assert unranked(["velmora", "deputy", "chancellor"]) == ["velmora"]


def test_an_anonymous_source_set_off_by_commas_keeps_its_words(tmp_path: Path, nlp: Any) -> None:
    ledger = _ledger(
        tmp_path,
        nlp,
        NAMED,
        "A customs official, who asked not to be named, said the checks had stopped.\n\n"
        "Ferries stayed in Orsk harbour on Monday.\n\n"
        '"The checks will take weeks," the official added.\n',
    )
    assert "The checks will take weeks" in ledger
    assert "The checks will take weeks" not in ledger_rows(ledger, "Tom Varga")


def test_an_official_visit_introduces_no_official(tmp_path: Path, nlp: Any) -> None:
    ledger = _ledger(
        tmp_path,
        nlp,
        NAMED,
        "The Velmora minister cancelled an official visit to Orsk on Monday.\n\n"
        '"Ships are waiting to come in," the official told reporters.\n',
    )
    assert "Ships are waiting to come in" in ledger_rows(ledger, "Tom Varga")


def test_a_named_official_set_off_by_commas_is_no_unnamed_one(tmp_path: Path, nlp: Any) -> None:
    # Negative: the comma sets off a name, so "the official" may be the named one.
    ledger = _ledger(
        tmp_path,
        nlp,
        "The checks at the harbour stopped on Monday.\n",
        "A customs official, Ann Lee, said the checks had stopped.\n\n"
        "Ferries stayed in Orsk harbour on Monday.\n\n"
        '"The checks will take weeks," the official added.\n',
    )
    assert "The checks will take weeks" in ledger_rows(ledger, "Ann Lee")


@pytest.mark.parametrize(
    ("apposition", "said_by"),
    [
        ("the deputy chancellor", "the chancellor"),
        ("the vice president", "the president"),
        ("the former chancellor", "the chancellor"),
        ("the chancellor's deputy", "the chancellor"),
    ],
)
def test_a_ranked_office_is_not_the_plain_one(
    tmp_path: Path, nlp: Any, apposition: str, said_by: str
) -> None:
    ledger = _ledger(
        tmp_path,
        nlp,
        f"Ann Lee, {apposition}, attacked the budget.\n",
        "Budget talks resumed in Orsk on Monday.\n\n"
        f'"Taxes will not rise this year," {said_by} said.\n',
    )
    assert "Taxes will not rise this year" in ledger
    assert "Taxes will not rise this year" not in ledger_rows(ledger, "Ann Lee")


def test_a_plain_office_still_names_its_holder(tmp_path: Path, nlp: Any) -> None:
    # Negative: with no rank on either side, the one chancellor the story names said it.
    ledger = _ledger(
        tmp_path,
        nlp,
        "Ann Lee, the chancellor, attacked the budget.\n",
        "Budget talks resumed in Orsk on Monday.\n\n"
        '"Taxes will not rise this year," the chancellor said.\n',
    )
    assert "Taxes will not rise this year" in ledger_rows(ledger, "Ann Lee")


def test_a_ranked_description_is_not_the_plain_holder(tmp_path: Path, nlp: Any) -> None:
    # The reverse: "the deputy chancellor" is no plain chancellor the story names.
    ledger = _ledger(
        tmp_path,
        nlp,
        "Ann Lee, the chancellor, attacked the budget.\n",
        "Budget talks resumed in Orsk on Monday.\n\n"
        '"Taxes will not rise this year," the deputy chancellor said.\n',
    )
    assert "Taxes will not rise this year" in ledger
    assert "Taxes will not rise this year" not in ledger_rows(ledger, "Ann Lee")


def test_a_plural_description_is_no_one_person(tmp_path: Path, nlp: Any) -> None:
    # "the owners" are a group, whichever one person the story names near the word
    ledger = _ledger(
        tmp_path,
        nlp,
        "Ann Lee, a lawyer for the owners, met the harbour board on Monday.\n",
        "The club was put up for sale.\n\nThe owners said the stadium would stay open.\n",
    )
    assert "the stadium would stay open" in ledger
    assert "the stadium would stay open" not in ledger_rows(ledger, "Ann Lee")


def test_a_singular_noun_ending_in_s_is_no_group() -> None:
    assert a_group("owners") and a_group("officials")
    # Negative: "the witness" is one person, not the plural of a person noun.
    assert not a_group("witness") and not a_group("hostess")


def test_a_singular_description_still_names_its_one_holder(tmp_path: Path, nlp: Any) -> None:
    # Negative: "the owner" is the one owner the story names.
    ledger = _ledger(
        tmp_path,
        nlp,
        "Ann Lee, the owner of the club, met the harbour board on Monday.\n",
        "The club was put up for sale.\n\nThe owner said the stadium would stay open.\n",
    )
    assert "the stadium would stay open" in ledger_rows(ledger, "Ann Lee")


@pytest.mark.parametrize(
    "before",
    [
        "The governor's chief spokesman said the ferries were late. ",
        "The mayor's spokesman, who asked not to be named, said so. ",
        "Asked about it, the premier's press spokesman said: no. ",
    ],
)
def test_a_person_s_aide_is_someone_unnamed(before: str) -> None:
    # a role owned by a person ("the mayor's spokesman") is one of their staff, unnamed
    assert introduced_unnamed(before, "spokesman")


@pytest.mark.parametrize(
    "before",
    [
        # named in apposition: that person
        "The mayor's spokesman, Tom Varga, said the ferries were late. ",
        # a body's post is the one post the story may name ("the company's chief executive")
        "The company's spokesman said the ferries were late. ",
        # the owner is no person's role
        "The ferry's spokesman said the ferries were late. ",
    ],
)
def test_no_person_s_aide_was_introduced(before: str) -> None:
    assert not introduced_unnamed(before, "spokesman")


def test_the_aide_of_a_person_is_no_other_holder_of_the_role(tmp_path: Path, nlp: Any) -> None:
    # "the mayor's spokesman ... the spokesman": the mayor's aide, whom this article never
    # names, not the one spokesman another outlet names for another party
    ledger = _ledger(
        tmp_path,
        nlp,
        "Harbour party spokesman Tom Varga said the ferry tax was unfair.\n",
        "The mayor's official spokesman said the ferries would run on Monday.\n\n"
        "The spokesman added that fares would stay the same all winter.\n",
    )
    assert "fares would stay the same" in ledger
    assert "fares would stay the same" not in ledger_rows(ledger, "Tom Varga")


def test_the_role_still_names_its_one_holder_after_a_body_s_post(tmp_path: Path, nlp: Any) -> None:
    # Negative: a body's post ("the company's chief executive") names its one holder, whom
    # another outlet names; the later "the chief executive" is still that person.
    ledger = _ledger(
        tmp_path,
        nlp,
        "Ferry company chief executive Tom Varga said the ferry tax was unfair.\n",
        "The company's chief executive said the ferries would run on Monday.\n\n"
        "The chief executive added that fares would stay the same all winter.\n",
    )
    assert "fares would stay the same" in ledger_rows(ledger, "Tom Varga")


@pytest.mark.parametrize(
    ("before", "noun"),
    [
        ("Governor Ann Lee said her lawyer had filed the papers. ", "lawyer"),
        ("The mayor's adviser, who asked not to be named, said so. ", "adviser"),
        ("Asked about it, his aide said the ferries were late. ", "aide"),
    ],
)
def test_a_person_s_staff_is_someone_unnamed(before: str, noun: str) -> None:
    assert introduced_unnamed(before, noun)


@pytest.mark.parametrize(
    ("before", "noun"),
    [
        # Negative: a person's single post ("her finance minister", "his coach") is its one
        # holder, whom the story may name, not an unnamed member of staff.
        ("Prime Minister Ann Lee said her finance minister had lied to the board. ", "minister"),
        ("Governor Ann Lee said her finance minister had lied. ", "finance minister"),
        ("The club's owner said his coach was leaving Velmora. ", "coach"),
    ],
)
def test_a_person_s_single_post_is_no_one_unnamed(before: str, noun: str) -> None:
    assert not introduced_unnamed(before, noun)


def test_a_person_s_single_post_keeps_its_named_holder(tmp_path: Path, nlp: Any) -> None:
    # "her finance minister ... the finance minister": the one minister, whom another outlet
    # names; the later quote is his.
    ledger = _ledger(
        tmp_path,
        nlp,
        "Tom Varga, Velmora's finance minister, was accused on Monday of lying to the board.\n",
        "Governor Ann Lee said on Monday her finance minister had lied to the board.\n\n"
        '"I told the board the whole truth," the finance minister said.\n',
    )
    assert "whole truth" in ledger_rows(ledger, "Tom Varga")
