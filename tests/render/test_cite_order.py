"""Citation markers in article order, and a count of outlets below its markers explained."""

from __future__ import annotations

import re

from crossbrief.model import Brief, BriefArticle, Fact, SentenceRef, SummarySentence
from crossbrief.render import render_html, render_markdown

SENTENCES = ("The Dunmore mill closed on Friday.", "The Dunmore mill shut on Friday.")


def _article(aid: str, source: str) -> BriefArticle:
    return BriefArticle(aid, source, aid, None, False, None, None, None, 6, SENTENCES)


def _brief() -> Brief:
    # a1 and a2 are one outlet's: three articles, two outlets
    refs = (SentenceRef("a3", 0), SentenceRef("a1", 1), SentenceRef("a2", 0))
    single = (SentenceRef("a3", 1), SentenceRef("a1", 0))
    return Brief(
        articles=(_article("a1", "Wire"), _article("a2", "Wire"), _article("a3", "Paper")),
        summary=(
            SummarySentence(SENTENCES[0], refs, 2),
            SummarySentence(SENTENCES[1], single, 2),
        ),
        facts=(Fact(SENTENCES[0], refs, 2), Fact(SENTENCES[1], single, 2)),
    )


def _items(page: str, cls: str) -> list[str]:
    body = re.search(rf'<(?:ol|ul) class="{cls}">(.*?)</(?:ol|ul)>', page, re.S)
    assert body is not None
    return re.findall(r"<li>(.*?)</li>", body.group(1), re.S)


def test_html_markers_are_in_article_order() -> None:
    page = render_html(_brief())
    for cls in ("summary", "facts"):
        first, second = _items(page, cls)
        assert re.findall(r'aria-label="source (\d+)"', first) == ["1", "2", "3"]
        assert re.findall(r'aria-label="source (\d+)"', second) == ["1", "3"]


def test_html_says_why_outlets_are_fewer_than_markers() -> None:
    page = render_html(_brief())
    for cls in ("summary", "facts"):
        first, second = _items(page, cls)
        # one outlet's two articles, nothing copied: the note names no copies
        assert "(3 articles, 2 outlets)</span>" in first
        assert 'title="copies of one report, and one outlet\'s articles, count once">(3' in first
        # as many outlets as articles: nothing to explain
        assert "count once" not in re.sub(r'title="[^"]*"', "", second)
        assert 'title="2 of 2 outlets (copies of one report' in second


def test_html_names_copies_only_when_versions_were_merged() -> None:
    # three outlets, but a3 is a copy of a1's report: two independent outlets
    refs = (SentenceRef("a1", 0), SentenceRef("a2", 0), SentenceRef("a3", 0))
    articles = (_article("a1", "Wire"), _article("a2", "Paper"), _article("a3", "Herald"))
    brief = Brief(articles=articles, facts=(Fact(SENTENCES[0], refs, 2),))
    (item,) = _items(render_html(brief), "facts")
    assert "(3 articles, 2 independent outlets: copies count once)</span>" in item


def test_markdown_explains_counts_only_where_one_is_below_its_articles() -> None:
    single = (SentenceRef("a3", 1), SentenceRef("a1", 0))
    articles = (_article("a1", "Wire"), _article("a3", "Paper"))
    for facts in ((), (Fact(SENTENCES[1], single, 2),)):
        text = render_markdown(Brief(articles=articles, facts=facts))
        assert "Counts are of outlets" not in text
    assert "No fact is reported by more than one outlet." in render_markdown(
        Brief(articles=articles)
    )


def test_markdown_says_why_outlets_are_fewer_than_articles() -> None:
    text = render_markdown(_brief())
    facts = text.split("## Facts and their support")[1].splitlines()
    lines = [line for line in facts if line.startswith("- ")]
    assert lines[0].startswith("- 2 outlets from 3 articles: ")
    assert lines[1].startswith("- 2 outlets: ")
    assert "Counts are of outlets: copies of one report" in facts[2]
    assert "[1, 2, 3]" in text
