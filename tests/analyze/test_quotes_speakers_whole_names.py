"""Session 13: a speaker is never a date ("reported by late Tuesday" names a deadline, not
who reported), and a speaker's name is not cut short: a body named "<Body> of <Adjective>
<noun>" whose writer lower-cased its last word ("the Guild of Coastal pilots"), or a firm
whose short last word the parser reads as a verb's helper ("Velmo Re said"). Invented text,
real pipeline."""

from __future__ import annotations

from typing import Any

import pytest

from tests.analyze.test_quotes import quotes

LEAD = "Storms hit the coast on Monday.\n\n"


def test_a_by_phrase_of_a_date_is_no_speaker(nlp: Any) -> None:
    text = LEAD + "Four more deaths had been reported in the valley by late Tuesday."
    speakers = [q.speaker_text for q in quotes(nlp, text)]
    assert not any("Tuesday" in (s or "") for s in speakers), speakers


def test_a_by_phrase_of_a_body_stays_the_speaker(nlp: Any) -> None:
    # Negative: a 'by' agent that is no date is who reported it.
    text = LEAD + "Four more deaths had been reported in the valley by the harbour board."
    speakers = [q.speaker_text for q in quotes(nlp, text)]
    assert speakers == ["the harbour board"]


@pytest.mark.parametrize(
    ("body", "name"),
    [
        ("The Federation of Northern farmers", "The Federation of Northern farmers"),
        ("The Guild of Coastal pilots", "The Guild of Coastal pilots"),
        # Negative: a name ending in its own noun keeps its length; "of dock workers" is
        # what it is about, and a person's name takes no words after it.
        ("The Harbour Union of dock workers", "The Harbour Union"),
        ("Ann Lee of the harbour board", "Ann Lee"),
    ],
)
def test_a_bodys_name_goes_on_through_its_lower_case_noun(nlp: Any, body: str, name: str) -> None:
    text = LEAD + body + " warned that prices would rise. It said stocks were low."
    found = [q for q in quotes(nlp, text) if q.kind == "indirect"]
    assert found[0].speaker_text == body
    assert found[0].speaker_name == name, found[0]
    if name.startswith("The"):
        assert found[-1].speaker_name == name, found[-1]  # "It" stands for the whole name


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (LEAD + "Total claims will be small, Velmo Re said.", "Velmo Re"),
        (LEAD + "Velmo Re has said total claims will be small.", "Velmo Re"),
        # Negative: a date between subject and verb is no part of the name.
        (LEAD + "Total claims will be small, Velmo Thursday said.", "Velmo"),
        # Negative: a lower-case word between subject and verb is no part of the name.
        (LEAD + "Total claims will be small, Velmo also said.", "Velmo"),
    ],
)
def test_a_firms_short_last_word_stays_in_its_name(nlp: Any, text: str, speaker: str) -> None:
    (found,) = [q for q in quotes(nlp, text) if q.kind == "indirect"]
    assert found.speaker_text == speaker
    assert found.speaker_name in {speaker, None}, found


@pytest.mark.parametrize(
    ("speaker", "name"),
    [
        ("Oslo Re and Velmo Re, two large insurers,", "Oslo Re"),
        # Negative: a name the phrase does not go on from with capitals stays as it is.
        ("Ann Lee, the reinsurer's head,", "Ann Lee"),
        ("Ann Lee and Tom Hale", "Ann Lee"),
    ],
)
def test_a_place_named_inside_a_firms_name_is_the_firm(nlp: Any, speaker: str, name: str) -> None:
    text = "Storms hit the coast.\n\n" + speaker + " said claims would be small."
    (found,) = [q for q in quotes(nlp, text) if q.kind == "indirect"]
    assert found.speaker_name == name, found


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Ben Cole spoke to the Velmora Tribune on Monday.\n\nEuropol believes "
            "that 500 permits were stolen last year, the newspaper said.",
            "the Velmora Tribune",
        ),
        # Negative: with the words said after it, the body named before it is the one.
        (
            "Ben Cole spoke to the Velmora Tribune on Monday.\n\nThe newspaper said that "
            "Europol believes 500 permits were stolen last year.",
            "the Velmora Tribune",
        ),
    ],
)
def test_a_body_named_in_the_words_said_is_not_the_paper(nlp: Any, text: str, name: str) -> None:
    found = [q for q in quotes(nlp, text) if q.kind == "indirect" and "permits" in q.text]
    assert [q.speaker_name for q in found] == [name], found
