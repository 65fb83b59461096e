"""An inferred article date shows the clue it came from in the HTML (session 9's read)."""

from __future__ import annotations

from crossbrief.model import Brief, BriefArticle
from crossbrief.render import render_html, render_markdown


def _page(inferred: bool, clue: str | None) -> str:
    date = "2038-01-05" if inferred else None
    row = BriefArticle("a1", "Orlen Post", "t", date, inferred, clue, None, None, 12, ("x",))
    return render_html(Brief(articles=(row,)))


def test_an_inferred_date_shows_its_clue() -> None:
    page = _page(True, '"Tuesday (5 January)" in "Soldiers on Tuesday…" & more')
    assert (
        "2038-01-05 (inferred from &quot;Tuesday (5 January)&quot; in &quot;Soldiers on Tuesday…&quot;"
        " &amp; more)" in page
    )


def test_the_markdown_brief_shows_the_same_clue() -> None:
    row = BriefArticle(
        "a1",
        "Orlen Post",
        "t",
        "2038-01-05",
        True,
        '"Tuesday" in "On Tuesday…"',
        None,
        None,
        12,
        ("x",),
    )
    page = render_markdown(Brief(articles=(row,)))
    assert '2038-01-05 (inferred from "Tuesday" in "On Tuesday…"), 12 words' in page


def test_an_undated_article_has_no_clue() -> None:
    page = _page(False, None)
    assert "undated" in page and "inferred" not in page
