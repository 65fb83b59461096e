"""Verbs that report only in one frame: their everyday senses report nothing, their
reporting frames still do. Invented sentences, real pipeline."""

from __future__ import annotations

from typing import Any

import pytest

from crossbrief.analyze import analyze_article
from crossbrief.analyze.quotes import is_position
from crossbrief.model import Article
from tests.analyze.test_quotes import indirect


@pytest.mark.parametrize(
    "text",
    [
        "Police released the suspect on Tuesday.",
        "The council ordered 200 new buses.",
        "Rescuers could not identify the victims.",
        "Investigators are trying to understand what caused the crash.",
        "The mayor unveiled a statue.",
        "The senator introduced her husband to the crowd.",
        "The company promoted Ann Lee to harbour manager.",
        "Tom Varga looks to be in trouble.",
        "Ann Lee campaigned for three weeks.",
        "Ann Lee campaigned for president in Ohio.",
        "Ann Lee campaigned for the presidency in 2016.",
        "Ann Lee campaigned for the nomination in Iowa.",
        "Ann Lee campaigned hard for the leadership of the party.",
        "Ann Lee campaigned for the Senate in 2018.",
        "The boy was adopted by a local family.",
        "The victims were identified by their families.",
        "The crew feared for their lives.",
        # a prize or a player taken, not a claim made
        "The Gulls claimed the top prize of the summer in Tom Reed.",
        "The Gulls claimed Tom Reed off waivers on Monday.",
    ],
)
def test_an_everyday_sense_of_a_reporting_verb_reports_nothing(nlp: Any, text: str) -> None:
    assert indirect(nlp, text) == []


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("Police released a report on the crash.", "a report on the crash"),
        ("The council ordered an inquiry into the crash.", "an inquiry into the crash"),
        ("Ann Lee ordered the crew to leave the harbour.", "the crew to leave the harbour"),
        ("Police identified Tom Varga as the driver.", "Tom Varga as the driver"),
        ("Ann Lee understands that the ferry is late.", "the ferry is late"),
        ("The senator introduced a bill on harbour fees.", "a bill on harbour fees"),
        ("Tom Varga is looking to win the harbour seat.", "to win the harbour seat"),
        ("Ann Lee campaigned for the new bridge.", "the new bridge"),
        # An office word with a determiner is a person: a side taken, not a race entered.
        ("Obama campaigned for the senator in Ohio on Monday.", "the senator"),
        ("Lee voted for the governor in the primary.", "the governor"),
        ("The rebels claimed responsibility for the blast.", "responsibility for the blast"),
        ("Tom Reed claimed that the prize was rigged.", "the prize was rigged"),
    ],
)
def test_the_reporting_frame_still_reports(nlp: Any, text: str, content: str) -> None:
    found = indirect(nlp, text)
    assert len(found) == 1
    assert content in found[0].text


def test_a_verdict_in_the_passive_is_a_position(nlp: Any) -> None:
    found = indirect(nlp, "The toll plan was rejected by the harbour council.")
    assert [q.speaker_text for q in found] == ["the harbour council"]
    assert is_position(found[0].cue)


@pytest.mark.parametrize(
    "text",
    [
        'Members jeered the man as Reed read his verdict upon the mayor: "You have done great'
        ' harm to this town."',
        "Members jeered the man as Reed read his verdict upon the mayor: ``You have done great"
        " harm to this town.''",
    ],
)
def test_words_read_out_before_a_colon_are_the_readers(nlp: Any, text: str) -> None:
    quotes = analyze_article(Article(id="t", text=text), nlp).quotes
    direct = [q for q in quotes if q.kind == "direct"]
    assert [q.speaker_text for q in direct] == ["Reed"]


def test_a_text_read_before_a_colon_with_no_marks_reads_nothing_out(nlp: Any) -> None:
    text = "Ann Lee read the harbour report: it was long and dull."
    assert not analyze_article(Article(id="t", text=text), nlp).quotes
