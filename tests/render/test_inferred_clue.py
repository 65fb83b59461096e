"""An inferred article date shows the clue it came from in the HTML (session 9's read)."""

from __future__ import annotations

from crossbrief.model import Brief, BriefArticle
from crossbrief.render import render_html


def _page(inferred: bool, clue: str | None) -> str:
    date = "2038-01-05" if inferred else None
    row = BriefArticle("a1", "Orlen Post", "t", date, inferred, clue, None, None, 12, ("x",))
    return render_html(Brief(articles=(row,)))


def test_an_inferred_date_shows_its_clue() -> None:
    page = _page(True, '"Tuesday (5 January)" (sentence 0) & more')
    assert (
        "2038-01-05 (inferred from &quot;Tuesday (5 January)&quot; (sentence 0) &amp; more)" in page
    )


def test_an_undated_article_has_no_clue() -> None:
    page = _page(False, None)
    assert "undated" in page and "inferred" not in page
