"""A relative clause at the end of reported content that names its own source ("a move
critics say weakens ...", "rules that critics say weaken ...", "a plan, which critics say
is ...") is not the words of the content's speaker: their content ends before it, and the
clause's own subject reports it. Reported words that report someone else ("Lee said critics
say the plan is bad") stay whole. Invented sentences, real pipeline."""

from __future__ import annotations

from typing import Any

import pytest

from tests.analyze.test_quotes import indirect


@pytest.mark.parametrize(
    ("text", "own", "theirs"),
    [
        (
            "Brookfield Port said on Monday it would buy the site, a move environmental groups"
            " say weakens the coast rules.",
            "Brookfield Port",
            "weakens the coast rules",
        ),
        (
            "The harbour board backed a new ticketing plan, which critics say is more costly"
            " for families.",
            "The harbour board",
            "is more costly",
        ),
    ],
)
def test_a_relative_clause_with_its_own_source_leaves_the_content(
    nlp: Any, text: str, own: str, theirs: str
) -> None:
    found = indirect(nlp, text)
    outer = [q for q in found if q.speaker_text == own]
    assert outer and all(theirs not in q.text for q in outer)
    assert any(theirs in q.text and q.speaker_text != own for q in found)


def test_content_that_is_only_such_a_clause_is_no_one_elses(nlp: Any) -> None:
    text = (
        "The harbour board issued two late rules on Thursday that environmentalists say"
        " weaken protection for seals."
    )
    found = indirect(nlp, text)
    assert [q.speaker_text for q in found if "weaken" in q.text] == ["environmentalists"]


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        # a report of a report: the critics' clause has its own subject, and stays the mayor's
        ("Mayor Ann Lee said critics say the plan is too costly.", "Mayor Ann Lee", "too costly"),
        # a "that" of the cue's own clause, whose verb reports nothing said
        (
            "Tom Varga was called to testify that he saw the crash at the pier.",
            "Tom Varga",
            "he saw the crash",
        ),
        # a relative on a verb of wanting or asking is no source ("the post he wanted to
        # hold", "the drivers the board polled use ...")
        (
            "Velmora officials argue Tom Reed has been unfair in attacking the board he once"
            " wanted to lead.",
            "Velmora officials",
            "wanted to lead",
        ),
        (
            "Ann Lee said that now half of the drivers the board questioned use the ferry.",
            "Ann Lee",
            "use the ferry",
        ),
        # a relative clause with no source of its own stays in the content
        (
            "Tom Reed said the port would buy the site, which the board owns.",
            "Tom Reed",
            "which the board owns",
        ),
    ],
)
def test_other_clauses_stay_in_the_content(nlp: Any, text: str, speaker: str, content: str) -> None:
    found = indirect(nlp, text)
    assert any(q.speaker_text == speaker and content in q.text for q in found)


def test_the_noun_the_clause_is_on_is_no_part_of_its_speaker(nlp: Any) -> None:
    text = (
        "Brookfield Port said on Monday it would buy the site, a move environmental groups"
        " say weakens the coast rules."
    )
    inner = [q for q in indirect(nlp, text) if "weakens" in q.text]
    assert [q.speaker_text for q in inner] == ["environmental groups"]


def test_a_plural_speaker_keeps_its_own_modifiers(nlp: Any) -> None:
    # Negative: no singular noun before the speaker, whose phrase stays whole.
    text = "Many local environmental groups say the new rules weaken the coast act."
    assert [q.speaker_text for q in indirect(nlp, text)] == ["Many local environmental groups"]
