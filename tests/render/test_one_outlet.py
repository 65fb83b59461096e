"""A story whose articles all come from one outlet says so once, plainly, at the top, and its
summary sentences carry no "1 outlet only" badge, which would be on every one of them
(invented text)."""

from __future__ import annotations

import re

from crossbrief.model import Brief, BriefArticle, SentenceRef, SummarySentence
from crossbrief.render import render_html, render_markdown
from crossbrief.render.labels import one_outlet_note

LINES = (
    "The harbour board of Velmora closed the old north quay on Monday.",
    "Inspectors found rotten timber piles below the waterline.",
    "The ferry to Ostra will dock at the fish market until spring.",
)


def _brief(*sources: str) -> Brief:
    arts = tuple(
        BriefArticle(f"a{n}", src, f"Quay story {n}", None, False, None, None, None, 30, LINES)
        for n, src in enumerate(sources)
    )
    summary = tuple(
        SummarySentence(text, tuple(SentenceRef(a.id, k) for a in arts[:2]), 1)
        for k, text in enumerate(LINES)
    )
    return Brief(articles=arts, summary=summary)


def test_the_note_names_the_outlet_and_the_articles() -> None:
    assert one_outlet_note(_brief("Velmora Post", "Velmora Post", "Velmora Post")) == (
        "All 3 articles are from Velmora Post: there is no other outlet to compare them "
        "with, so nothing here is counted as agreed or as differing between outlets."
    )
    one = one_outlet_note(_brief("Velmora Post"))
    assert one is not None and one.startswith("The one article is from Velmora Post:")
    # Negative: two outlets have something to compare, and no note says otherwise
    assert one_outlet_note(_brief("Velmora Post", "Harbour Wire")) is None


def test_the_html_says_it_once_at_the_top_and_drops_the_badges() -> None:
    page = render_html(_brief("Velmora Post", "Velmora Post", "Velmora Post"))
    glance = page[page.index('<div id="glance">') : page.index("</nav>")]
    assert "All 3 articles are from Velmora Post" in glance
    assert page.count("no other outlet to compare") == 1
    # no empty "agree" and "differ" boxes and no zero counts on the first screen
    assert "glance-agree" not in glance and "glance-differ" not in glance
    assert not re.search(r"<b>0</b>", glance)
    summary = page[page.index('id="summary"') :].split("</section>")[0]
    assert summary.count("<li>") == len(LINES)
    assert "1 outlet only" not in summary and "articles, 1 outlet" not in summary
    # nor a lead note explaining a count that is not there
    assert "the count is" not in summary and "How this is counted" not in summary


def test_several_outlets_keep_the_glance_and_the_badges() -> None:
    # Negative: with two outlets a sentence told by one of them is still flagged
    page = render_html(_brief("Velmora Post", "Harbour Wire"))
    assert "no other outlet to compare" not in page
    assert 'id="glance-agree"' in page and 'id="glance-differ"' in page
    summary = page[page.index('id="summary"') :].split("</section>")[0]
    assert summary.count('class="support single"') == len(LINES)
    assert "the count is their outlets" in summary and "How this is counted" in summary


def test_the_outlet_name_is_escaped() -> None:
    page = render_html(_brief("Velmora <b>Post</b>", "Velmora <b>Post</b>"))
    assert "from Velmora &lt;b&gt;Post&lt;/b&gt;:" in page
    assert "<b>Post</b>" not in page


def test_the_markdown_says_it_under_the_title() -> None:
    md = render_markdown(_brief("Velmora Post", "Velmora Post"))
    head = md.split("## Articles")[0]
    assert "All 2 articles are from Velmora Post" in head
    assert md.count("no other outlet to compare") == 1
    # Negative: not in a brief of two outlets
    assert "no other outlet" not in render_markdown(_brief("Velmora Post", "Harbour Wire"))
