"""Reported speech that should not be found, or not with that extent: what a cue after a
quote reports, and refusals to comment. Invented text, real pipeline."""

from __future__ import annotations

from typing import Any

import pytest

from crossbrief.analyze.quotes import is_refusal
from tests.analyze.test_quotes import one, quotes


def test_a_cue_after_a_quote_reports_the_quote_not_the_clause_after_it(nlp: Any) -> None:
    # The parser makes "said" an aside to a host clause that runs on past it.
    text = "\u201cThe ferry will run,\u201d Quist said, while insisting the toll would stay."
    found = quotes(nlp, text)
    q = one(found, "direct", "ferry")
    assert q.speaker_text == "Quist"
    # No reported speech runs over the quote, its cue and the clause after them.
    assert not [r for r in found if r.kind == "indirect" and "ferry" in r.text]
    assert one(found, "indirect", "toll").cue == "insisting"


def test_a_cue_set_into_unquoted_words_still_reports_all_of_them(nlp: Any) -> None:
    q = one(quotes(nlp, "The ferry, Mara Quist said, will run on time."), "indirect", "ferry")
    assert q.text.endswith("will run on time")


def test_a_cue_after_a_partial_quote_keeps_the_words_before_it(nlp: Any) -> None:
    # The quote does not open the sentence: the reported speech is all that comes before.
    text = 'Riders have "a higher set of hopes for the ferry," Quist said, as the pier closed.'
    q = one(quotes(nlp, text), "indirect", "Riders")
    assert q.text.startswith("Riders have")
    assert "hopes for the ferry" in q.text


@pytest.mark.parametrize(
    "text",
    [
        "Tom Varga declined to comment.",
        "Tom Varga declined to comment on the case over the pier.",
        "The ferry company declined to say whether it would appeal.",
        "Tom Varga refused to answer any questions on the pier.",
        "Tom Varga would not comment on the lawsuit.",
    ],
)
def test_a_refusal_to_speak_is_kept_as_an_attribution_and_marked(nlp: Any, text: str) -> None:
    # PolNeAR annotates "declined" + "to comment": the attribution stays, with its speaker.
    found = [q for q in quotes(nlp, text) if q.kind == "indirect"]
    assert len(found) == 1
    assert found[0].speaker_text in {"Tom Varga", "The ferry company"}
    assert is_refusal(text, found[0])


@pytest.mark.parametrize(
    "text",
    [
        "Tom Varga declined to endorse the new toll.",  # a side taken, not a refusal to speak
        "Tom Varga said the toll would rise in May.",
        "Tom Varga commented that the toll would rise in May.",
    ],
)
def test_a_statement_or_a_side_taken_is_no_refusal(nlp: Any, text: str) -> None:
    found = [q for q in quotes(nlp, text) if q.kind == "indirect"]
    assert found
    assert not any(is_refusal(text, q) for q in found)


def test_a_quote_the_writers_sentence_runs_on_from_is_part_of_its_reported_speech(
    nlp: Any,
) -> None:
    text = (
        "\u201cMany would call that a loss for the harbour\u201d if she won by less than "
        "ten points, said Tom Varga, a pilot."
    )
    found = quotes(nlp, text)
    assert not [q for q in found if q.kind == "direct"]
    reported = one(found, "indirect", "ten points")
    part = one(found, "partial", "loss for the harbour")
    assert part.cue_start == reported.cue_start


def test_reported_speech_opened_by_a_quote_ending_in_a_comma_is_the_quote(nlp: Any) -> None:
    # What follows the quote's comma ("when asked ...") is the writer's, not Varga's words.
    text = "Varga had previously said, \u201cWe\u2019ll see,\u201d when asked whether he would run."
    found = quotes(nlp, text)
    assert one(found, "direct", "see").speaker_text == "Varga"
    assert not [q for q in found if q.kind == "indirect" and q.cue == "said"]


def test_a_whole_quote_after_its_cue_stays_direct(nlp: Any) -> None:
    text = "\u201cThe toll is far too high,\u201d Varga said on Monday."
    assert one(quotes(nlp, text), "direct", "toll").cue == "said"
