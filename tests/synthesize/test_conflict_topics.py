"""A figure conflict's topic reads as a phrase made of the figure's own words in its sentence
(its counted noun with the modifiers before it, in text order; the noun a figure is "of";
the share a percentage is "of"), not as stems glued in weight order (invented sentences)."""

from __future__ import annotations

from crossbrief.model import AnalyzedArticle
from crossbrief.synthesize.conflicts import build_conflicts
from crossbrief.synthesize.facts import group_sentences
from crossbrief.synthesize.story import Story
from tests.synthesize.builders import figure_article


def _topics(*articles: AnalyzedArticle) -> list[str]:
    story = Story(articles)
    return [c.about.split(":", 1)[0] for c in build_conflicts(story, group_sentences(story))]


def test_a_counted_noun_keeps_its_modifiers_in_text_order() -> None:
    a = figure_article(
        "a",
        "The Ostran league now plays in 14 Velmoran harbour towns, its chairman said on Monday.",
        [("14", "towns")],
    )
    b = figure_article(
        "b",
        "The Ostran league now plays in 11 Velmoran harbour towns, its chairman said on Monday.",
        [("11", "towns")],
    )
    topics = _topics(a, b)
    assert topics == ["Velmoran harbour towns"]
    # not the old key: stems in weight order, lower-cased
    assert "towns velmoran" not in topics[0].lower()


def test_a_figure_of_a_noun_is_named_by_that_noun() -> None:
    a = figure_article(
        "a",
        "The harbour board set aside a budget of $12 million for the new pier at Velmora.",
        [("$12 million", "$")],
    )
    b = figure_article(
        "b",
        "The harbour board set aside a budget of $15 million for the new pier at Velmora.",
        [("$15 million", "$")],
    )
    assert _topics(a, b) == ["budget"]


def test_a_percentage_of_a_group_is_named_as_its_share() -> None:
    a = figure_article(
        "a",
        "A survey by the harbour board found that 62 percent of fishermen in Velmora had debts.",
        [("62 percent", "percent")],
    )
    b = figure_article(
        "b",
        "A survey by the harbour board found that 65 percent of fishermen in Velmora had debts.",
        [("65 percent", "percent")],
    )
    assert _topics(a, b) == ["share of fishermen"]


def test_a_toll_keeps_its_counted_noun_and_what_happened() -> None:
    # the negative: a casualty count is still named by its class, not by the words after it
    a = figure_article(
        "a", "The storm in Velmora killed 40 people on Sunday, officials said.", [("40", "people")]
    )
    b = figure_article(
        "b", "The storm in Velmora killed 45 people on Sunday, officials said.", [("45", "people")]
    )
    assert _topics(a, b) == ["people killed"]


def test_a_size_names_its_dimension_and_the_thing_sized_not_the_name_after_it() -> None:
    a = figure_article(
        "a",
        "Coastguards said the 40-meter Ostran ferry Gull had sent a distress call near Velmora.",
        [("40-meter", "meter")],
    )
    b = figure_article(
        "b",
        "Coastguards said the 30-meter Ostran ferry Gull had sent a distress call near Velmora.",
        [("30-meter", "meter")],
    )
    topics = _topics(a, b)
    assert topics == ["length of the Ostran ferry"]
    assert "Gull" not in topics[0]


def test_a_sum_is_named_by_the_noun_it_qualifies_not_by_a_verb_after_it() -> None:
    a = figure_article(
        "a",
        "The harbour board won a $48 million grant to rebuild the pier at Velmora last year.",
        [("$48 million", "$")],
    )
    b = figure_article(
        "b",
        "The harbour board won a $45 million grant to rebuild the pier at Velmora last year.",
        [("$45 million", "$")],
    )
    assert _topics(a, b) == ["grant"]
    c = figure_article(
        "c",
        "The harbour board spent $48 million rebuilding the pier at Velmora last year.",
        [("$48 million", "$")],
    )
    d = figure_article(
        "d",
        "The harbour board spent $45 million rebuilding the pier at Velmora last year.",
        [("$45 million", "$")],
    )
    # a verb form after a sum is no noun it qualifies: the label falls back to the shared words
    assert _topics(c, d) != ["rebuilding"]
