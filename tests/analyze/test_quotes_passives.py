"""Passive reporting verbs with a 'by' agent, on invented sentences with the real pipeline."""

from __future__ import annotations

from typing import Any

import pytest

from tests.analyze.quote_rows import reported

_found = reported


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        (
            "The toll plan was criticized by harbour residents.",
            "harbour residents",
            "The toll plan",
        ),
        ("The ferry deal was first reported by the Gazette.", "the Gazette", "The ferry deal"),
    ],
)
def test_the_agent_of_a_passive_reporting_verb_is_the_source(
    nlp: Any, text: str, speaker: str, content: str
) -> None:
    found = _found(nlp, text)
    assert len(found) == 1
    assert found[0][0] == speaker
    assert found[0][1].startswith(content)


@pytest.mark.parametrize(
    "text",
    [
        "The toll plan was criticized last week.",  # no one is named
        "The toll plan was built by harbour engineers.",  # no reporting verb
        "The coastal towns were pushed by demographic shifts toward the opposition.",
    ],
)
def test_no_passive_attribution_without_a_source_who_reports(nlp: Any, text: str) -> None:
    assert _found(nlp, text) == []


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        ("The toll plan was rejected by harbour residents.", "harbour residents", "The toll plan"),
        ("Ann Lee was appointed by the governor.", "the governor", "Ann Lee"),
    ],
)
def test_a_verdict_in_the_passive_is_the_agents(
    nlp: Any, text: str, speaker: str, content: str
) -> None:
    found = _found(nlp, text)
    assert [s for s, _ in found] == [speaker]
    assert content in found[0][1]


def test_a_verdict_by_a_thing_is_no_ones(nlp: Any) -> None:
    assert _found(nlp, "The old pier was rejected by the tides.") == []


def test_a_side_taken_by_the_agent_of_a_participle_after_its_noun(nlp: Any) -> None:
    found = _found(nlp, "The toll plan, opposed by the harbour unions, was dropped in May.")
    assert found == [("the harbour unions", "The toll plan, opposed by the harbour unions")]


@pytest.mark.parametrize(
    "text",
    [
        # a maker or a source of the noun, no side taken on it
        "A letter written by Ann Lee was read aloud at the pier.",
        "The figures reported by the harbour office were lower.",
    ],
)
def test_a_participle_of_speech_after_its_noun_is_no_attribution(nlp: Any, text: str) -> None:
    assert _found(nlp, text) == []


def test_a_side_backed_by_a_thing_is_no_ones(nlp: Any) -> None:
    assert _found(nlp, "The toll plan, backed by new research, was adopted in May.") == []


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # the parser hangs the view's adjective on "by", with the agent as its determiner
        ("The toll plan was viewed by some as little more than a giveaway.", "some"),
        ("The new toll is seen by many as unfair to drivers.", "many"),
    ],
)
def test_the_agent_of_a_view_ends_before_its_as(nlp: Any, text: str, speaker: str) -> None:
    found = _found(nlp, text)
    assert [s for s, _ in found] == [speaker]


def test_an_agent_noun_with_its_adjective_keeps_them(nlp: Any) -> None:
    # Negative: an ordinary agent phrase is not cut to its determiner.
    found = _found(nlp, "The toll plan was criticized by some angry residents.")
    assert [s for s, _ in found] == ["some angry residents"]
