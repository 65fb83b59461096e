"""Where a rendered brief shows fewer facts than it has, it says how many more there are."""

from __future__ import annotations

import re

import pytest

from crossbrief.model import Brief, BriefArticle, Fact, SentenceRef
from crossbrief.render import render_html, render_markdown
from crossbrief.render.markdown import MAX_FACTS


def _brief(facts: int, first_person: int = 0) -> Brief:
    """A brief of ``facts`` invented facts told by both outlets, the first ``first_person``
    of them someone's words with no speaker named."""
    lines = tuple(
        f"I counted {n} boats at Velmora." if n < first_person else f"Velmora counted {n} boats."
        for n in range(facts)
    )
    refs = (SentenceRef("a", 0), SentenceRef("b", 0))
    return Brief(
        articles=(
            BriefArticle("a", "Post", "", None, False, None, None, None, 20, lines),
            BriefArticle("b", "Wire", "", None, False, None, None, None, 20, lines),
        ),
        facts=tuple(Fact(line, refs, 2) for line in lines),
    )


@pytest.mark.parametrize(("facts", "more"), [(MAX_FACTS + 4, 4), (MAX_FACTS, 0), (3, 0)])
def test_markdown_says_how_many_facts_it_leaves_out(facts: int, more: int) -> None:
    md = render_markdown(_brief(facts))
    section = md.split("## Facts and their support", 1)[1].split("## ", 1)[0]
    assert section.count("- 2 outlets") == min(facts, MAX_FACTS)
    said = re.findall(r"- \.\.\. and (\d+) more facts \(see --format json\)", section)
    # Negative: no "more" line when every fact is listed
    assert said == ([str(more)] if more else [])


def test_html_glance_counts_the_facts_it_does_not_show() -> None:
    # two first-person facts are left off the first screen: the link counts them too
    page = render_html(_brief(4, first_person=2))
    agree = re.search(r'<div class="glance-agree[^"]*"[^>]*>(.*?)</div>', page, re.S)
    assert agree
    shown = agree.group(1).count("<li>")
    assert shown == 2
    assert '<a href="#facts">2 more</a>' in agree.group(1)
    # Negative: every fact shown, no link
    assert "more</a>" not in render_html(_brief(3))
