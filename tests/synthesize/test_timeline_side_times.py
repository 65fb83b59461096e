"""More side times that date a phrase of their sentence, not its main event (invented text):
a year in a relative clause of a sentence told in the present or the present perfect, the
figure a change starts from ("up from 42m in 2004"), a goal's deadline ("her target of ...
by 2004") in a sentence that tells a statement, a part of a year ("early 2003") in a
speaker's relative clause, and a headline's year naming an event with no determiner ("hit by
2004 floods"). Each has a negative case: the same time told as the sentence's own stays."""

from __future__ import annotations

from typing import Any

import pytest

from crossbrief.model import Article
from crossbrief.pipeline import brief_articles

RESIGNED = "Ann Lee resigned as mayor of Orlen on June 12."


def _dates(nlp: Any, sentence: str) -> list[str]:
    """The timeline's dates for ``sentence`` after a sentence dated June 12 (the years
    below are before the article's, which the tagger finds in invented text)."""
    text = f"{RESIGNED} {sentence}"
    brief = brief_articles([Article(id="a", text=text, published="2005-06-14")], nlp=nlp)
    return [e.date for e in brief.timeline]


@pytest.mark.parametrize(
    ("sentence", "gone"),
    [
        # The main verb in the present perfect: the ban is news, the collapse background.
        (
            "Velmora Bank has been barred from suing Orlen Dairies, the milk group which "
            "collapsed in 2003 after a fraud.",
            "2003",
        ),
        # The main verb in the present ("hopes"), the clause in the middle of the sentence.
        (
            "Orlen Dairies, which collapsed in 2003 after a fraud, hopes to return to the "
            "Velmora exchange in the autumn.",
            "2003",
        ),
        ("Ann Lee, whose firm opened the quay in 1994, now chairs the harbour board.", "1994"),
        # A part of a year in a speaker's relative clause.
        (
            "Her aides say she wants to study the Velmora schools, which stopped charging fees "
            "in early 2003.",
            "2003",
        ),
        # The figure a change starts from.
        (
            "Its profit for the quarter was 91m crowns, up from 42m in the same period of 2004.",
            "2004",
        ),
        ("Freight through the quay rose to 9m tonnes from 6m tonnes in 2003.", "2003"),
        # A goal's deadline in a sentence that tells an accusation.
        (
            "The opposition accused Ann Lee of missing her target of building 500 homes by 2004.",
            "2004",
        ),
        # A headline naming an event by its year with no determiner.
        ("Storm strikes Orlen coast in region hit by 2004 floods", "2004"),
    ],
)
def test_a_side_time_makes_no_entry(nlp: Any, sentence: str, gone: str) -> None:
    assert not any(date.startswith(gone) for date in _dates(nlp, sentence))


@pytest.mark.parametrize(
    ("sentence", "kept"),
    [
        # Negative: a relative clause's year in a sentence told in the past may be its news.
        ("Ann Lee, whose firm opened the quay in 1994, chaired the harbour board.", "1994"),
        # Negative: a modal main verb is no present.
        (
            "Orlen Dairies, which collapsed in 2003 after a fraud, could return to the "
            "Velmora exchange.",
            "2003",
        ),
        # Negative: a change in a year, with no figure it starts from.
        ("Freight through the quay rose from the south in 2003.", "2003"),
        # Negative: a clock time after "from" is no figure.
        ("Polling stations in Orlen open from 9am on June 20.", "-06-20"),
        # Negative: a goal alone in its sentence tells what is to come then.
        ("The harbour board's goal is to open the new quay by 2007.", "2007"),
        # Negative: a deadline with no goal noun is the sentence's own.
        ("The quay must reopen by 2007, the harbour board said.", "2007"),
        # Negative: a year opening a clause after a preposition is a time, not a name.
        ("By 2003 the war in Velmora had ended.", "2003"),
        # Negative: the event named by its year opens its sentence: the sentence is its.
        ("The 2003 floods destroyed the old quay in Orlen.", "2003"),
    ],
)
def test_the_same_time_as_the_sentences_own_keeps_its_entry(
    nlp: Any, sentence: str, kept: str
) -> None:
    assert any(kept in date for date in _dates(nlp, sentence))
