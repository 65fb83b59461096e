"""Timeline entries a reader can take alone: a paper's lead-in to its editorial ("The
Velmora Herald said in an editorial on June 11:") dates the issue, not an event, so its day
makes no entry, whether the lead-in stands alone or is glued to the editorial's first
sentence; and of an entry's several reports the one that reads alone is shown, not one
opening with a pronoun that stands for nothing in the timeline (invented text)."""

from __future__ import annotations

from typing import Any

import pytest

from crossbrief.model import Article, TimelineEntry
from crossbrief.pipeline import brief_articles

RESIGNED = "Ann Lee resigned as mayor of Orlen on June 12."


def _timeline(nlp: Any, *texts: str) -> list[TimelineEntry]:
    """The timeline of articles with ``texts``, each dated June 14."""
    articles = [
        Article(id=f"a{i}", text=text, published="2040-06-14") for i, text in enumerate(texts)
    ]
    return list(brief_articles(articles, nlp=nlp).timeline)


@pytest.mark.parametrize(
    "lead_in",
    [
        "The Velmora Herald said in an editorial on Monday, June 11:\n\n"
        "The harbour plan is a mistake, and the board should drop it.",
        "The Velmora Herald said in an editorial for Monday, June 11: The harbour plan is a "
        "mistake, and the board should drop it.",
    ],
)
def test_an_editorials_lead_in_makes_no_entry(nlp: Any, lead_in: str) -> None:
    dates = [e.date for e in _timeline(nlp, f"{RESIGNED}\n\n{lead_in}")]
    assert "2040-06-12" in dates
    assert "2040-06-11" not in dates


@pytest.mark.parametrize(
    "sentence",
    [
        # Negative: a colon after a statement that tells its own event.
        "Police in Orlen said on June 11: two men were held at the quay.",
        # Negative: a clock time's colon.
        "The harbour board met on June 11 at 10:30 to vote on the plan.",
    ],
)
def test_a_day_before_another_colon_keeps_its_entry(nlp: Any, sentence: str) -> None:
    assert "2040-06-11" in [e.date for e in _timeline(nlp, f"{RESIGNED} {sentence}")]


def test_the_report_that_reads_alone_is_shown(nlp: Any) -> None:
    rows = _timeline(
        nlp,
        f"{RESIGNED} She moved to Velmora on June 13 with her two sons.",
        "Ann Lee moved to Velmora on June 13 with her two sons, the harbour board said.",
    )
    moved = [e for e in rows if e.date == "2040-06-13"]
    assert len(moved) == 1
    assert moved[0].text.startswith("Ann Lee moved")
    assert [s.article for s in moved[0].also_in] == ["a0"]


def test_a_lone_report_opening_with_a_pronoun_is_shown_with_its_subject(nlp: Any) -> None:
    # Negative: with no report that reads alone, the entry is still shown, its subject
    # named in the pronoun's place (session 18: ``timeline_subjects``).
    rows = _timeline(nlp, f"{RESIGNED} She moved to Velmora on June 13 with her two sons.")
    assert [e.text for e in rows if e.date == "2040-06-13"] == [
        "[Ann Lee] moved to Velmora on June 13 with her two sons."
    ]
