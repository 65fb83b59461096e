"""Timeline entries a review of session 18 found wrong (invented text): a pronoun's bracketed
name taken from the wrong person or none at all, a real dated event dropped with its one
report that cannot be shown, and a connective cut that is part of the sentence."""

from __future__ import annotations

from typing import Any

import pytest

from crossbrief.model import Article, TimelineEntry
from crossbrief.pipeline import brief_articles


def _timeline(nlp: Any, *texts: str) -> list[TimelineEntry]:
    """The timeline of articles with ``texts``, each dated 2031-05-10."""
    articles = [
        Article(id=f"a{i}", text=text, published="2031-05-10") for i, text in enumerate(texts)
    ]
    return list(brief_articles(articles, nlp=nlp).timeline)


def _on(nlp: Any, date: str, *texts: str) -> list[str]:
    return [e.text for e in _timeline(nlp, *texts) if e.date == date]


OPENING = "Tom Kerr, the former mayor of Velmora, spoke about his years in office on Monday."


def test_a_pronoun_after_two_men_names_the_one_the_sentence_opens_on(nlp: Any) -> None:
    text = (
        f"{OPENING}\n\nKerr was elected in 2022 after a long race against Sam Dunn, a "
        "local grocer. He resigned on March 3, 2030, citing poor health."
    )
    assert _on(nlp, "2030-03-03", text) == [
        "[Tom Kerr] resigned on March 3, 2030, citing poor health."
    ]


def test_a_pronoun_after_two_men_neither_opening_is_shown_as_written(nlp: Any) -> None:
    # Negative: with two men named and the sentence opening on neither, no name is guessed.
    text = (
        f"{OPENING}\n\nIn 2022 voters chose between Kerr and Sam Dunn, a local grocer. "
        "He resigned on March 3, 2030, citing poor health."
    )
    assert _on(nlp, "2030-03-03", text) == ["He resigned on March 3, 2030, citing poor health."]


def test_a_pronoun_after_one_woman_and_one_man_names_the_woman(nlp: Any) -> None:
    # Negative: the rule's own case, one person of the pronoun's sex named before.
    text = (
        "Ann Lee, the Velmora harbour chief, met the port's owner Tom Kerr on Monday. "
        "She resigned on April 6, 2031, after a row over the budget."
    )
    assert _on(nlp, "2031-04-06", text) == [
        "[Ann Lee] resigned on April 6, 2031, after a row over the budget."
    ]


@pytest.mark.parametrize(
    "named",
    [
        "Tom Kerr, the Velmora harbour chief, met staff on Monday.",  # the other sex
        "Zorvani Pell ran the Velmora port for a decade.",  # a name that shows no sex
    ],
)
def test_a_pronoun_with_no_name_to_fill_keeps_its_dated_entry(nlp: Any, named: str) -> None:
    text = f"{named} She resigned on April 6, 2031, after a row over the budget."
    assert _on(nlp, "2031-04-06", text) == [
        "She resigned on April 6, 2031, after a row over the budget."
    ]


def test_an_entry_shows_another_report_when_the_first_cannot_be_shown(nlp: Any) -> None:
    first = "Ann Lee met staff on Monday.\n\nInstead, the ferry to Orsk sailed on April 20, 2031, two days late."
    second = "The ferry was due in mid-April.\n\nBut the ferry to Orsk sailed on April 20, 2031, after a strike."
    assert _on(nlp, "2031-04-20", first, second) == [
        "[T]he ferry to Orsk sailed on April 20, 2031, after a strike."
    ]


def test_an_entry_whose_only_report_opens_on_instead_is_still_not_shown(nlp: Any) -> None:
    # Negative: a dependent connective with no other report keeps the original rule.
    first = "Ann Lee met staff on Monday.\n\nInstead, the ferry to Orsk sailed on April 20, 2031, two days late."
    assert _on(nlp, "2031-04-20", first) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Besides Kerr, three other officials were charged on May 3, 2031.",
        "But for the storm, the pier would have opened on May 3, 2031.",
        "Also arrested on May 3, 2031, was the harbour board's treasurer.",
    ],
)
def test_an_opening_that_belongs_to_its_sentence_is_not_cut(nlp: Any, sentence: str) -> None:
    text = f"Tom Kerr was arrested on April 28, 2031, over missing port fees. {sentence}"
    assert _on(nlp, "2031-05-03", text) == [sentence]


@pytest.mark.parametrize(
    "sentence", ["Also, the pier was shut on May 3, 2031.", "But the pier was shut on May 3, 2031."]
)
def test_a_linking_opening_is_still_cut(nlp: Any, sentence: str) -> None:
    # Negative: "also" before a comma and a plain "but" are links, cut as before.
    text = f"Tom Kerr was arrested on April 28, 2031, over missing port fees. {sentence}"
    assert _on(nlp, "2031-05-03", text) == ["[T]he pier was shut on May 3, 2031."]


def test_a_pronoun_after_a_run_of_the_same_pronoun_names_the_person_before_it(nlp: Any) -> None:
    text = (
        "Ann Lee, the Velmora harbour chief, met staff on Monday. She had said she would "
        "stand down soon. She resigned on April 6, 2031, after a row over the budget."
    )
    assert _on(nlp, "2031-04-06", text) == [
        "[Ann Lee] resigned on April 6, 2031, after a row over the budget."
    ]


def test_a_run_of_the_other_pronoun_names_no_one(nlp: Any) -> None:
    # Negative: a run of "He" is not followed back for a "She".
    text = (
        "Ann Lee, the Velmora harbour chief, met staff on Monday. He had said the pier was "
        "unsafe. She resigned on April 6, 2031, after a row over the budget."
    )
    assert _on(nlp, "2031-04-06", text) == [
        "She resigned on April 6, 2031, after a row over the budget."
    ]
