"""A tag set inside the words it reports ('X, Ms. Lee says, but Y') is the line's
attribution, not its content: the ledger line reads without it. Invented text, real
pipeline."""

from __future__ import annotations

from typing import Any

from crossbrief.model import Article, Quote
from crossbrief.pipeline import brief_articles
from crossbrief.synthesize.ledger_tags import without_tag


def _lines(nlp: Any, text: str) -> list[str]:
    arts = [Article(id="a", text=text)]
    return [q.text for q in brief_articles(arts, nlp=nlp).quotes if q.kind == "indirect"]


def test_a_tag_between_two_clauses_leaves_the_line(nlp: Any) -> None:
    text = (
        "The harbour rules might now and then be bent, Ms. Lee says, but over the years "
        "the town gains from a law that keeps the pier open to all."
    )
    (line,) = _lines(nlp, text)
    assert "Ms. Lee says" not in line
    assert line.startswith("The harbour rules might now and then be bent, but over the years")


def test_a_tag_inside_a_clause_leaves_no_commas(nlp: Any) -> None:
    (line,) = _lines(nlp, "The new tolls, Ms. Lee says, will hurt the ferry trade badly.")
    assert line == "The new tolls will hurt the ferry trade badly"


def test_a_tag_after_the_content_is_no_part_of_it(nlp: Any) -> None:
    # negative: a tag at the end was never inside the line; the line stays as it was
    (line,) = _lines(nlp, "The new tolls will hurt the ferry trade badly, Ms. Lee says.")
    assert line == "The new tolls will hurt the ferry trade badly"


def test_commas_inside_the_content_stay(nlp: Any) -> None:
    # negative: a comma of the content's own is not a tag's
    (line,) = _lines(nlp, "Ms. Lee says the tolls, which rose in May, hurt the ferry trade.")
    assert line == "the tolls, which rose in May, hurt the ferry trade"


def test_a_tag_after_a_relative_pronoun_leaves_the_line(nlp: Any) -> None:
    text = "He faces fraud charges, which he says were invented by his rivals in the council."
    (line,) = _lines(nlp, text)
    assert line == "fraud charges, which were invented by his rivals in the council"


def test_a_speaker_phrase_past_a_comma_is_left_in_the_line() -> None:
    # negative: a speaker span that runs past a comma may have taken the content's words
    text = "It was, according to Ann Lee, the old dock, that burned"
    cue = text.index("according to")
    q = Quote(
        text=text,
        start=0,
        end=len(text),
        kind="indirect",
        speaker_text="Ann Lee, the old dock",
        speaker_start=cue + 13,
        speaker_end=text.index(", that"),
        cue="according to",
        cue_start=cue,
        cue_end=cue + 12,
    )
    assert without_tag(q) == text


def test_the_comma_after_an_opening_clause_stays(nlp: Any) -> None:
    text = "When the tide rose at dawn, Ms. Lee says, the old pier shut for the day."
    (line,) = _lines(nlp, text)
    assert line == "When the tide rose at dawn, the old pier shut for the day"
