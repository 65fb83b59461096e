"""Timeline entries that do not read right (session 18, invented text): a plan reported in
a past report ("had said he would stand in 2030") dated as an event of its year; an entry
whose only report opens with a pronoun or connective pointing at a sentence the timeline
does not show; an entry ending inside a quotation its speaker opens."""

from __future__ import annotations

from typing import Any

import pytest

from crossbrief.model import Article, TimelineEntry
from crossbrief.pipeline import brief_articles

OPENING = "Ann Lee resigned as mayor of Orlen in 1998, the harbour board said."


def _timeline(nlp: Any, sentence: str, published: str | None = None) -> list[TimelineEntry]:
    """The timeline of an article opening with ``OPENING``."""
    article = Article(id="a", text=f"{OPENING} {sentence}", published=published)
    return list(brief_articles([article], nlp=nlp).timeline)


def _dates(nlp: Any, sentence: str, published: str | None = None) -> list[str]:
    return [e.date for e in _timeline(nlp, sentence, published)]


@pytest.mark.parametrize("published", [None, "1998-11-20"])
@pytest.mark.parametrize(
    "sentence",
    [
        "Tom Reed had said he would run for mayor of Orlen again in 2000.",
        "The harbour board had promised that the pier would reopen in 2000.",
        "Tom Reed had planned to run for mayor of Orlen in 2000.",
    ],
)
def test_a_plan_in_a_past_report_makes_no_entry(
    nlp: Any, sentence: str, published: str | None
) -> None:
    dates = _dates(nlp, sentence, published)
    assert "1998" in dates
    assert "2000" not in dates


def test_a_schedule_told_in_the_past_keeps_its_entry(nlp: Any) -> None:
    # Negative: a plain past report of a schedule is the story's next event.
    assert "2000" in _dates(nlp, "The harbour board said the pier would reopen in 2000.")


def test_the_day_of_a_past_report_keeps_its_entry(nlp: Any) -> None:
    # Negative: the year is the saying's, not the plan's.
    assert "1996" in _dates(nlp, "Tom Reed had said in 1996 that he would run for mayor.")


def test_an_event_in_the_pluperfect_keeps_its_entry(nlp: Any) -> None:
    # Negative: "had run" tells an event that happened.
    assert "1994" in _dates(nlp, "Tom Reed had run for mayor of Orlen in 1994 and lost.")


@pytest.mark.parametrize(
    "sentence",
    [
        "Instead he sailed to Velmora in 1995 with the harbour board.",
        "Otherwise the pier would have closed in 1995, the harbour board said.",
    ],
)
def test_a_lone_report_opening_on_a_dependent_connective_makes_no_entry(
    nlp: Any, sentence: str
) -> None:
    assert [e.date for e in _timeline(nlp, sentence)] == ["1998"]


@pytest.mark.parametrize(
    "sentence", ["But the pier was closed in 1995.", "However, the pier was closed in 1995."]
)
def test_a_lone_report_opening_on_a_link_is_shown_without_it(nlp: Any, sentence: str) -> None:
    # Negative: a link ("but", "however") does not make the event depend on the sentence
    # before, so the entry is shown, cut from its link with the capital marked.
    entries = [e.text for e in _timeline(nlp, sentence) if e.date == "1995"]
    assert entries == ["[T]he pier was closed in 1995."]


NAMED = "The harbour board of Orlen met in 1998 and thanked its chair, Ann Lee. "


def _named(nlp: Any, sentence: str) -> list[TimelineEntry]:
    article = Article(id="a", text=NAMED + sentence)
    return list(brief_articles([article], nlp=nlp).timeline)


def test_a_lone_report_opening_on_she_shows_its_subject(nlp: Any) -> None:
    timeline = _named(nlp, "She had won a second term in 1994 by a wide margin.")
    entry = next(e for e in timeline if e.date == "1994")
    assert entry.text == "[Ann Lee] had won a second term in 1994 by a wide margin."


def test_a_pronoun_of_the_other_sex_shows_no_subject(nlp: Any) -> None:
    # Negative: the woman named last is no "he", so no name is filled in; the entry keeps
    # its real date, shown as written (the session 18 review).
    timeline = _named(nlp, "He had won a second term in 1994 by a wide margin.")
    assert [e.text for e in timeline if e.date == "1994"] == [
        "He had won a second term in 1994 by a wide margin."
    ]


def test_a_lone_report_naming_its_subject_keeps_its_entry(nlp: Any) -> None:
    # Negative: the same shape with its subject named is shown as written.
    timeline = _timeline(nlp, "Tom Reed had won a second term in 1994 by a wide margin.")
    assert [e.text for e in timeline if e.date == "1994"] == [
        "Tom Reed had won a second term in 1994 by a wide margin."
    ]


def test_an_entry_inside_a_quotation_its_speaker_opens_ends_closed(nlp: Any) -> None:
    sentence = (
        "Tom Reed told the harbour board in May 1995: \u201cWe will not sail again. "
        "The pier has failed us.\u201d"
    )
    entry = next(e for e in _timeline(nlp, sentence) if e.date == "1995-05")
    assert entry.text.startswith("Tom Reed told")
    assert entry.text.endswith("again.\u201d")


def test_an_entry_with_its_quotation_closed_is_shown_as_written(nlp: Any) -> None:
    # Negative: a quotation closed in the sentence gets no second mark.
    sentence = "Tom Reed told the harbour board in May 1995: \u201cWe will not sail again.\u201d"
    entry = next(e for e in _timeline(nlp, sentence) if e.date == "1995-05")
    assert entry.text.endswith("again.\u201d")
    assert not entry.text.endswith("\u201d\u201d")


@pytest.mark.parametrize(
    ("sentence", "date"),
    [
        ("The ferry firm had expected to lose trade after the Orsk bridge opened in 1996.", "1996"),
        ("Tom Reed had hoped to retire before his death in 1996 at his home in Orlen.", "1996"),
        ("Tom Reed had planned to sail to Velmora until the pier closed in 1996.", "1996"),
    ],
)
def test_an_event_after_a_past_plan_keeps_its_entry(nlp: Any, sentence: str, date: str) -> None:
    # The session 18 review: a clause or phrase of its own after the plan is no plan.
    assert date in _dates(nlp, sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Tom Reed had planned to open the pier before 2000.",
        "Tom Reed had hoped to be elected mayor of Orlen in 2000.",
    ],
)
def test_a_plans_own_time_still_makes_no_entry(nlp: Any, sentence: str) -> None:
    # Negative: a time right after the subordinator, or a participle, is the plan's.
    assert "2000" not in _dates(nlp, sentence)
