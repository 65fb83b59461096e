"""The brief as one self-contained HTML page: no external assets, no script needed to read it.

Every piece of article text goes through ``html.escape``; the page carries a strict
Content-Security-Policy so that even a missed escape could not run a script.
"""

from __future__ import annotations

from collections import defaultdict
from html import escape
from importlib.resources import files

from crossbrief.model import Brief, SentenceRef
from crossbrief.render.labels import article_numbers, speaker_name

CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:"


def _e(text: object) -> str:
    return escape(str(text), quote=True)


def _sentence(brief: Brief, ref: SentenceRef) -> str:
    for a in brief.articles:
        if a.id == ref.article and 0 <= ref.sentence < len(a.sentences):
            return a.sentences[ref.sentence]
    return ""


def _cites(brief: Brief, refs: list[SentenceRef]) -> str:
    numbers = article_numbers(brief)
    seen: set[str] = set()
    marks = []
    for r in refs:
        if r.article in seen or r.article not in numbers:
            continue
        seen.add(r.article)
        source = next((a.source or a.id for a in brief.articles if a.id == r.article), r.article)
        marks.append(
            f'<span class="cite" tabindex="0">[{numbers[r.article]}]'
            f'<span class="tip" role="tooltip"><b>{_e(source)}</b>: {_e(_sentence(brief, r))}'
            "</span></span>"
        )
    return "".join(marks)


def _section(title: str, body: str, sid: str) -> str:
    return f'<section id="{sid}"><h2>{_e(title)}</h2>{body}</section>'


def render_html(brief: Brief) -> str:
    """The page: summary with hover/focus citations, entities, quotes, facts, conflicts,
    timeline and articles."""
    css = files("crossbrief.render").joinpath("brief.css").read_text(encoding="utf-8")
    numbers = article_numbers(brief)
    parts = []
    summary = "".join(
        f"<li>{_e(s.text)} {_cites(brief, list(s.sources))}"
        f' <span class="support" title="outlets reporting this">{s.support}</span></li>'
        for s in brief.summary
    )
    parts.append(_section("Summary", f'<ol class="summary">{summary}</ol>', "summary"))

    rows = []
    for e in brief.entities:
        forms = "".join(
            f"<li><q>{_e(al.form)}</q> <span class=muted>x{al.count} in "
            + ", ".join(f"[{numbers.get(x, '?')}]" for x in al.articles)
            + "</span></li>"
            for al in e.aliases
        )
        rows.append(
            f'<tr><th scope="row">{_e(e.name)}</th><td>{_e(e.type)}</td><td><ul class="forms">{forms}</ul></td></tr>'
        )
    parts.append(
        _section(
            "Who: one name per entity, every spelling",
            '<table class="entities"><thead><tr><th>Entity</th><th>Type</th><th>Spellings by article</th></tr></thead>'
            f"<tbody>{''.join(rows)}</tbody></table>",
            "entities",
        )
    )

    by_speaker: dict[str, list[str]] = defaultdict(list)
    for q in brief.quotes:
        who = speaker_name(brief, q.speaker, q.speaker_text)
        refs = [SentenceRef(q.article, q.sentence), *[SentenceRef(x, 0) for x in q.also_in]]
        flag = ' <span class="flag">speaker disputed</span>' if q.disputed_speakers else ""
        body = (
            f"<q>{_e(q.text)}</q>"
            if q.kind != "indirect"
            else f"<span class=indirect>{_e(q.text)}</span>"
        )
        by_speaker[who].append(
            f"<li>{body} <span class=muted>{_e(q.kind)}</span> {_cites(brief, refs)}{flag}</li>"
        )
    ledger = "".join(
        f"<div class=speaker><h3>{_e(who)}</h3><ul>{''.join(items)}</ul></div>"
        for who, items in by_speaker.items()
    )
    parts.append(_section("Who said what", ledger or "<p>No quotes found.</p>", "quotes"))

    facts = "".join(
        f'<li><span class="support">{f.support}</span> {_e(f.text)}'
        + (' <span class="flag">attributed</span>' if f.attributed else "")
        + f" {_cites(brief, list(f.sources))}</li>"
        for f in brief.facts
    )
    parts.append(
        _section(
            "What outlets agree on",
            f"<ul class=facts>{facts}</ul>"
            if facts
            else "<p>No fact reported by more than one outlet.</p>",
            "facts",
        )
    )

    conflict_rows = "".join(
        f"<tr><th scope=row>{_e(c.about)}</th><td><ul>"
        + "".join(
            f"<li><b>{_e(v.value)}</b> {_cites(brief, [SentenceRef(v.article, v.sentence)])}</li>"
            for v in c.values
        )
        + "</ul></td></tr>"
        for c in brief.conflicts
    )
    parts.append(
        _section(
            "Where outlets differ",
            f"<table class=conflicts><tbody>{conflict_rows}</tbody></table>"
            if conflict_rows
            else "<p>No disagreement found on figures.</p>",
            "conflicts",
        )
    )

    timeline = "".join(
        f'<li><time datetime="{_e(t.date)}">{_e(t.date)}</time> <span class=muted>({_e(t.expression)}'
        + (f", from {_e(t.anchor)}" if t.anchor else "")
        + f")</span> {_e(t.text)} {_cites(brief, [SentenceRef(t.article, t.sentence), *t.also_in])}</li>"
        for t in brief.timeline
    )
    parts.append(_section("Timeline", f"<ol class=timeline>{timeline}</ol>", "timeline"))

    arts = "".join(
        f"<li><b>[{numbers[a.id]}]</b> {_e(a.title or a.id)} <span class=muted>{_e(a.source or '')}"
        f" {_e(a.published or 'undated')}{' (inferred)' if a.published_inferred else ''}, {a.words} words</span></li>"
        for a in brief.articles
    )
    parts.append(_section("Articles", f"<ol class=articles>{arts}</ol>", "articles"))
    if brief.errors:
        errs = "".join(f"<li>{_e(e['path'])}: {_e(e['reason'])}</li>" for e in brief.errors)
        parts.append(_section("Inputs not read", f"<ul>{errs}</ul>", "errors"))

    return (
        "<!doctype html>\n<html lang=en><head><meta charset=utf-8>"
        f'<meta http-equiv="Content-Security-Policy" content="{CSP}">'
        '<meta name=viewport content="width=device-width, initial-scale=1">'
        f"<title>crossbrief</title><style>{css}</style></head><body><main>"
        "<h1>Brief</h1>" + "".join(parts) + "</main></body></html>\n"
    )
