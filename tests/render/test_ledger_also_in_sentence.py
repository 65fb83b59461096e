"""A ledger line carried by several outlets cites, in each other article, the sentence that
holds the words there: the evidence a reader hovers over is the quote, not the article's
lead."""

from __future__ import annotations

import re
from typing import Any

import pytest

from crossbrief.model import Article, Brief
from crossbrief.pipeline import brief_articles
from crossbrief.render import render_html, render_markdown

WORDS = "We will not close the north quay this winter"
FIRST = (
    "The harbour board of Velmora met on Monday to discuss the old north quay. "
    f'"{WORDS}," said Ann Lee, the board\'s chair. '
    "The quay was built in 1902."
)
SECOND = (
    "Velmora's fishermen feared the worst for their moorings this week. "
    "Inspectors found rotten timber piles under the old quay in March. "
    "The repairs will cost the town about 2 million crowns. "
    f'Ann Lee, who chairs the harbour board, said: "{WORDS}."'
)


@pytest.fixture(scope="module")
def story(nlp: Any) -> Brief:
    articles = [
        Article(id="a1", text=FIRST, source="Velmora Post"),
        Article(id="b2", text=SECOND, source="Harbour Wire"),
    ]
    return brief_articles(articles, nlp=nlp)


def _line(brief: Brief) -> Any:
    lines = [q for q in brief.quotes if WORDS.lower() in q.text.lower()]
    assert len(lines) == 1, brief.quotes
    return lines[0]


def test_the_line_keeps_the_sentence_of_each_other_article(story: Brief) -> None:
    q = _line(story)
    assert q.article == "a1" and q.also_in == ("b2",)
    assert len(q.also_sentences) == len(q.also_in)
    held = {a.id: a for a in story.articles}["b2"].sentences[q.also_sentences[0]]
    assert WORDS in held
    # Negative: not the other article's lead, which holds no part of the words
    assert q.also_sentences != (0,)


def test_the_html_evidence_for_the_other_article_is_the_quote(story: Brief) -> None:
    page = render_html(story)
    ledger = page.split('id="quotes"')[1].split("</section>")[0]
    tips = re.findall(r'<span class="tip" role="tooltip">(.*?)</span>', ledger)
    wire = [t for t in tips if t.startswith("<b>Harbour Wire</b>")]
    assert wire and all("north quay this winter" in t for t in wire), tips
    # Negative: the other article's lead is nowhere among the ledger's evidence
    assert not any("feared the worst" in t for t in tips), tips


def test_the_json_brief_carries_the_sentences(story: Brief) -> None:
    data = story.to_dict()
    line = next(q for q in data["quotes"] if WORDS.lower() in q["text"].lower())
    assert line["also_sentences"] == [3]
    assert "[1, 2]" in render_markdown(story).split("## Who said what")[1]
