"""Timeline rows from session 15's second read (invented text): a wire editor's note left in
the copy ("5th graf pvs") places no row, nor does a day given up for another ("flew home on
Monday rather than on Tuesday"), nor a time inside a quotation that runs across sentences
when its sentence shows no speaker (the row would be a fragment of someone's words); a time
quoted whole in one sentence, or in a sentence that names its speaker, and the day kept are
rows."""

from __future__ import annotations

from typing import Any

import pytest

from crossbrief.model import Article
from crossbrief.pipeline import brief_articles


def _rows(nlp: Any, text: str) -> list[tuple[str, str]]:
    brief = brief_articles([Article(id="a", text=text, published="2040-06-14")], nlp=nlp)
    return [(e.expression, e.text) for e in brief.timeline]


def test_a_wire_editing_note_places_no_row(nlp: Any) -> None:
    text = (
        "Ann Lee resigned as mayor of Orlen on Monday. "
        "On Wednesday, 5th graf pvs, the harbour board met in Velmora."
    )
    rows = _rows(nlp, text)
    assert not any("graf" in sentence for _, sentence in rows)
    assert any(expression == "Monday" for expression, _ in rows)


def test_a_day_given_up_for_another_is_no_row(nlp: Any) -> None:
    text = "Ann Lee flew home to Orlen on Monday rather than on Tuesday, her office said."
    expressions = [expression for expression, _ in _rows(nlp, text)]
    assert "Tuesday" not in expressions
    assert "Monday" in expressions


@pytest.mark.parametrize(("opening", "closing"), [("\u201c", "\u201d"), ("``", "''")])
def test_a_time_inside_a_quotation_across_sentences_is_no_row(
    nlp: Any, opening: str, closing: str
) -> None:
    text = (
        "Ann Lee resigned as mayor of Orlen on Monday. "
        f"{opening}It is shameful that in 2040 the harbour cannot be kept open. "
        f"Two weeks before Christmas, the quay looks like a ruin.{closing} "
        "Tom Reyes spoke in Velmora."
    )
    expressions = [expression for expression, _ in _rows(nlp, text)]
    assert "2040" not in expressions
    assert not any("Christmas" in expression for expression in expressions)
    assert "Monday" in expressions


def test_a_time_quoted_whole_in_one_sentence_is_a_row(nlp: Any) -> None:
    text = "\u201cThe harbour board met on Monday,\u201d Tom Reyes said in Orlen."
    assert any(expression == "Monday" for expression, _ in _rows(nlp, text))


def test_a_quotation_across_sentences_with_its_speaker_keeps_its_row(nlp: Any) -> None:
    text = (
        "Tom Reyes was blunt. \u201cThe quay was shut in March. "
        "The harbour board met on Monday,\u201d Tom Reyes said in Orlen."
    )
    assert any(expression == "Monday" for expression, _ in _rows(nlp, text))


def _dates(nlp: Any, *texts: str) -> list[tuple[str, str]]:
    articles = [Article(id=f"a{n}", text=text) for n, text in enumerate(texts)]
    brief = brief_articles(articles, nlp=nlp)
    return [(e.date, e.expression) for e in brief.timeline]


def test_a_yearless_day_takes_the_year_the_story_gives_its_month(nlp: Any) -> None:
    dates = _dates(
        nlp,
        "The ferry Orla sank off Velmora on Dec. 6, the harbour board said.",
        "Divers reached the wreck of the Orla on Saturday December 13 2031.",
    )
    assert ("2031-12-06", "Dec. 6") in dates
    # and it is listed before the later day, not after every dated row
    assert dates.index(("2031-12-06", "Dec. 6")) < [d for d, _ in dates].index("2031-12-13")


def test_a_yearless_day_takes_the_year_its_own_article_gave_its_month(nlp: Any) -> None:
    dates = _dates(
        nlp,
        "In November 1973, students occupied the hall in Velmora. "
        "Fearful of more, on Nov. 17 the police moved in.",
        "New protests in Velmora began on Nov. 20, 2031, the board said.",
    )
    assert ("1973-11-17", "Nov. 17") in dates


def test_a_yearless_day_stays_so_without_one_year_for_its_month(nlp: Any) -> None:
    # Another month's year, or two years for the month, tell nothing of this day's year.
    dates = _dates(
        nlp,
        "The ferry Orla sank off Velmora on Dec. 6, the harbour board said.",
        "Divers reached the wreck of the Orla in March 2031.",
    )
    assert ("XXXX-12-06", "Dec. 6") in dates
    dates = _dates(
        nlp,
        "The ferry Orla sank off Velmora on Dec. 6, the harbour board said.",
        "A ferry sank there in December 1990, and another on Dec. 20, 2031.",
    )
    assert ("XXXX-12-06", "Dec. 6") in dates
