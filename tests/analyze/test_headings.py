"""Headings in an article's text (titles, section heads, standfirsts): found from the text
alone, kept by analysis, and given no ledger line, fact or summary sentence. Invented text."""

from __future__ import annotations

from typing import Any

import pytest

from crossbrief.analyze.paragraphs import Paragraph, heading_spans, paragraph_spans
from crossbrief.model import AnalyzedArticle, Article, Span


def _headings(text: str, nlp: Any = None) -> list[str]:
    """The headings of ``text``, found with its parse when ``nlp`` is given."""
    parsed = [Paragraph(s, nlp(text[s:e])) for s, e in paragraph_spans(text)] if nlp else []
    return [text[s:e] for s, e in heading_spans(text, parsed)]


BODY = (
    "The ferry company said on Monday that the harbour route would close in May.\n\n"
    "Residents of the island said they had not been told of the plan before."
)


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # a section head labelled with a name
        ("Lee: Ahead by a mile.\n\n" + BODY, ["Lee: Ahead by a mile."]),
        (
            "The race for the harbour seat is close, and every candidate has a plan.\n\n"
            "Voss: PUSH ON TO Ohio.\n\n" + BODY,
            ["Voss: PUSH ON TO Ohio."],
        ),
        # a head glued to the paragraph it opens, with no closing mark
        (BODY + "\n\nLee: Keep it\nIf Lee won the vote she would lead the race.", ["Lee: Keep it"]),
        # a title line with no final punctuation
        (
            "Ferry company condemns harbour closure plan\n\n" + BODY,
            ["Ferry company condemns harbour closure plan"],
        ),
        # a standfirst: the first paragraph of a longer article, one short sentence
        (
            "What each ferry needs in the harbour showdown.\n\n" + BODY + "\n\nMore text.",
            ["What each ferry needs in the harbour showdown."],
        ),
        (
            "Island couple struggle with new fame.\n\n" + BODY + "\n\nMore text.",
            ["Island couple struggle with new fame."],
        ),
        # a list whose lines are no clauses is a table's cells, no claims
        (
            BODY + "\n\nLeeds v Hull\n\nNorwich or Bury v Millwall\n\nMore text follows.",
            ["Leeds v Hull", "Norwich or Bury v Millwall"],
        ),
        # a one-line claim without a stop, alone among sentences, is a sentence of the story
        (
            BODY + "\n\nThe mayor said the bridge would cost £10bn\n\nMore text follows.\n\n"
            "Harbour plans at a glance\n\nThe plan has three parts.",
            ["Harbour plans at a glance"],
        ),
    ],
)
def test_headings_are_found(text: str, found: list[str], nlp: Any) -> None:
    assert _headings(text, nlp) == found


def test_without_the_parse_no_paragraph_is_a_standfirst() -> None:
    # an analysis cached before: the lead stays the lead
    assert (
        _headings("What each ferry needs in the harbour showdown.\n\n" + BODY + "\n\nMore.") == []
    )


@pytest.mark.parametrize(
    "text",
    [
        BODY,  # sentences of the story
        # a transcript's labelled lines are speech, however short some are
        "Lee: I think the ferry will run again next year, whatever the company says.\n\n"
        "Voss: Not a chance.\n\n" + BODY,
        # a labelled line with a comma reads as speech, not a head
        BODY + "\n\nLee: Well, the plan is bad.\n\nMore text follows here.",
        # a transcript label in capitals opens speech
        BODY + "\n\nLEE: We will win.\n\nMore text follows here.",
        # a short sentence later in the article is no standfirst
        BODY + "\n\nIt's game time.\n\nMore text follows here.",
        # a short first paragraph of a two-paragraph article is its lead
        "The ferry will close.\n\nResidents said they had not been told.",
        # a short lead told in the past, or with a perfect or a modal, is no standfirst
        "Five people died in a harbour fire on Sunday, police said.\n\n" + BODY,
        "A new harbour master has been appointed.\n\n" + BODY,
        # a list of key points: one-line paragraphs without a final stop
        BODY + "\n\nUnemployment fell to 4.1% in March\n\nLee said the plan would cost $5bn"
        "\n\nMore text follows here.",
        BODY + "\n\nUnemployment falls to 4.1%\n\nLee says the plan will cost $5bn\n\nMore text.",
    ],
)
def test_sentences_are_no_headings(text: str, nlp: Any) -> None:
    assert _headings(text, nlp) == []


def test_analysis_marks_headings_and_cached_analyses_get_them(nlp: Any) -> None:
    from crossbrief.analyze import analyze_article

    text = "Lee: Ahead by a mile.\n\n" + BODY
    analyzed = analyze_article(Article(id="a", text=text), nlp)
    assert analyzed.headings == (Span(0, len("Lee: Ahead by a mile.")),)
    data = analyzed.to_dict()
    assert AnalyzedArticle.from_dict(data).headings == analyzed.headings
    del data["headings"]  # saved before headings were marked: found from the text
    assert AnalyzedArticle.from_dict(data).headings == analyzed.headings


def test_a_heading_label_is_no_entity(nlp: Any) -> None:
    from crossbrief.analyze import analyze_article

    text = "Hale: A late rally.\n\nTom Hale spoke in Orsk on Monday night."
    mentions = analyze_article(Article(id="a", text=text), nlp).mentions
    assert all(": " not in m.text for m in mentions)
    assert any(m.text == "Tom Hale" for m in mentions)
