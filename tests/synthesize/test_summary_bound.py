"""A pronoun bound by a noun for a person in its own sentence, quotations in single marks, and
a summary that is never empty while the story has candidates."""

from __future__ import annotations

from typing import Any

import pytest

from crossbrief.model import AnalyzedArticle, Article, Quote, Span
from crossbrief.synthesize.facts import group_sentences
from crossbrief.synthesize.story import Story
from crossbrief.synthesize.summary import summarize
from crossbrief.synthesize.summary_quotes import inside_quotation
from crossbrief.synthesize.summary_rules import needs_previous
from tests.synthesize.stories import texts_story


def _bare(*sentences: str) -> Story:
    """One article of ``sentences`` with no names tagged in it."""
    text = " ".join(sentences)
    spans = tuple(Span(text.index(s), text.index(s) + len(s)) for s in sentences)
    return Story([AnalyzedArticle(Article(id="a", text=text), sentences=spans)])


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a noun for a person before the pronoun in its sentence is its antecedent
        ("A ferryman and his two sons drowned when the storm struck Dunmore.", False),
        ("The ferry owner told her crew that the ferry would not sail.", False),
        ("The new mayor said he would keep the ferry running all winter.", False),
        # nothing before it that can be a person: it points at someone told before
        ("Since the spring, his boats have carried no one to Dunmore.", True),
        ("The storm destroyed his boats at the quay in Dunmore.", True),
        ("The council told him the ferry would stop in the winter.", True),
        # a noun for a body of people or a thing is no antecedent of "he"/"her"
        ("The ferry company said her boats would sail again.", True),
        # nor is a plural noun for people
        ("About a third of the children at one school he visited were absent.", True),
        ("The wives of the crew said his boat had left before dawn.", True),
    ],
)
def test_a_pronoun_after_a_noun_for_a_person_is_bound_in_its_sentence(
    text: str, expected: bool
) -> None:
    assert needs_previous(_bare(text), 0) is expected  # a first sentence
    later = _bare("The crossings to Dunmore stopped on Monday.", text)
    assert needs_previous(later, 1) is expected


def _quoted(opening: str, closing: str) -> tuple[Story, str]:
    first = f"Ann Varga said: {opening}I have given all I could to the crossings."
    second = "The ferry to Dunmore will stop next year."
    third = f"Nobody can change that now.{closing} Then she left."
    text = f"{first} {second} {third}"
    start = text.index("I have")
    end = text.index("now.") + 4
    quote = Quote(text[start:end], start, end, "direct")
    spans = tuple(Span(text.index(s), text.index(s) + len(s)) for s in (first, second, third))
    article = AnalyzedArticle(Article(id="a", text=text), sentences=spans, quotes=(quote,))
    return Story([article]), second


@pytest.mark.parametrize(
    ("opening", "closing"),
    [("\u201c", "\u201d"), ("\u2018", "\u2019"), ("'", "'"), ("``", "''")],
)
def test_a_quotation_in_single_or_double_marks_holds_its_inner_sentences(
    opening: str, closing: str
) -> None:
    story, _ = _quoted(opening, closing)
    assert not inside_quotation(story, 0)
    assert inside_quotation(story, 1)
    assert inside_quotation(story, 2)


@pytest.mark.parametrize("apostrophe", ["'", "\u2019"])
def test_apostrophes_in_words_and_after_a_plural_are_no_quotation_marks(apostrophe: str) -> None:
    # The analysis read a quotation running on past its closing mark over the writer's next
    # sentence; the apostrophes before it open nothing, so that sentence reads alone.
    a = apostrophe
    first = f"{a}We can{a}t sail,{a} said the dockers{a} union at Dunmore{a}s quay."
    second = "The ferry company cancelled every crossing for the week."
    text = f"{first} {second}"
    start = text.index("said")
    quote = Quote(text[start:], start, len(text), "direct")
    spans = (Span(0, len(first)), Span(len(first) + 1, len(text)))
    story = Story([AnalyzedArticle(Article(id="a", text=text), sentences=spans, quotes=(quote,))])
    assert not inside_quotation(story, 1)


def _story(nlp: Any, *texts: str) -> Story:
    return texts_story(nlp, *texts, published="2031-03-02")


def test_a_summary_falls_back_to_the_best_supported_lead(nlp: Any) -> None:
    # Every sentence opens with a pronoun pointing before the article: none reads alone, but
    # the story has candidates, so the summary tells the lead most reports carry.
    story = _story(
        nlp,
        "They closed the Dunmore ferry crossings on Monday after the storm.",
        "They closed the Dunmore ferry crossings on Monday because of the storm.",
        "It rained hard over the hills above the town all through the week.",
    )
    assert all(needs_previous(story, i) for i in range(len(story.sentences)))
    chosen = summarize(story, group_sentences(story), 40, {})
    assert [s.text for s in chosen] == [story.sentences[0].text]


def test_a_story_with_no_candidates_has_an_empty_summary(nlp: Any) -> None:
    story = _story(nlp, "and the crossings to Dunmore stopped on the Monday after the storm.")
    assert summarize(story, group_sentences(story), 40, {}) == []
