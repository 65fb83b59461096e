"""A citation never gives another value of the cited sentence's figure, even one told as a
bound ("up to 25 years" for "at least 12 years") or by an article ("a life term" for "three
life terms"). Invented text."""

from __future__ import annotations

import pytest

from crossbrief.model import SentenceRef, SummarySentence
from crossbrief.synthesize.agree import reading
from crossbrief.synthesize.citations import agreeing_summary
from crossbrief.synthesize.cite_values import other_value
from tests.synthesize.builders import outlets_story

WALL_15 = "The new harbour wall will protect the town of Velmora for at least 12 years."
WALL_20 = "The wall will protect the town of Velmora for up to 25 years, the board said."
WALL_PLAIN = "The wall will protect the town of Velmora for 12 years, the board said."
ONE = "Ola Brenn, the ferry captain, was given a life term for the harbour fire."
MANY = "Ola Brenn, the ferry captain, was given three life terms for the harbour fire."


@pytest.mark.parametrize(
    ("cited", "source"),
    [
        (WALL_15, WALL_20),
        (WALL_20, WALL_15),
        (ONE, MANY),
        (MANY, ONE),
        ("Ivo Tarn was freed after 12 days in custody.", "Ivo Tarn was freed after 9 days."),
        # A verb that opens like a month ("declined", "marched") is no date: its number
        # stays a figure.
        ("Ferry fares declined 9 percent in Velmora.", "Ferry fares fell 12 percent in Velmora."),
        ("Ferry fares fell 9 percent in Velmora.", "Ferry fares decreased 12 percent in Velmora."),
    ],
)
def test_another_value_of_the_figure_is_found(cited: str, source: str) -> None:
    assert other_value(cited, source)


@pytest.mark.parametrize(
    ("cited", "source"),
    [
        # Negative: the same number, bounded or not, agrees.
        (WALL_15, WALL_PLAIN),
        # Negative: a source that gives both numbers also gives the cited one.
        (WALL_15, "Built to last at least 12 years, the wall may stand for up to 25 years."),
        # Negative: numbers of different things ("15 years" / "40 workers").
        (WALL_15, "The wall, built by 40 workers, will protect Velmora for decades."),
        # Negative: one of many picks one out, and a bound counts no number of sentences.
        (ONE, "Ola Brenn is one of three men given life terms."),
        (ONE, "Ola Brenn could be given up to three life terms."),
        # Negative: a source that also counts it as one.
        (ONE, "Ola Brenn got a life term; two life terms were handed to his crew."),
        # Negative: a date's day is no figure, spelt in full or cut short with a dot.
        ("Ferry fares fell 12 percent on March 9.", "Ferry fares fell 12 percent on Mar. 20."),
        ("Fares fell 12 percent on Sept 9.", "Fares fell 12 percent on September 20."),
    ],
)
def test_the_same_value_or_another_thing_is_no_other_value(cited: str, source: str) -> None:
    assert not other_value(cited, source)


def test_a_summary_sentence_does_not_cite_a_bound_of_another_number() -> None:
    story = outlets_story({"a": WALL_15, "b": WALL_20, "c": WALL_PLAIN})
    refs = tuple(SentenceRef(k, 0) for k in "abc")
    (line,) = agreeing_summary(story, [SummarySentence(WALL_15, refs, 3)], [])
    assert [r.article for r in line.sources] == ["a", "c"]
    assert line.support == 2


def test_a_capital_pc_after_a_number_is_no_percentage() -> None:
    # review, session 23: the per cent spellings were read after lower-casing, so a capital
    # "PC" (a computer, a constable) after a number became "percent"
    assert ("2", "percent") not in reading("Orvex sold 2 PC lines in Velmora.").counted
    assert ("2", "percent") in reading("Orvex shares rose 2pc in Velmora.").counted
    assert not other_value("Orvex made 30 PC models.", "Orvex made 40 percent of models.")
    assert other_value("Orvex shares rose 12pc.", "Orvex shares rose 15 per cent.")
