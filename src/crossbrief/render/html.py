"""The brief as one self-contained HTML page: no external assets, no script, works offline.

Reading order is what a reader asks first: at a glance (how many outlets, what they agree
on, where they differ), the summary, agreement (facts with their support), disagreement
(conflicts), the coverage matrix, the timeline chart, then who, who said what, and the
articles. Every piece of article text goes through ``html.escape``; the page carries a
strict Content-Security-Policy (no script at all) so that even a missed escape runs nothing.
Citation markers are focusable, so their source sentence shows on hover, focus or tap.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from datetime import date
from html import escape
from importlib.resources import files

from crossbrief.model import Brief, BriefArticle, Conflict, Fact, SentenceRef, TimelineEntry
from crossbrief.render.labels import (
    Speaker,
    article_numbers,
    display,
    negation_lead,
    outlet_name,
    proxy_note,
    untitled_heading,
)
from crossbrief.render.markdown import ALIAS_KINDS, HEDGED, ledger_group, ledger_order

CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:"
MATRIX_FACTS = 25  # rows of the coverage matrix: the best-supported facts
GLANCE_ROWS = 3  # facts and conflicts shown on the first screen
CHART_WIDTH, CHART_ROW = 640, 22


def _e(text: object) -> str:
    return escape(display(str(text)), quote=True)


class _Page:
    """Lookups shared by every section of one page."""

    def __init__(self, brief: Brief) -> None:
        self.brief = brief
        self.numbers = article_numbers(brief)
        self.by_id: dict[str, BriefArticle] = {a.id: a for a in brief.articles}

    def sentence(self, ref: SentenceRef) -> str:
        a = self.by_id.get(ref.article)
        if a is not None and 0 <= ref.sentence < len(a.sentences):
            return a.sentences[ref.sentence]
        return ""

    def cites(self, refs: Iterable[SentenceRef], mark: str = "") -> str:
        """One focusable marker per article, its tooltip the cited sentence."""
        seen: set[str] = set()
        marks = []
        for r in refs:
            if r.article in seen or r.article not in self.numbers:
                continue
            seen.add(r.article)
            a = self.by_id[r.article]
            marks.append(
                f'<span class="cite" tabindex="0" aria-label="source {self.numbers[r.article]}">'
                f"{mark or f'[{self.numbers[r.article]}]'}"
                f'<span class="tip" role="tooltip"><b>{_e(outlet_name(a))}</b>: '
                f"{_e(self.sentence(r))}</span></span>"
            )
        return "".join(marks)


def _section(title: str, body: str, sid: str, note: str = "") -> str:
    lead = f'<p class="muted">{_e(note)}</p>' if note else ""
    return f'<section id="{sid}"><h2>{_e(title)}</h2>{lead}{body}</section>'


def _support(support: int, outlets: int, short: bool = False) -> str:
    cls = "support single" if support < 2 else "support"
    label = "1 outlet only" if support < 2 else f"{support} of {outlets} outlets"
    text = f"{support}/{outlets}" if short else label
    return f'<span class="{cls}" title="{label}">{text}</span>'


def _disagreements(brief: Brief) -> list[Conflict]:
    """Conflicts proper: a count updated from one dated article to a later one is not one."""
    return [c for c in brief.conflicts if c.kind != "update"]


def _values(page: _Page, c: Conflict) -> str:
    """ "21 [1][4] vs 23 [2]": each distinct value once, with the articles giving it."""
    by_value: dict[str, list[SentenceRef]] = defaultdict(list)
    for v in c.values:
        by_value[v.key].append(SentenceRef(v.article, v.sentence))
    shown = {v.key: v.value for v in reversed(c.values)}
    joiner = " → " if c.kind == "update" else " vs "
    return joiner.join(
        f'<b class="value">{_e(shown[key])}</b>{page.cites(refs)}' for key, refs in by_value.items()
    )


def _topic(c: Conflict) -> str:
    """What a conflict is about, without the values its label repeats."""
    return c.about.split(":", 1)[0]


def _glance_list(items: str, total: int, section: str, empty: str) -> str:
    """The first rows of a glance block, a link to the section for the rest, or ``empty``."""
    if not items:
        return f'<p class="muted">{_e(empty)}</p>'
    more = total - GLANCE_ROWS
    return f'<ul class="glance-list">{items}</ul>' + (
        f'<a href="#{section}">{more} more</a>' if more > 0 else ""
    )


def _glance(page: _Page, outlets: int) -> str:
    """The first screen: how many outlets, the best-supported facts, the first conflicts."""
    b = page.brief
    shared = [f for f in b.facts if f.support >= 2]
    differ = _disagreements(b)
    updates = len(b.conflicts) - len(differ)
    cells = [
        (str(outlets), f"outlet{'s' * (outlets != 1)}, {len(b.articles)} articles"),
        (str(len(shared)), f"fact{'s' * (len(shared) != 1)} told by 2+ outlets"),
        (str(len(differ)), f"conflict{'s' * (len(differ) != 1)} on figures, ages or names"),
    ]
    items = "".join(f"<li><b>{_e(n)}</b> {_e(t)}</li>" for n, t in cells)
    agree = "".join(
        f"<li>{_support(f.support, outlets, short=True)} {_e(_short(f.text, 16))}"
        f"{page.cites(f.sources)}</li>"
        for f in shared[:GLANCE_ROWS]
    )
    agree_body = _glance_list(
        agree, len(shared), "facts", "No fact is told by more than one outlet."
    )
    rows = "".join(
        f'<li><span class="topic">{_e(_topic(c))}</span>: {_values(page, c)}</li>'
        for c in differ[:GLANCE_ROWS]
    )
    differ_body = _glance_list(
        rows, len(differ), "conflicts", "No figure, age, name or date differs between outlets."
    ) + (
        f'<p class="muted">{updates} figure{"s" * (updates != 1)} updated between '
        f'dated articles (<a href="#conflicts">see</a>), not counted as conflicts.</p>'
        if updates
        else ""
    )
    nav = "".join(
        f'<a href="#{sid}">{_e(label)}</a>'
        for sid, label in (
            ("summary", "Summary"),
            ("facts", "Agree"),
            ("conflicts", "Differ"),
            ("coverage", "Coverage"),
            ("timeline", "Timeline"),
            ("entities", "Who"),
            ("quotes", "Quotes"),
            ("articles", "Articles"),
        )
    )
    return (
        f'<div id="glance"><ul class="glance">{items}</ul>'
        '<div class="glance-cols">'
        f'<div class="glance-agree" id="glance-agree"><h2>Outlets agree</h2>{agree_body}</div>'
        f'<div class="glance-differ" id="glance-differ"><h2>Outlets differ</h2>{differ_body}'
        "</div></div>"
        f"<nav>{nav}</nav></div>"
    )


def _summary(page: _Page, outlets: int) -> str:
    items = "".join(
        f"<li>{_e(s.text)} {page.cites(s.sources)} {_support(s.support, outlets)}</li>"
        for s in page.brief.summary
    )
    return _section(
        "Summary",
        f'<ol class="summary">{items}</ol>',
        "summary",
        "Markers [n] are the articles carrying the sentence or a close rewording of it that "
        "gives no other value of its figures (those are under Differ), and "
        "the count is their outlets; it can be higher than the support of the same fact "
        "below, which counts only sentences grouped as one fact.",
    )


def _facts(page: _Page, outlets: int) -> str:
    items = "".join(
        f"<li>{_support(f.support, outlets)} {_e(f.text)}"
        + (' <span class="flag">attributed claim</span>' if f.attributed else "")
        + f" {page.cites(f.sources)}</li>"
        for f in page.brief.facts
    )
    body = (
        f'<ul class="facts">{items}</ul>'
        if items
        else "<p>No fact is reported by more than one outlet.</p>"
    )
    return _section(
        "What outlets agree on",
        body,
        "facts",
        "Each fact once, with how many independent outlets report it; "
        "an attributed claim is what someone said, not an established fact.",
    )


def _conflicts(page: _Page) -> str:
    rows = []
    # disagreements first; updates (counts that changed between dated articles) after them
    ordered = sorted(page.brief.conflicts, key=lambda c: c.kind == "update")
    for c in ordered:
        values = "".join(
            f'<li><b class="value">{_e(v.value)}</b> '
            f'<span class="muted">{_e(outlet_name(page.by_id[v.article]) if v.article in page.by_id else v.article)}</span>'
            f" {page.cites([SentenceRef(v.article, v.sentence)])}</li>"
            for v in c.values
        )
        kind = "update (running count)" if c.kind == "update" else c.kind
        rows.append(
            f'<tr class="{_e(c.kind)}"><th scope="row">{_e(c.about)}</th><td>{_e(kind)}</td>'
            f'<td><ul class="values">{values}</ul></td></tr>'
        )
    body = (
        '<table class="conflicts"><thead><tr><th>About</th><th>Kind</th>'
        f"<th>Values, by outlet</th></tr></thead><tbody>{''.join(rows)}</tbody></table>"
        if rows
        else "<p>No disagreement found on figures, ages or names.</p>"
    )
    return _section(
        "Where outlets differ",
        body,
        "conflicts",
        "Every value with its outlet and sentence; an update is a count that rose from an "
        "earlier-dated article to a later one, listed in date order, not a disagreement.",
    )


def _coverage(page: _Page, facts: Sequence[Fact]) -> str:
    arts = page.brief.articles
    if not facts or not arts:
        return _section("Coverage", "<p>No shared facts to compare.</p>", "coverage")
    head = "".join(
        f'<th scope="col" title="{_e(outlet_name(a))}">[{page.numbers[a.id]}]</th>' for a in arts
    )
    rows = []
    for n, f in enumerate(facts, start=1):
        cited = {r.article: r for r in f.sources}
        cells = "".join(
            f'<td class="yes">{page.cites([cited[a.id]], "●")}</td>'
            if a.id in cited
            else '<td class="no" title="not reported">–</td>'
            for a in arts
        )
        rows.append(
            f'<tr><th scope="row" class="fact-label">{n}. {_e(_short(f.text))}</th>{cells}</tr>'
        )
    totals = "".join(
        f"<td>{sum(1 for f in facts if any(r.article == a.id for r in f.sources))}</td>"
        for a in arts
    )
    body = (
        '<div class="scroll"><table class="matrix"><thead><tr><th>Fact</th>'
        f"{head}</tr></thead><tbody>{''.join(rows)}</tbody>"
        f'<tfoot><tr><th scope="row">Facts reported</th>{totals}</tr></tfoot></table></div>'
    )
    return _section(
        "Coverage: who reported what",
        body,
        "coverage",
        "Rows are the best-supported facts, columns the articles; a dash is a fact that "
        "article left out.",
    )


def _short(text: str, words: int = 14) -> str:
    parts = text.split()
    return " ".join(parts[:words]) + (" …" if len(parts) > words else "")


def _day(value: str) -> date | None:
    try:
        return date.fromisoformat((value + "-01-01")[:10] if len(value) == 4 else value[:10])
    except ValueError:
        try:
            return date.fromisoformat(value[:7] + "-01")
        except ValueError:
            return None


def _timeline(page: _Page, entries: Sequence[TimelineEntry]) -> str:
    dated = [(d, t) for t in entries if (d := _day(t.date)) is not None]
    if not dated:
        return _section("Timeline", "<p>No dated events found.</p>", "timeline")
    first = min(d for d, _ in dated)
    last = max(d for d, _ in dated)
    # A row per value at its own precision: a year or a week is labelled as such, not as
    # its first day, which would date a background fact to a day nobody reported.
    start = {t.date: d for d, t in dated}
    labels = sorted(start, key=lambda v: (start[v], len(v), v))
    counts = {v: sum(1 for _, t in dated if t.date == v) for v in labels}
    most = max(counts.values())
    pad, label_w = 10, 90
    width = CHART_WIDTH
    height = CHART_ROW * len(labels) + 2 * pad
    x0, x1 = label_w, width - pad - 30
    # one row per date, in order; the bar is how many events the articles date to that day
    # (a time-proportional axis would crush a week of news against one old background date)
    marks = [f'<line x1="{x0}" y1="{pad}" x2="{x0}" y2="{height - pad}" class="axis"/>']
    for row, v in enumerate(labels):
        y = pad + row * CHART_ROW + CHART_ROW // 2
        x = x0 + max((x1 - x0) * counts[v] / most, 4)
        marks.append(
            f'<text x="{x0 - 6}" y="{y + 4}" text-anchor="end" class="tick">{_e(v)}</text>'
            f'<rect x="{x0}" y="{y - 6}" width="{x - x0:.1f}" height="12" rx="3" class="bar">'
            f"<title>{_e(v)}: {counts[v]} event(s)</title></rect>"
            f'<text x="{x + 4:.1f}" y="{y + 4}" class="tick">{counts[v]}</text>'
        )
    svg = (
        f'<svg class="chart" viewBox="0 0 {width} {height}" role="img" '
        f'aria-label="timeline from {first.isoformat()} to {last.isoformat()}" '
        f'preserveAspectRatio="xMinYMin meet">{"".join(marks)}</svg>'
    )
    items = "".join(
        f'<li><time datetime="{_e(t.date)}">{_e(t.date)}</time> '
        f'<span class="muted">({_e(t.expression)}'
        + (f", from {_e(t.anchor)}" if t.anchor else "")
        + f")</span> {_e(t.text)} "
        + page.cites([SentenceRef(t.article, t.sentence), *t.also_in])
        + "</li>"
        for t in entries
    )
    return _section(
        "Timeline",
        f'{svg}<ol class="timeline">{items}</ol>',
        "timeline",
        "Markers [n] are the articles dating the same event to the same day.",
    )


def _entities(page: _Page) -> str:
    rows = []
    for e in page.brief.entities:
        forms = "".join(
            f"<li><q>{_e(al.form)}</q>"
            + (f" <em>({_e(ALIAS_KINDS[al.kind])})</em>" if al.kind in ALIAS_KINDS else "")
            + f" <span class=muted>×{al.count} in "
            + ", ".join(f"[{page.numbers.get(x, '?')}]" for x in al.articles)
            + "</span></li>"
            for al in e.aliases
        )
        rows.append(
            f'<tr><th scope="row">{_e(e.name)}</th><td>{_e(e.type)}</td>'
            f'<td><ul class="forms">{forms}</ul></td></tr>'
        )
    body = (
        '<table class="entities"><thead><tr><th>Entity</th><th>Type</th>'
        f"<th>Spellings by article</th></tr></thead><tbody>{''.join(rows)}</tbody></table>"
        if rows
        else "<p>No named entities found.</p>"
    )
    return _section("Who: one name per entity, every spelling", body, "entities")


_UNNAMED = ' <span class="muted">(unnamed speaker)</span>'
_HEDGED_NOTE = ' <span class="muted">(hedged by the writer; no one is named for them)</span>'


def _heading_note(who: Speaker) -> str:
    if who == HEDGED:
        return _HEDGED_NOTE
    return _UNNAMED if who.unnamed else ""


def _quotes(page: _Page) -> str:
    by_speaker: dict[Speaker, list[str]] = defaultdict(list)
    for q in page.brief.quotes:
        who = ledger_group(page.brief, q)
        refs = [SentenceRef(q.article, q.sentence), *[SentenceRef(x, 0) for x in q.also_in]]
        flag = ' <span class="flag">speaker disputed</span>' if q.disputed_speakers else ""
        body = (
            f"<q>{_e(q.text)}</q>"
            if q.kind != "indirect"
            else f'<span class="indirect">{_e(q.text)}</span>'
        )
        if q.negated:  # what was not said or held, led by its negation as written
            body = f'<span class="negated">{_e(negation_lead(q))}</span> {body}'
        kind: str = "negated" if q.negated else "position" if q.position else q.kind
        if q.denial:  # what was denied, under the cue that denies it
            kind = q.cue or "denied"
        if who == HEDGED:
            kind = f"claim, \u201c{q.cue}\u201d"
        kind += proxy_note(q, who.label)  # a spokesman's words under whom they speak for
        by_speaker[who].append(
            f'<li>{body} <span class="muted">{_e(kind)}</span> {page.cites(refs)}{flag}</li>'
        )
    ledger = "".join(
        f'<div class="speaker"><h3>{_e(who.label)}{_heading_note(who)}</h3>'
        f"<ul>{''.join(by_speaker[who])}</ul></div>"
        for who in ledger_order(by_speaker)
    )
    return _section("Who said what", ledger or "<p>No quotes found.</p>", "quotes")


def _articles(page: _Page) -> str:
    items = "".join(
        f"<li><b>[{page.numbers[a.id]}]</b> {_e(a.title or a.id)} "
        f'<span class="muted">{_e(outlet_name(a))}, {_e(a.published or "undated")}'
        f"{' (inferred)' if a.published_inferred else ''}, {a.words} words</span></li>"
        for a in page.brief.articles
    )
    return _section("Articles", f'<ol class="articles">{items}</ol>', "articles")


def render_html(brief: Brief) -> str:
    """The whole brief as one self-contained, script-free HTML page."""
    css = files("crossbrief.render").joinpath("brief.css").read_text(encoding="utf-8")
    page = _Page(brief)
    outlets = len({outlet_name(a) for a in brief.articles})
    shared = [f for f in brief.facts if f.support >= 2] or list(brief.facts)
    parts = [
        _glance(page, outlets),
        _summary(page, outlets),
        _facts(page, outlets),
        _conflicts(page),
        _coverage(page, shared[:MATRIX_FACTS]),
        _timeline(page, brief.timeline),
        _entities(page),
        _quotes(page),
        _articles(page),
    ]
    if brief.errors:
        errs = "".join(
            f"<li>{_e(e.get('path', ''))}: {_e(e.get('reason', ''))}</li>" for e in brief.errors
        )
        parts.append(_section("Inputs not read", f"<ul>{errs}</ul>", "errors"))
    title = next((a.title for a in brief.articles if a.title), "") or untitled_heading(brief)
    return (
        "<!doctype html>\n<html lang=en><head><meta charset=utf-8>"
        f'<meta http-equiv="Content-Security-Policy" content="{CSP}">'
        '<meta name=viewport content="width=device-width, initial-scale=1">'
        f"<title>crossbrief: {_e(title)}</title><style>{css}</style></head><body><main>"
        f"<h1>{_e(title)}</h1>" + "".join(parts) + "</main></body></html>\n"
    )
