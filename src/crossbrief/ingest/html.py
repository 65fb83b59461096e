"""Saved HTML pages: main text and metadata through trafilatura."""

from __future__ import annotations

from crossbrief.errors import InputError
from crossbrief.ingest.dates import normalise_date
from crossbrief.ingest.repair import repair_article
from crossbrief.ingest.text import article_id
from crossbrief.model import Article

# Below this, what trafilatura returns is page furniture ("Home", a cookie notice), not news.
MIN_WORDS = 20


def read_html(path: str, html: str) -> Article:
    """Extract the article of a saved page; a page with no article text is an InputError."""
    import trafilatura

    doc = trafilatura.bare_extraction(html, with_metadata=True, include_comments=False)
    text = (getattr(doc, "text", None) or "").strip() if doc is not None else ""
    if len(text.split()) < MIN_WORDS:
        raise InputError(path, f"HTML page holds no article text ({len(text.split())} words found)")
    date = getattr(doc, "date", None)
    return repair_article(
        Article(
            id=article_id(path),
            text=text,
            source=getattr(doc, "sitename", None) or getattr(doc, "hostname", None) or "",
            title=getattr(doc, "title", None) or "",
            published=normalise_date(date) if date else None,
            path=path,
            url=getattr(doc, "url", None),
        )
    )
