"""Headings and the forms of "be" and "have" the pipeline leaves without a lemma: a curly
apostrophe's contractions ("’s", "’re", "’ve"), "been" after "’s" ("has"), and "having"
read as the straight-apostrophe or full forms are read. Invented text, the real model."""

from __future__ import annotations

from typing import Any

import pytest

from crossbrief.analyze.paragraphs import Paragraph, heading_spans, paragraph_spans

BODY = (
    "The ferry company said on Monday that the harbour route would close in May.\n\n"
    "Residents of the island said they had not been told of the plan before.\n\n"
    "More text."
)


def _headings(text: str, nlp: Any) -> list[str]:
    """The headings of ``text``, found with its parse."""
    parsed = [Paragraph(s, nlp(text[s:e])) for s, e in paragraph_spans(text)]
    return [text[s:e] for s, e in heading_spans(text, parsed)]


@pytest.mark.parametrize(
    "first",
    [
        # a standfirst told with "be" is a lead, not a headline ("is popular")
        "It’s popular with the crews of the Velmora ferry.",
        "They’re ready for the vote on the Velmora pier.",
        # "ai" of "ain’t": the ruler gives it "be" only with a straight apostrophe
        "It ain’t popular with the crews of the Velmora ferry.",
    ],
)
def test_a_lead_told_with_a_curly_contraction_of_be_is_no_standfirst(first: str, nlp: Any) -> None:
    straight = first.replace("’", "'")
    assert _headings(straight + "\n\n" + BODY, nlp) == []  # as the straight form reads
    assert _headings(first + "\n\n" + BODY, nlp) == []


def test_a_standfirst_in_the_headline_present_stays_a_heading(nlp: Any) -> None:
    first = "Velmora ferry crews face a long winter at the pier."
    assert _headings(first + "\n\n" + BODY, nlp) == [first]


@pytest.mark.parametrize(
    "line",
    [
        "They’ve left the harbour board of Velmora",  # perfect with a curly "’ve"
        "She’s been named harbour master of Velmora",  # "’s been": "has been"
        "She's been named harbour master of Velmora",  # read as "is" by the ruler
    ],
)
def test_a_line_told_in_the_perfect_after_the_title_is_no_heading(line: str, nlp: Any) -> None:
    text = BODY + "\n\n" + line + "\n\nThe board met again on Tuesday."
    assert _headings(text, nlp) == []


def test_an_unpunctuated_line_that_tells_nothing_stays_a_heading(nlp: Any) -> None:
    line = "Harbour board members of Velmora"
    text = BODY + "\n\n" + line + "\n\nThe board met again on Tuesday."
    assert _headings(text, nlp) == [line]
