"""Reporting verbs of memory, understanding and declaring, and acts of taking a side by
accepting, ignoring, signing or promoting, on invented sentences with the real pipeline."""

from __future__ import annotations

from typing import Any

import pytest

from crossbrief.analyze import analyze_article
from crossbrief.model import Article
from tests.analyze.quote_rows import reported

_found = reported


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        ("Ann Lee remembered that the ferry had run every hour.", "Ann Lee", "the ferry had"),
        ("The harbour board identified the pier as a hazard.", "The harbour board", "the pier"),
        ("Tom Varga credited the volunteers with saving the pier.", "Tom Varga", "volunteers"),
        ("The mayor disclosed that the toll would double.", "The mayor", "the toll would"),
        ("The governor ordered an inquiry into the ferry crash.", "The governor", "an inquiry"),
        ("The council released a report on the harbour repairs.", "The council", "a report"),
        ("Ann Lee signed the petition against the toll.", "Ann Lee", "the petition"),
    ],
)
def test_declaring_and_remembering_are_reported(
    nlp: Any, text: str, speaker: str, content: str
) -> None:
    found = _found(nlp, text)
    assert [s for s, _ in found] == [speaker]
    assert content in found[0][1]


@pytest.mark.parametrize(
    "text",
    [
        "The storm ignored the new sea wall and flooded the pier.",
        "A firm named Dockline runs the ferry.",
    ],
)
def test_things_and_names_are_no_speakers_of_the_new_cues(nlp: Any, text: str) -> None:
    assert _found(nlp, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "It’s whether the ferry can run in winter that matters.",
        "It’s unclear whether the ferry can run.",
        "It’s that the ferry is too slow for commuters.",
    ],
)
def test_a_clause_after_be_is_held_by_no_one(nlp: Any, text: str) -> None:
    assert _found(nlp, text) == []


@pytest.mark.parametrize(
    ("text", "cue", "tail"),
    [
        (
            "Ann Lee was asked about the ferry fares and whether she would cut them.",
            "asked",
            "whether she would cut them",
        ),
        (
            "Tom Varga talked about the harbour and how many boats can moor there.",
            "talked",
            "how many boats can moor there",
        ),
    ],
)
def test_a_question_coordinated_with_the_object_is_reported_too(
    nlp: Any, text: str, cue: str, tail: str
) -> None:
    quotes = analyze_article(Article(id="t", text=text), nlp).quotes
    found = [q for q in quotes if q.kind == "indirect" and q.cue == cue]
    assert len(found) == 1
    assert found[0].text.endswith(tail)


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        (
            "Ann Lee cast her rival as a friend of the ferry owners.",
            "Ann Lee",
            "her rival as a friend of the ferry owners",
        ),
        ("Tom Varga cast doubt on the harbour figures.", "Tom Varga", "the harbour figures"),
        ("Many voters cast ballots for Ann Lee.", "Many voters", "ballots for Ann Lee"),
    ],
)
def test_what_is_cast_as_for_or_on_someone_is_a_stance(
    nlp: Any, text: str, speaker: str, content: str
) -> None:
    found = _found(nlp, text)
    assert [s for s, _ in found] == [speaker]
    assert content in found[0][1]


def test_a_ballot_cast_on_a_day_is_no_stance(nlp: Any) -> None:
    assert _found(nlp, "Ann Lee cast a ballot on Tuesday.") == []


def test_a_phrase_after_a_closing_quote_mark_continues_the_content(nlp: Any) -> None:
    text = "Lee told reporters the toll is “peanuts,” compared to what the ferry costs."
    found = [
        q for q in analyze_article(Article(id="t", text=text), nlp).quotes if q.kind == "indirect"
    ]
    assert len(found) == 1
    assert found[0].text.endswith("compared to what the ferry costs")


def test_a_quoted_word_inside_reported_content_does_not_stop_its_run_on(nlp: Any) -> None:
    text = "Lee said the pier was “unsafe,” but the ferry still ran every hour."
    found = [
        q for q in analyze_article(Article(id="t", text=text), nlp).quotes if q.kind == "indirect"
    ]
    assert len(found) == 1
    assert found[0].text.endswith("the ferry still ran every hour")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ann Lee's explanation of the toll increase satisfied few residents.",
            [("Ann Lee's", "explanation of the toll increase")],
        ),
        ("The explanation of the storm surprised no one.", []),
    ],
)
def test_an_explanation_of_something_is_its_possessors(
    nlp: Any, text: str, expected: list[tuple[str, str]]
) -> None:
    assert _found(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ann Lee is looking to unseat the mayor.", [("Ann Lee", "looking to unseat the mayor")]),
        ("Ann Lee looked at the harbour plans.", []),
        ("The pier looks like a ruin.", []),
    ],
)
def test_looking_to_do_something_is_an_aim(
    nlp: Any, text: str, expected: list[tuple[str, str]]
) -> None:
    assert _found(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ann Lee is thinking about closing the pier.",
            [("Ann Lee", "thinking about closing the pier")],
        ),
        (
            "Tom Varga hoped for a quick vote on the toll.",
            [("Tom Varga", "hoped for a quick vote on the toll")],
        ),
    ],
)
def test_what_someone_thinks_or_hopes_about_is_reported(
    nlp: Any, text: str, expected: list[tuple[str, str]]
) -> None:
    assert _found(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ann Lee hinted at a run for mayor.", [("Ann Lee", "hinted at a run for mayor")]),
        ("Kim boasted about her record on the ferry.", [("Kim", "boasted about her record")]),
        ("Ann Lee spoke at a rally in the harbour.", []),
    ],
)
def test_hints_and_boasts_report_what_they_are_about(
    nlp: Any, text: str, expected: list[tuple[str, str]]
) -> None:
    found = _found(nlp, text)
    assert [s for s, _ in found] == [s for s, _ in expected]
    assert all(c in t for (_, c), (_, t) in zip(expected, found, strict=True))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ann Lee campaigned for a new ferry.", [("Ann Lee", "campaigned for a new ferry")]),
        (
            "Tom Varga vouched for the harbour master.",
            [("Tom Varga", "vouched for the harbour master")],
        ),
    ],
)
def test_campaigning_or_vouching_for_someone_takes_a_side(
    nlp: Any, text: str, expected: list[tuple[str, str]]
) -> None:
    assert _found(nlp, text) == expected
