from __future__ import annotations

import json
import re
from dataclasses import replace

from crossbrief.model import (
    Alias,
    Article,
    Brief,
    BriefArticle,
    Conflict,
    ConflictValue,
    Entity,
    SentenceRef,
    SummarySentence,
)
from crossbrief.render import render_html, render_json, render_markdown
from crossbrief.schema import validate_brief

HOSTILE = '<script>alert(1)</script><img src=x onerror="alert(2)">'


def _brief() -> Brief:
    a = Article(id="a1", text=HOSTILE, source="Evil <b>Outlet</b>")
    return Brief(
        articles=(
            BriefArticle(a.id, a.source, "t", None, False, None, None, None, a.words, (HOSTILE,)),
        ),
        summary=(SummarySentence(HOSTILE, (SentenceRef("a1", 0),), 1),),
    )


def test_html_escapes_article_text() -> None:
    page = render_html(_brief())
    assert "<script>" not in page and "<img" not in page
    assert "&lt;script&gt;" in page
    assert "Content-Security-Policy" in page


def test_markdown_and_json() -> None:
    b = _brief()
    assert "## Summary" in render_markdown(b)
    import json

    validate_brief(json.loads(render_json(b)))


def test_timeline_chart_labels_each_date_at_its_own_precision() -> None:
    import re

    from crossbrief.model import TimelineEntry

    entries = tuple(
        TimelineEntry(value, precision, "Something happened.", "a1", 0, "then", None)
        for value, precision in [
            ("2014", "year"),
            ("2022-W08", "week"),
            ("2022-03-05", "day"),
            ("2022-03-05", "day"),  # two on one day: the chart tells what the list does not
        ]
    )
    page = render_html(Brief(articles=_brief().articles, timeline=entries))
    chart = page[page.index('<ol class="chart"') : page.index('<ol class="timeline"')]
    ticks = re.findall(r'<span class="when">([^<]+)<', chart)
    # a year or a week is not dated to its first day: the week is named as one, by its Monday
    assert ticks == ["2014", "week of 2022-02-21", "2022-03-05"]


def test_typewriter_quote_pairs_read_as_marks_in_html_and_markdown_but_json_keeps_them() -> None:
    text = "The mayor called it ``a disgrace,'' and left. It's Tom's car."
    b = Brief(
        articles=(BriefArticle("a1", "Wire", "t", None, False, None, None, None, 12, (text,)),),
        summary=(SummarySentence(text, (SentenceRef("a1", 0),), 1),),
    )
    shown = "The mayor called it \u201ca disgrace,\u201d and left. It's Tom's car."
    assert shown in render_markdown(b)
    assert "``" not in render_markdown(b) and "''" not in render_markdown(b)
    assert shown.replace("'", "&#x27;") in render_html(b)
    assert text in json.loads(render_json(b))["summary"][0]["text"]


def _entity(name: str, kind: str) -> Entity:
    """An entity of one alias, in article a1, of the NER type ``kind``."""
    return Entity(name.lower(), name, kind, (Alias(name, ("a1",), 1),), ("a1",), ())


def test_html_entity_types_are_plain_words_not_model_codes() -> None:
    import re

    b = Brief(
        articles=_brief().articles,
        entities=(
            _entity("Velmora", "GPE"),
            _entity("Tarnish Islanders", "NORP"),
            _entity("Harbour Board", "ORG"),
            _entity("Ann Lee", "PERSON"),
            _entity("Glimmer Prize", "SOME_NEW_LABEL"),
        ),
    )
    page = render_html(b)
    table = page[
        page.index('<table class="entities"') : page.index(
            "</table>", page.index('<table class="entities"')
        )
    ]
    shown = re.findall(r"</th><td[^>]*>([^<]*)</td>", table)
    assert shown == [
        "country, city or state",
        "nationality, religion or party",
        "organisation",
        "person",
        "some new label",
    ]
    # no model code reaches the reader as a type
    assert not any(re.fullmatch(r"[A-Z_]+", t) for t in shown)


def test_html_names_an_article_without_an_outlet_by_its_number_not_its_file_id() -> None:
    text = "The Velmora ferry sailed at noon."
    b = Brief(
        articles=(
            BriefArticle("000_4f2a9c0d1e", "", "t", None, False, None, None, None, 7, (text,)),
            BriefArticle("b2", "Harbour Post", "u", None, False, None, None, None, 7, (text,)),
        ),
        summary=(
            SummarySentence(text, (SentenceRef("000_4f2a9c0d1e", 0), SentenceRef("b2", 0)), 2),
        ),
    )
    page = render_html(b)
    tips = re.findall(r'role="tooltip"><b>([^<]*)</b>', page)
    assert tips == ["article [1]", "Harbour Post"]
    assert "<b>000_4f2a9c0d1e</b>" not in page
    # in a conflict row the marker follows the name: no "article [1] [1]", no file id
    values = (ConflictValue("12", text, "000_4f2a9c0d1e", 0), ConflictValue("14", text, "b2", 0))
    rows = render_html(replace(b, conflicts=(Conflict("ferries: 12 vs 14", "figure", values),)))
    table = rows[rows.index('<table class="conflicts"') :]
    muted = re.findall(r'</b> <span class="muted">([^<]*)</span>', table)
    assert muted[:2] == ["", "Harbour Post"]


def test_markdown_entity_types_are_plain_words_not_model_codes() -> None:
    b = Brief(
        articles=_brief().articles,
        entities=(
            _entity("Velmora", "GPE"),
            _entity("Harbour Board", "ORG"),
            _entity("Ann Lee", "PERSON"),
            _entity("Tarnish Islanders", "NORP"),
        ),
    )
    md = render_markdown(b)
    shown = re.findall(r"^- \*\*[^*]+\*\* \(([^)]+)\):", md, re.M)
    assert shown == [
        "country, city or state",
        "organisation",
        "person",
        "nationality, religion or party",
    ]
    # no model code reaches the reader, in brackets or anywhere else in the panel
    assert not re.search(r"\((?:GPE|ORG|PERSON|NORP)\)", md)


def test_a_wire_underscore_dash_reads_as_a_dash_in_html_and_markdown_but_json_keeps_it() -> None:
    text = "The ferry sank _ all 40 aboard were saved at Velmora."
    b = Brief(
        articles=(BriefArticle("a1", "Wire", "t", None, False, None, None, None, 10, (text,)),),
        summary=(SummarySentence(text, (SentenceRef("a1", 0),), 1),),
    )
    shown = "The ferry sank \u2014 all 40 aboard were saved at Velmora."
    md, page = render_markdown(b), render_html(b)
    assert shown in md and shown in page
    # Negative: no escaped or bare underscore left where the dash is shown
    assert "\\_" not in md and " _ " not in page
    # the JSON brief keeps the source sentence verbatim
    assert json.loads(render_json(b))["summary"][0]["text"] == text
