"""The brief as one self-contained HTML page: no external assets, no script, works offline.

Reading order is what a reader asks first: at a glance (how many outlets, what they agree
on, where they differ), the summary, agreement (facts with their support), disagreement
(conflicts), the coverage matrix, the timeline chart, then who, who said what, and the
articles. Every piece of article text goes through ``html.escape``; the page carries a
strict Content-Security-Policy (no script at all) so that even a missed escape runs nothing.
Citation markers are focusable, so their source sentence shows on hover, focus or tap.

This module is the page shell (head, CSS, section order, the article list); the sections
live in html_agree (glance, summary, facts, conflicts, coverage), html_timeline and
html_people (entities, quotes), on the shared helpers of html_page.
"""

from __future__ import annotations

from importlib.resources import files

from crossbrief.model import Brief
from crossbrief.render.html_agree import conflicts, coverage, facts, glance, summary
from crossbrief.render.html_page import Page, esc, section
from crossbrief.render.html_people import entities, quotes
from crossbrief.render.html_timeline import timeline
from crossbrief.render.labels import brief_title, copy_note, outlet_name

CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:"
MATRIX_FACTS = 25  # rows of the coverage matrix: the best-supported facts


def _articles(page: Page) -> str:
    items = "".join(
        f"<li><b>[{page.numbers[a.id]}]</b> {esc(a.title or a.id)} "
        f'<span class="muted">{esc(outlet_name(a))}, {esc(a.published or "undated")}'
        f"{_inferred(a.published_from) if a.published_inferred else ''}, {a.words} words"
        f"{esc(copy_note(a, page.numbers))}</span></li>"
        for a in page.brief.articles
    )
    return section("Articles", f'<ol class="articles">{items}</ol>', "articles")


def _inferred(clue: str | None) -> str:
    """An inferred date's note with the clue it came from, its words and the opening words of
    their sentence: a reader can check it (a date read off a historical one moves a whole
    timeline)."""
    return f" (inferred from {esc(clue)})" if clue else " (inferred)"


def render_html(brief: Brief) -> str:
    """The whole brief as one self-contained, script-free HTML page."""
    css = files("crossbrief.render").joinpath("brief.css").read_text(encoding="utf-8")
    page = Page(brief)
    outlets = len({outlet_name(a) for a in brief.articles})
    shared = [f for f in brief.facts if f.support >= 2] or list(brief.facts)
    parts = [
        glance(page, outlets),
        summary(page, outlets),
        facts(page, outlets),
        conflicts(page),
        coverage(page, shared[:MATRIX_FACTS]),
        timeline(page, brief.timeline),
        entities(page),
        quotes(page),
        _articles(page),
    ]
    if brief.errors:
        errs = "".join(
            f"<li>{esc(e.get('path', ''))}: {esc(e.get('reason', ''))}</li>" for e in brief.errors
        )
        parts.append(section("Inputs not read", f"<ul>{errs}</ul>", "errors"))
    title = brief_title(brief)
    return (
        "<!doctype html>\n<html lang=en><head><meta charset=utf-8>"
        f'<meta http-equiv="Content-Security-Policy" content="{CSP}">'
        '<meta name=viewport content="width=device-width, initial-scale=1">'
        f"<title>crossbrief: {esc(title)}</title><style>{css}</style></head><body><main>"
        f"<h1>{esc(title)}</h1>" + "".join(parts) + "</main></body></html>\n"
    )
