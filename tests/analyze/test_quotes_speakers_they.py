"""A "they" that speaks stands for the group named as the subject just before it: a plural
noun for people ("Harbour workers marched"), two people joined by "and", or an
organisation; never a plural named only after a preposition, one inside a quotation, a
thing, or a single person. Invented text, real pipeline."""

from __future__ import annotations

from typing import Any

import pytest

from tests.analyze.test_quotes import one, quotes

_SAID = '"We will not move," they said.'


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Harbour workers marched through Velmora on Monday. " + _SAID, "Harbour workers"),
        ("Harbour workers marched through Velmora on Monday.\n\n" + _SAID, "Harbour workers"),
        # a "they" before carries the group on
        (
            "Harbour workers marched through Velmora on Monday. They carried flags. " + _SAID,
            "Harbour workers",
        ),
        ("Ann Lee and Tom Varga met the mayor on Monday. " + _SAID, "Ann Lee and Tom Varga"),
        (
            "Ann Lee, the harbour master, and Tom Varga met the mayor on Monday. " + _SAID,
            "Ann Lee and Tom Varga",
        ),
        (
            "Hundreds of harbour workers marched on Monday. " + _SAID,
            "Hundreds of harbour workers",
        ),
        ("Residents of Velmora marched on Monday. " + _SAID, "Residents of Velmora"),
        (
            "Ann Lee and Tom Varga met the mayor on Monday. Lee and Varga left early. " + _SAID,
            "Ann Lee and Tom Varga",
        ),
        ("Harbour advocates marched through Velmora on Monday. " + _SAID, "Harbour advocates"),
        # an apposition after the of-phrase is no part of the group's name
        (
            "Residents of Velmora, a fishing town of 3,000 on the north coast, also marched on"
            " Monday. " + _SAID,
            "Residents of Velmora",
        ),
        # a plural subject acting on a thing or on one person keeps the pronoun
        ("Police closed the Velmora pier on Monday. " + _SAID, "Police"),
        ("Harbour workers met the mayor on Monday. " + _SAID, "Harbour workers"),
    ],
)
def test_they_speaks_for_the_group_named_before(nlp: Any, text: str, name: str) -> None:
    q = one(quotes(nlp, text), "direct", "move")
    assert q.speaker_text == "they"
    assert q.speaker_name == name


@pytest.mark.parametrize(
    "first",
    ["The Velmora Harbour Board met on Monday. ", "The Velmora Harbour Board met the mayor. "],
)
def test_they_speaks_for_the_organisation_named_before(nlp: Any, first: str) -> None:
    name = one(quotes(nlp, first + _SAID), "direct", "move").speaker_name
    assert name is not None and name.endswith("Velmora Harbour Board")


def test_they_reports_for_the_group_named_before(nlp: Any) -> None:
    text = "Harbour workers marched on Monday. They said the pier would stay shut."
    assert one(quotes(nlp, text), "indirect", "pier").speaker_name == "Harbour workers"


@pytest.mark.parametrize(
    "text",
    [
        # the nearest plural is the object of a preposition in another clause
        "Ann Lee spoke to the board about the workers. " + _SAID,
        # a single person is no "they"
        "Ann Lee arrived in Velmora on Monday. " + _SAID,
        # a plural inside someone's quotation is what they talk about
        'Harbour workers marched on Monday. "They will not listen," the mayor said. ' + _SAID,
        # things do not speak
        "Harbour fees rose on Monday. " + _SAID,
        "Hundreds of boats left the harbour on Monday. " + _SAID,
        # a body that met people in the plural: "they" agrees with them
        "The Velmora Harbour Board interviewed twenty pier workers on Monday. " + _SAID,
        # a plural subject acting on other people in the plural: either may be "they"
        "Police arrested two fishermen near the Velmora pier on Monday. " + _SAID,
        "Soldiers detained three harbour workers at the Velmora gate on Sunday.\n\n" + _SAID,
        "Ann Lee and Tom Varga met twenty harbour workers on Monday. " + _SAID,
        # a body named after people in the plural: either may be "they"
        "Harbour workers marched through Velmora on Monday.\n\n"
        "The board has offered a 2 percent raise. " + _SAID,
        # people named with no subject to say which: no guess further back
        "Harbour workers marched on Monday. And what of Ann Lee and Tom Varga? " + _SAID,
    ],
)
def test_they_stands_for_no_one_else(nlp: Any, text: str) -> None:
    q = [q for q in quotes(nlp, text) if q.kind == "direct" and "move" in q.text]
    assert len(q) == 1 and q[0].speaker_name is None


def test_they_inside_a_quotation_is_no_speaker(nlp: Any) -> None:
    text = 'Harbour workers marched on Monday. "They will not move," Ann Lee said.'
    q = one(quotes(nlp, text), "direct", "move")
    assert q.speaker_name == "Ann Lee"


def test_they_of_a_saying_is_no_group(nlp: Any) -> None:
    # with no group named as a subject before it, "as they say" is people at large
    text = (
        "Ann Lee walked through Velmora on Monday. But, as they say, a deal is never"
        " done until it is signed."
    )
    assert [q for q in quotes(nlp, text) if q.speaker_text == "they"] == []
    # a "they" that reports, not one of a saying, still stands for the group
    text = "Harbour workers marched on Monday. They said a deal was never done until signed."
    assert one(quotes(nlp, text), "indirect", "deal").speaker_name == "Harbour workers"


@pytest.mark.parametrize(
    "first",
    [
        # the writer calls the body "it": "they" is someone else
        "The Ostwick ferry board said it is reviewing fees. ",
        # people in the plural are an argument of the sentence that names the body
        "The Ostwick ferry board raised fees, prompting ferrymen to threaten a walkout. ",
        "The Ostwick ferry board told ferrymen on Monday that fees would rise. ",
        "The Ostwick ferry board announced that ferrymen would lose their berths. ",
    ],
)
def test_they_is_no_body_the_writer_calls_it_or_that_names_people(nlp: Any, first: str) -> None:
    q = one(quotes(nlp, first + _SAID), "direct", "move")
    assert q.speaker_text == "they"
    assert q.speaker_name is None or "board" not in q.speaker_name


@pytest.mark.parametrize(
    ("first", "name"),
    [
        # no "it" and no people in the plural: the body is still "they"
        ("The Ostwick ferry board met on Tuesday. ", "The Ostwick ferry board"),
        ("The Ostwick ferry board raised fees on Tuesday. ", "The Ostwick ferry board"),
        # a plural subject for people keeps the pronoun, whatever else the sentence holds
        ("Ferrymen said it was a bad year for the town. ", "Ferrymen"),
    ],
)
def test_they_stays_with_a_body_or_people_named_plainly(nlp: Any, first: str, name: str) -> None:
    assert one(quotes(nlp, first + _SAID), "direct", "move").speaker_name == name


def test_they_reports_for_a_body_that_met(nlp: Any) -> None:
    text = "The Ostwick ferry board met on Tuesday. They said the fees would rise."
    assert one(quotes(nlp, text), "indirect", "fees").speaker_name == "The Ostwick ferry board"


@pytest.mark.parametrize(
    ("first", "name"),
    [
        # people named by their trade or their part in a story are people in the plural
        ("The Ostwick dockers walked out on Monday. ", "The Ostwick dockers"),
        ("Coal miners from Velmora marched on Monday. ", "Coal miners"),
        ("Volunteer firefighters marched on Monday. ", "Volunteer firefighters"),
        ("Pensioners from Velmora marched on Monday. ", "Pensioners"),
        # after a body, people in the plural named as a subject are "they", not the body
        (
            "The Ostwick ferry board met on Tuesday. The dockers walked out an hour later. ",
            "The dockers",
        ),
    ],
)
def test_they_speaks_for_people_named_by_their_trade(nlp: Any, first: str, name: str) -> None:
    assert one(quotes(nlp, first + _SAID), "direct", "move").speaker_name == name


@pytest.mark.parametrize(
    "first",
    [
        # Negative: things in the plural are no one, whatever their trade words.
        "The Ostwick cranes stopped on Monday. ",
        "Fuel prices rose in Velmora on Monday. ",
    ],
)
def test_they_is_no_plural_thing(nlp: Any, first: str) -> None:
    q = one(quotes(nlp, first + _SAID), "direct", "move")
    assert q.speaker_text == "they" and q.speaker_name is None


def test_it_the_bodys_own_object_is_something_else(nlp: Any) -> None:
    # "it" as the object of the body's own verb is not the body ("itself" would be): it
    # keeps no "they" from the body
    text = "The Ostwick ferry board reviewed the fee plan on Monday and rejected it. " + _SAID
    assert one(quotes(nlp, text), "direct", "move").speaker_name == "The Ostwick ferry board"
    # Negative: "it" as the object of another subject's verb may be the body.
    text = "The Ostwick ferry board raised fees on Monday after a court told it to. " + _SAID
    q = one(quotes(nlp, text), "direct", "move")
    assert q.speaker_name is None or "board" not in q.speaker_name


def test_they_is_not_the_subject_of_its_own_words(nlp: Any) -> None:
    # "Harbour workers, they say, will lose ...": the plural the words are about is not who
    # says them; the group named before is
    text = (
        "Ferry owners met the mayor on Monday. Harbour workers, they say, will lose their "
        "jobs in May."
    )
    q = one(quotes(nlp, text), "indirect", "lose their jobs")
    assert q.speaker_text == "they" and q.speaker_name == "Ferry owners"
    # Negative: a group named as the subject before the words is still "they".
    text = "Harbour workers marched on Monday. They say the pier will close in May."
    assert one(quotes(nlp, text), "indirect", "pier will close").speaker_name == ("Harbour workers")
