"""Summary candidates: a sentence the splitter cut in two, a headline above a dateline, and a
readers' page (letters or comments signed by readers) that speaks for no outlet."""

from __future__ import annotations

from typing import Any

import pytest

from crossbrief.synthesize.facts import group_sentences
from crossbrief.synthesize.story import Story
from crossbrief.synthesize.summary import summarize
from crossbrief.synthesize.summary_candidates import before_dateline, cut_after, readers_pages
from crossbrief.synthesize.summary_rules import compares_back, needs_previous
from tests.synthesize.stories import texts_story


def _story(nlp: Any, *texts: str) -> Story:
    return texts_story(nlp, *texts, published="2031-03-02")


def _index(story: Story, start: str) -> int:
    return next(i for i, s in enumerate(story.sentences) if s.text.startswith(start))


def test_a_sentence_before_a_lower_case_piece_is_cut(nlp: Any) -> None:
    story = _story(
        nlp,
        "The harbour master of Varrow warned the ferry company on Monday that if it "
        'cuts the crossings to the U.S.\n\n"they will lose the licence for good."\n\n'
        "The ferry company said it would answer the harbour master on Friday.",
    )
    texts = [s.text for s in story.sentences]
    assert texts[1].startswith('"they')  # the splitter's cut this rule is about
    assert cut_after(story, 0)
    assert not cut_after(story, 1)
    assert not cut_after(story, _index(story, "The ferry company said"))


def test_a_headline_above_a_dateline_is_no_candidate(nlp: Any) -> None:
    story = _story(
        nlp,
        # a headline the heading rule lets through (a full stop, quote marks in it)
        "Ferry company, harbour master seek common ground on crossings that Varrow "
        "calls' unfair'.\n\n"
        "VARROW \u2014 The ferry company agreed on Tuesday to keep the Varrow crossings "
        "running through the winter after talks with the harbour master.\n\n"
        "The harbour master said the talks had been long but fair to both sides.",
        "The ferry company agreed on Tuesday to keep the crossings to Varrow running "
        "through the winter.\n\n"
        "The harbour master said the talks were fair.",
    )
    headline = _index(story, "Ferry company, harbour")
    assert before_dateline(story, headline)
    assert not before_dateline(story, _index(story, "VARROW"))
    # no dateline in the second article: its first sentence is its lead
    assert not before_dateline(
        story, _index(story, "The ferry company agreed on Tuesday to keep the crossings")
    )
    for words in (20, 40, 100):
        chosen = [s.text for s in summarize(story, group_sentences(story), words, {})]
        assert not any(t.startswith("Ferry company, harbour") for t in chosen)


_NEWS = (
    "The Varrow ferry company cancelled every winter crossing on Monday after the "
    "harbour master closed the quay for repairs.\n\n"
    "The harbour master said the quay at Varrow would reopen in the spring."
)
_READERS = (
    "Readers wrote in this week to tell us how the ferry closures left them stranded.\n\n"
    "The ferry company cancelled every winter crossing and the harbour master is to blame "
    "for the closed quay at Varrow.\n\n"
    "Martin Oakes.\n\n"
    "The harbour master should have repaired the quay at Varrow years ago instead.\n\n"
    "Lena Brightwater."
)


def test_a_readers_page_is_not_summarized_beside_news(nlp: Any) -> None:
    story = _story(nlp, _NEWS, _READERS, _NEWS.replace("Monday", "Monday night"))
    assert readers_pages(story) == {"a1"}
    for words in (20, 40, 100):
        chosen = summarize(story, group_sentences(story), words, {})
        assert chosen
        assert all(s.sources[0].article != "a1" for s in chosen)


def test_a_story_told_only_on_readers_pages_is_still_summarized(nlp: Any) -> None:
    story = _story(nlp, _READERS, _READERS.replace("years ago", "last year"))
    assert summarize(story, group_sentences(story), 60, {})


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("In the port town, a hearing on similar counts against a second deckhand began.", True),
        ("The same court also fined the ferry company on Tuesday.", True),
        ("The fine was similar to the one the harbour paid in 2029.", False),
        ("The same court that fined the ferry company heard the appeal.", False),
        ('The deckhand said: "We did the same thing every winter."', False),
        ("The ferry company was fined on Tuesday for the closed quay.", False),
    ],
)
def test_compares_back(text: str, expected: bool) -> None:
    assert compares_back(text) is expected


@pytest.mark.parametrize(
    "text",
    [
        "The same-sex couples of Varrow may marry at the harbour chapel from Tuesday.",
        "The council cut the ferry fares and at the same time raised the harbour fees.",
    ],
)
def test_a_compound_or_meanwhile_compares_with_nothing(text: str) -> None:
    assert not compares_back(text)


_LEAD = "All of the 12 deckhands trapped on the Varrow ferry were brought ashore alive on Sunday."


def test_a_lead_picking_from_a_group_or_comparing_still_leads(nlp: Any) -> None:
    story = _story(
        nlp,
        f"{_LEAD}\n\nThe same court fined the ferry company on Monday.\n\n"
        "None of the deckhands was named by the harbour master on Monday.",
        _LEAD.replace("brought ashore", "rescued")
        + "\n\nRescuers had searched the Varrow quay for four days before the deckhands "
        "were found.",
        "The same court fined the ferry company of Varrow for the stranded crew on Monday.",
    )
    lead, named = _index(story, "All of the 12"), _index(story, "None of the")
    assert not needs_previous(story, lead)
    assert needs_previous(story, named)  # the same words after a sentence pick from it
    assert not needs_previous(story, _index(story, "The same court fined the ferry company of"))
    assert needs_previous(story, _index(story, "The same court fined the ferry company on"))
    for words in (20, 40):
        chosen = [s.text for s in summarize(story, group_sentences(story), words, {})]
        assert any(t.startswith("All of the 12") for t in chosen)


def test_a_list_of_names_in_a_news_article_is_no_readers_page(nlp: Any) -> None:
    story = _story(
        nlp,
        "Three deckhands died when the Varrow ferry sank on Sunday, the harbour master said.\n\n"
        "The dead were named by the harbour police on Monday.\n\n"
        "Martin Oakes.\n\nLena Brightwater.\n\nTomas Ferrow.\n\n"
        "The ferry company said it would raise the wreck in the spring.",
        _NEWS,
    )
    assert readers_pages(story) == set()


def test_an_acronym_set_off_by_a_dash_is_no_dateline(nlp: Any) -> None:
    story = _story(
        nlp,
        "The Varrow council voted on Monday to close the ferry quay for a year of repairs.\n\n"
        "VFC \u2014 which runs the ferries from the quay \u2014 said it would move to Ostry.",
    )
    assert not before_dateline(story, 0)


def test_a_name_particle_opens_a_sentence_of_its_own(nlp: Any) -> None:
    story = _story(
        nlp,
        "The Varrow council voted on Monday to close the ferry quay for a year.\n\n"
        "de Vries, the harbour master, said the vote of the council was fair.",
    )
    assert story.sentences[1].text.startswith("de Vries")
    assert not cut_after(story, 0)
