"""Role words for the ledger's descriptions: title abbreviations, party-and-state tags, an
apposition before a name, and heads that name no person. Invented sentences."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from crossbrief.synthesize.quote_roles import (
    a_group,
    apposed,
    ends_sentence,
    for_a_person,
    role_words,
    words_around,
)
from tests.synthesize.briefed import briefed_ledger


def _around(text: str, name: str) -> list[str]:
    start = text.index(name)
    return words_around(text, start, start + len(name))


def test_a_party_and_state_tag_gives_party_and_state() -> None:
    assert _around("Sen. Ann Lee (D-Ore.) spoke.", "Ann Lee") == ["democratic", "oregon"]
    assert _around("Rep. Tom Hale (R-N.H.) spoke.", "Tom Hale") == [
        "republican",
        "new",
        "hampshire",
    ]


def test_an_apposition_before_a_name_gives_its_role_words() -> None:
    words = _around("He met the speaker of the assembly, Ann Lee, on Monday.", "Ann Lee")
    assert words == ["speaker", "assembly"]


def test_a_clause_before_a_name_gives_no_role_words() -> None:
    # Negative: a clause set off by a comma is no description of the name after it.
    assert _around("After the senator left the race, Ann Lee said so.", "Ann Lee") == []


def test_abbreviated_titles_are_spelled_out_and_ages_dropped() -> None:
    assert role_words("Sen.") == ["senator"]
    assert role_words("the 40-year-old producer") == ["producer"]


def test_a_full_stop_ends_a_title_run_but_an_abbreviation_does_not() -> None:
    assert ends_sentence("Lee.") and ends_sentence('Lee."')
    assert not ends_sentence("Sen.") and not ends_sentence("M.") and not ends_sentence("Lee")


def test_a_description_of_a_thing_names_no_person() -> None:
    assert for_a_person("senator") and for_a_person("scriptwriter") and for_a_person("spokeswoman")
    assert not for_a_person("video") and not for_a_person("decision")
    assert not for_a_person("campaign")


def test_a_name_and_its_apposition_are_both_candidates() -> None:
    assert apposed("Ann Lee, director of the port") == ("Ann Lee", "director of the port")
    assert apposed("Ann Lee") == ()


def test_members_in_the_plural_are_a_group() -> None:
    assert a_group("Democrats") and a_group("republicans") and a_group("veterans")
    # Negative: a singular member, a body and a thing are no group of members.
    assert not a_group("Democrat") and not a_group("committees") and not a_group("videos")


STORY = (
    "title: Harbour bill\nsource: Harbour Post\ndate: 2026-03-02\n\n"
    "Sen. Ann Lee (D-Ore.) and Sen. Tom Hale (R-Texas) met on Monday about the harbour bill.\n\n"
    "The Oregon senator said the bill would pass by Friday.\n\n"
    "Watch the Video Tom Hale posted on Sunday. The video shows the harbour was flooded.\n"
)


def _ledger(tmp_path: Path, nlp: Any) -> str:
    return briefed_ledger(tmp_path, nlp, STORY)


def test_a_state_senator_description_is_the_one_senator_from_that_state(
    tmp_path: Path, nlp: Any
) -> None:
    ledger = _ledger(tmp_path, nlp)
    assert "the bill would pass" in ledger.split("- **Ann Lee**")[1].split("\n- **")[0]


def test_a_thing_is_no_ones_role(tmp_path: Path, nlp: Any) -> None:
    # Negative: "the video" is not Tom Hale, though "Video" comes right before his name.
    ledger = _ledger(tmp_path, nlp)
    hale = (
        ledger.split("- **Tom Hale**")[1].split("\n- **")[0] if "- **Tom Hale**" in ledger else ""
    )
    assert "flooded" not in hale
