"""Reporting verbs in a frame where they name an act (a discovery, a sight, a court's
ruling, a name given, a plan's requirement) make no ledger row; their reporting senses keep
theirs. Invented sentences through the real pipeline."""

from __future__ import annotations

from typing import Any

import pytest
from spacy.tokens import Doc

from crossbrief.analyze.quotes.plain_acts import plain_act
from tests.analyze.quote_rows import VOCAB, reported


@pytest.mark.parametrize(
    "text",
    [
        "The girl was found by her uncle near the old mill after the flood.",
        "The crates had been moved before they were seen by two harbour inspectors.",
        "The appeal of the ferry firm was rejected by the harbour court on Friday.",
        "A charge of theft against Tom Reed was dismissed by the five-member panel.",
        "The plan called for the divers to carry two heavy pumps up the pier.",
        "They went to the farm and found Tom Reed's cousin, Ged, 41, shot dead in the yard.",
    ],
)
def test_an_act_named_by_a_reporting_verb_makes_no_row(nlp: Any, text: str) -> None:
    assert reported(nlp, text) == []


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("The harbour report was seen by aides as a warning to the mayor.", "aides"),
        ("The claims were dismissed by the mayor as nonsense.", "the mayor"),
        ("The dock union called for a strike on Monday.", "The dock union"),
        ("Ann Lee called the toll plan a disgrace.", "Ann Lee"),
        ("The toll plan was rejected by harbour residents.", "harbour residents"),
        ("The toll plan was rejected by the harbour council.", "the harbour council"),
        ("The inspectors found that the old pier was unsafe.", "The inspectors"),
    ],
)
def test_the_reporting_sense_of_the_same_verbs_keeps_its_row(
    nlp: Any, text: str, speaker: str
) -> None:
    assert [s for s, _ in reported(nlp, text)] == [speaker]


def _called(words: list[str], heads: list[int], deps: list[str], tags: list[str]) -> bool:
    doc = Doc(VOCAB, words=words, heads=heads, deps=deps, tags=tags)
    return plain_act(doc[words.index("called")])


def test_a_name_given_with_called_is_no_report_even_parsed_as_a_clause() -> None:
    # "..., a cargo hub called Senna." read by the parser as a clause with "called" its root
    assert _called(
        ["a", "hub", "called", "Senna", "."],
        [1, 2, 2, 2, 2],
        ["det", "nsubj", "ROOT", "oprd", "punct"],
        ["DT", "NN", "VBN", "NNP", "."],
    )


def test_calling_something_a_name_of_blame_stays_a_report() -> None:
    # Negative: "Lee called the plan a disgrace" names two things and judges one.
    assert not _called(
        ["Lee", "called", "the", "plan", "a", "disgrace", "."],
        [1, 1, 3, 1, 5, 1, 1],
        ["nsubj", "ROOT", "det", "dobj", "det", "oprd", "punct"],
        ["NNP", "VBD", "DT", "NN", "DT", "NN", "."],
    )
