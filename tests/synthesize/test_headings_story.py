"""A heading (title, section head, standfirst) is no summary sentence, no fact and no
citation; the text below it is. Invented articles, real pipeline."""

from __future__ import annotations

from typing import Any

import numpy as np

import crossbrief.synthesize.summary as summary_module
from crossbrief.analyze import analyze_articles
from crossbrief.model import Article
from crossbrief.synthesize.facts import group_sentences
from crossbrief.synthesize.story import Story
from crossbrief.synthesize.summary_cites import citations

STANDFIRST = "The Varrow ferry company closes its harbour route in May."
LEAD = (
    "The Varrow ferry company said on Monday that it would close its harbour route in May, "
    "leaving the island of Skarn without a daily boat for the first time since 1952."
)
MORE = "Residents of Skarn said they had not been told of the plan before the company spoke."
LAST = "The company said the route had lost money for eleven years in a row."
TOLD = (
    "The Varrow ferry company closes its harbour route in May, its chief executive said on Monday."
)


def _story(nlp: Any) -> Story:
    articles = [
        Article(id="a", text=f"{STANDFIRST}\n\n{LEAD}\n\n{MORE}\n\n{LAST}", source="a"),
        Article(id="b", text=TOLD, source="b"),
    ]
    return Story(list(analyze_articles(articles, nlp=nlp)))


def test_a_standfirst_is_marked_and_the_lead_is_not(nlp: Any) -> None:
    story = _story(nlp)
    assert [s.heading for s in story.sentences] == [True, False, False, False, False]


def test_a_heading_joins_no_fact(nlp: Any) -> None:
    story = _story(nlp)
    groups = group_sentences(story)
    assert all(0 not in g.members or len(g.members) == 1 for g in groups)


def test_a_heading_is_no_summary_sentence_and_no_citation(nlp: Any) -> None:
    story = _story(nlp)
    concepts = [summary_module._concepts(s.text) for s in story.sentences]
    same = np.ones((5, 5), dtype=bool)
    np.fill_diagonal(same, False)
    refs = citations(story, 4, same, concepts)
    assert ("a", 0) not in [(r.article, r.sentence) for r in refs]
    chosen = summary_module.summarize(story, group_sentences(story), 60, {"a": None, "b": None})
    assert chosen and all(s.text != STANDFIRST for s in chosen)


def test_the_lead_is_the_first_sentence_below_the_headings(nlp: Any) -> None:
    standfirst = "Ferry fares double for tourists next spring."
    lead = (
        "The Varrow ferry company said on Monday that it would close the route to the island"
        " of Skarn in May, ending a daily boat service."
    )
    other = "Ferry fares double for tourists next spring, and the route to Skarn closes in May."
    articles = [
        Article(id="a", text=f"{standfirst}\n\n{lead}\n\n{MORE}\n\n{LAST}", source="a"),
        Article(id="b", text=other, source="b"),
    ]
    story = Story(list(analyze_articles(articles, nlp=nlp)))
    assert story.sentences[0].heading
    concepts = [summary_module._concepts(s.text) for s in story.sentences]
    weights = summary_module._concept_weights(story, concepts)
    skarn = next(w for c, w in weights.items() if c.startswith("skarn") and " " not in c)
    tourist = next(w for c, w in weights.items() if c.startswith("tourist") and " " not in c)
    # the lead's words get the lead's credit, the standfirst's only a sentence's
    assert skarn > tourist
