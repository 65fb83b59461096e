"""The brief's title, alike in Markdown and HTML, and an article repeating another's text
marked as its copy in both article lists (invented articles)."""

from __future__ import annotations

import re

from crossbrief.model import Brief, BriefArticle
from crossbrief.render import render_html, render_markdown


def _article(
    aid: str, title: str, same_as: str | None = None, version_of: str | None = None
) -> BriefArticle:
    return BriefArticle(
        aid,
        "Velmora Post",
        title,
        None,
        False,
        None,
        None,
        None,
        40,
        ("A line.",),
        same_as,
        version_of,
    )


def test_markdown_is_titled_with_the_headline_the_html_shows() -> None:
    brief = Brief(articles=(_article("a", ""), _article("b", "Harbour board closes the pier")))
    assert render_markdown(brief).splitlines()[0] == "# Harbour board closes the pier"
    assert "<h1>Harbour board closes the pier</h1>" in render_html(brief)


def test_markdown_specials_in_the_title_are_escaped() -> None:
    brief = Brief(articles=(_article("a", "Pier *shut* at north_quay [update] #2 <b>"),))
    first = render_markdown(brief).splitlines()[0]
    assert first == r"# Pier \*shut\* at north\_quay \[update\] \#2 \<b\>"


def test_without_a_headline_the_title_is_brief() -> None:
    first = render_markdown(Brief(articles=(_article("a", ""),))).splitlines()[0]
    assert first == "# Brief"
    # Negative: a headline is never replaced by the word
    titled = Brief(articles=(_article("a", "Ferry returns"),))
    assert render_markdown(titled).splitlines()[0] != "# Brief"


def _copies() -> Brief:
    return Brief(
        articles=(
            _article("a", "Pier to close"),
            _article("b", "Residents remember the pier"),
            _article("c", "Pier to close", same_as="a"),
        )
    )


def test_a_copy_is_marked_in_the_markdown_article_list() -> None:
    lines = [x for x in render_markdown(_copies()).splitlines() if re.match(r"\d+\. ", x)]
    assert lines[2].startswith("3. ") and lines[2].endswith("(same text as [1])")
    # Negative: the original and the other article carry no mark
    assert not any("same text" in x for x in lines[:2])


def test_a_copy_is_marked_in_the_html_article_list() -> None:
    page = render_html(_copies())
    items = re.findall(r"<li><b>\[\d+\]</b>.*?</li>", page.split('id="articles"')[1])
    assert len(items) == 3
    assert "same text as [1]" in items[2]
    assert not any("same text" in x for x in items[:2])


def test_a_version_is_marked_in_both_article_lists() -> None:
    brief = Brief(
        articles=(
            _article("a", "Pier to close"),
            _article("b", "Residents remember the pier"),
            _article("c", "Pier to close, protest planned", version_of="a"),
        )
    )
    lines = [x for x in render_markdown(brief).splitlines() if re.match(r"\d+\. ", x)]
    assert lines[2].endswith("(a version of [1], counted with it once)")
    items = re.findall(r"<li><b>\[\d+\]</b>.*?</li>", render_html(brief).split('id="articles"')[1])
    assert "a version of [1]" in items[2]
    # Negative: the first version and the other article carry no mark
    assert not any("version of" in x for x in lines[:2] + items[:2])
