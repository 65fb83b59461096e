"""The HTML sections on agreement and disagreement: at a glance, summary, facts, conflicts,
and the coverage matrix of who reported which fact."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence

from crossbrief.model import Brief, Conflict, Fact, SentenceRef
from crossbrief.render.glance_facts import glance_facts
from crossbrief.render.html_page import (
    Page,
    counted_once,
    esc,
    section,
    shorten,
    support_badge,
)
from crossbrief.render.labels import APART, COUNTED_ONCE, converted_sum, one_outlet_note
from crossbrief.synthesize.text import first_person

GLANCE_ROWS = 3  # facts and conflicts shown on the first screen
GLANCE_SLACK = 6  # a glance row keeps its fact whole when a cut would drop this many words or fewer
# a word telling that someone said a sentence's first-person words
_SAID = re.compile(r"\b(?:said|says|say|told|tells|stated|added|according|wrote|statement)\b")


def unsaid_voice(text: str) -> bool:
    """Whether a fact's text is someone's first-person words with no word naming a saying
    ("I expect no fine."): on the first screen, it tells no one who "I" is."""
    return first_person(text) and not _SAID.search(text)


def _disagreements(brief: Brief) -> list[Conflict]:
    """Conflicts proper: a count updated from one dated article to a later one is not one, nor
    are one sum's conversions at two rates."""
    return [c for c in brief.conflicts if c.kind not in APART]


def _values(page: Page, c: Conflict) -> str:
    """ "21 [1][4] vs 23 [2]": each distinct value once, with the articles giving it."""
    by_value: dict[str, list[SentenceRef]] = defaultdict(list)
    for v in c.values:
        by_value[v.key].append(SentenceRef(v.article, v.sentence))
    shown = {v.key: v.label for v in reversed(c.values)}
    joiner = " → " if c.kind == "update" else " vs "
    return joiner.join(
        f'<b class="value">{esc(shown[key])}</b>{page.cites(refs)}'
        for key, refs in by_value.items()
    )


def _topic(c: Conflict) -> str:
    """What a conflict is about, without the values its label repeats."""
    return c.about.split(":", 1)[0]


def _glance_list(items: list[str], total: int, sid: str, empty: str) -> str:
    """The first rows of a glance block, a link to section ``sid`` for the rest, or ``empty``."""
    if not items:
        return f'<p class="muted">{esc(empty)}</p>'
    # the rows shown, not GLANCE_ROWS: first-person facts are left off the first screen, and
    # the link must count them among the rest
    more = total - len(items)
    return f'<ul class="glance-list">{"".join(items)}</ul>' + (
        f'<a href="#{sid}">{more} more</a>' if more > 0 else ""
    )


def _quiet(shown: Sequence[object]) -> str:
    """The class that gives a glance block with nothing to show the page's plain colours."""
    return "" if shown else " quiet"


_NAV = (
    ("summary", "Summary"),
    ("facts", "Agree"),
    ("conflicts", "Differ"),
    ("coverage", "Coverage"),
    ("timeline", "Timeline"),
    ("entities", "Who"),
    ("quotes", "Quotes"),
    ("articles", "Articles"),
)


def glance(page: Page, outlets: int) -> str:
    """The first screen: how many outlets, the best-supported facts, the first conflicts; for
    a story from one outlet, that plain fact once in their stead (zero counts and two empty
    boxes would tell a reader that nothing agrees, not why)."""
    nav = "".join(f'<a href="#{sid}">{esc(label)}</a>' for sid, label in _NAV)
    alone = one_outlet_note(page.brief)
    if alone:
        return f'<div id="glance"><p class="one-outlet">{esc(alone)}</p><nav>{nav}</nav></div>'
    b = page.brief
    shared = [f for f in b.facts if f.support >= 2]
    differ = _disagreements(b)
    updates = sum(c.kind == "update" for c in b.conflicts)
    conversions = len(b.conflicts) - len(differ) - updates
    cells = [
        (str(outlets), f"outlet{'s' * (outlets != 1)}, {len(b.articles)} articles"),
        (str(len(shared)), f"fact{'s' * (len(shared) != 1)} told by 2+ outlets"),
        (str(len(differ)), f"conflict{'s' * (len(differ) != 1)} on figures, dates, ages or names"),
    ]
    # each count coloured only when there is something to count: "0 facts told by 2+ outlets"
    # in green would read as agreement, "0 conflicts" in red as an alarm
    marks = ["", ' class="agree"' if shared else "", ' class="differ"' if differ else ""]
    items = "".join(
        f"<li{m}><b>{esc(n)}</b> {esc(t)}</li>" for m, (n, t) in zip(marks, cells, strict=True)
    )
    agree = [
        f"<li>{support_badge(f.support, outlets, short=True)} {esc(shorten(f.text, 16, GLANCE_SLACK))}"
        f"{page.cites(f.sources)}</li>"
        for f in glance_facts([f for f in shared if not unsaid_voice(f.text)], GLANCE_ROWS)
    ]
    # the count above includes first-person lines left out here: the message must not deny them
    empty = (
        "Facts told by 2+ outlets are first-person words with no speaker named (see Facts)."
        if shared
        else "No fact is told by more than one outlet."
    )
    agree_body = _glance_list(agree, len(shared), "facts", empty)
    rows = [
        f'<li><span class="topic">{esc(_topic(c))}</span>: {_values(page, c)}</li>'
        for c in differ[:GLANCE_ROWS]
    ]
    differ_body = (
        _glance_list(
            rows, len(differ), "conflicts", "No figure, age, name or date differs between outlets."
        )
        + (
            f'<p class="muted">{updates} figure{"s" * (updates != 1)} updated between '
            f'dated articles (<a href="#conflicts">see</a>), not counted as conflicts.</p>'
            if updates
            else ""
        )
        + (
            f'<p class="muted">{conversions} sum{"s" * (conversions != 1)} converted at different '
            f'rates (<a href="#conflicts">see</a>), not counted as conflicts.</p>'
            if conversions
            else ""
        )
    )
    # a block with nothing to show keeps the page's plain colours: a red "Outlets differ" over
    # "no figure differs" reads as an alarm, a green "Outlets agree" over "no fact" as agreement
    return (
        f'<div id="glance"><ul class="glance">{items}</ul>'
        '<div class="glance-cols">'
        f'<div class="glance-agree{_quiet(shared)}" id="glance-agree"><h2>Outlets agree</h2>'
        f"{agree_body}</div>"
        f'<div class="glance-differ{_quiet(differ)}" id="glance-differ"><h2>Outlets differ</h2>'
        f"{differ_body}</div></div>"
        f"<nav>{nav}</nav></div>"
    )


def _who(page: Page) -> str:
    """Under the summary, whom its short forms name ("Brenn: Ida Brenn"), or nothing."""
    if not page.brief.who:
        return ""
    items = "".join(
        f"<li><b>{esc(', '.join(w.forms))}</b>: {esc(w.name)}</li>" for w in page.brief.who
    )
    return f'<p class="muted">Who is who:</p><ul class="who">{items}</ul>'


def summary(page: Page, outlets: int) -> str:
    """The summary sentences, each with its citations and outlet count, and whom its short
    forms name; no count in a story from one outlet, where "1 outlet only" on every sentence
    is noise (the glance says it)."""
    items = "".join(
        f"<li>{esc(s.text)} {page.cites(s.sources)}"
        + (
            f" {support_badge(s.support, outlets)}{counted_once(page.brief, s.sources, s.support)}"
            if outlets > 1
            else ""
        )
        + "</li>"
        for s in page.brief.summary
    )
    note = "Markers [n] are the articles carrying each sentence or a close rewording of it"
    rules = (
        "Markers [n] are the articles carrying the sentence or a close rewording of it that "
        "gives no other value of its figures (those are under Differ), no other month and "
        "no denial of it"
    )
    if outlets < 2:  # no count is shown: its rules would explain nothing on the page
        return section(
            "Summary", f'<ol class="summary">{items}</ol>{_who(page)}', "summary", note + "."
        )
    return section(
        "Summary",
        f'<ol class="summary">{items}</ol>{_who(page)}',
        "summary",
        note + "; the count is their outlets, copies of one report counted once.",
        rules + ", and the count is their outlets (" + COUNTED_ONCE + "). A rewording the "
        "facts below did not group with the sentence must also carry one of its verbs or "
        "their event noun, so the count can be higher or lower than the support of the same "
        "fact below, which counts only sentences grouped as one fact.",
    )


def facts(page: Page, outlets: int) -> str:
    """Every fact once, with its support and whether it is an attributed claim."""
    items = "".join(
        f"<li>{support_badge(f.support, outlets)} {esc(f.text)}"
        + (' <span class="flag claim">attributed claim</span>' if f.attributed else "")
        + f" {page.cites(f.sources)}{counted_once(page.brief, f.sources, f.support)}</li>"
        for f in page.brief.facts
    )
    body = (
        f'<ul class="facts">{items}</ul>'
        if items
        else "<p>No fact is reported by more than one outlet.</p>"
    )
    return section(
        "What outlets agree on",
        body,
        "facts",
        "Each fact once, with how many independent outlets report it (" + COUNTED_ONCE + "); "
        "an attributed claim is what someone said, not an established fact.",
    )


def conflicts(page: Page) -> str:
    """Every conflict with each value, its outlet and sentence; updates after disagreements."""
    rows = []
    # disagreements first; updates (counts that changed between dated articles) and one sum's
    # conversions at two rates after them
    ordered = sorted(page.brief.conflicts, key=lambda c: c.kind in APART)
    for c in ordered:
        # each value once per article, citing every sentence of it that states the value
        said: dict[tuple[str, str], list[SentenceRef]] = defaultdict(list)
        shown: dict[tuple[str, str], str] = {}
        for v in c.values:
            said[(v.key, v.article)].append(SentenceRef(v.article, v.sentence))
            shown.setdefault((v.key, v.article), v.label)
        values = "".join(
            f'<li><b class="value">{esc(shown[(key, article)])}</b> '
            f'<span class="muted">{esc(page.outlet(article, numbered=False))}</span>'
            f" {page.cites(refs)}</li>"
            for (key, article), refs in said.items()
        )
        kind = APART.get(c.kind, c.kind)
        # a conversion's kind column says what its values are: its heading names the sum only
        about = converted_sum(c) if c.kind == "conversion" else c.about
        rows.append(
            f'<tr class="{esc(c.kind)}"><th scope="row">{esc(about)}</th><td>{esc(kind)}</td>'
            f'<td><ul class="values">{values}</ul></td></tr>'
        )
    body = (
        '<table class="conflicts"><thead><tr><th>About</th><th>Kind</th>'
        f"<th>Values, by outlet</th></tr></thead><tbody>{''.join(rows)}</tbody></table>"
        if rows
        else "<p>No disagreement found on figures, dates, ages or names.</p>"
    )
    return section(
        "Where outlets differ",
        body,
        "conflicts",
        "Every value with its outlet and sentence; an update is a count that rose from an "
        "earlier-dated article to a later one, listed in date order, not a disagreement.",
    )


def coverage(page: Page, top_facts: Sequence[Fact]) -> str:
    """The matrix of ``top_facts`` (rows) against the articles (columns) reporting them."""
    arts = page.brief.articles
    if not top_facts or not arts:
        return section("Coverage", "<p>No shared facts to compare.</p>", "coverage")
    head = "".join(
        f'<th scope="col" title="{esc(page.outlet(a.id))}">[{page.numbers[a.id]}]</th>'
        for a in arts
    )
    rows = []
    for n, f in enumerate(top_facts, start=1):
        cited = {r.article: r for r in f.sources}
        cells = "".join(
            f'<td class="yes">{page.cites([cited[a.id]], "●")}</td>'
            if a.id in cited
            else '<td class="no" title="not reported">–</td>'
            for a in arts
        )
        rows.append(
            f'<tr><th scope="row" class="fact-label">{n}. {esc(shorten(f.text))}</th>{cells}</tr>'
        )
    totals = "".join(
        f"<td>{sum(1 for f in top_facts if any(r.article == a.id for r in f.sources))}</td>"
        for a in arts
    )
    body = (
        # --cols: the phone layout's grid columns, one per article (see brief.css)
        f'<div class="scroll"><table class="matrix" style="--cols:{len(arts)}">'
        "<thead><tr><th>Fact</th>"
        f"{head}</tr></thead><tbody>{''.join(rows)}</tbody>"
        f'<tfoot><tr><th scope="row">Facts reported</th>{totals}</tr></tfoot></table></div>'
    )
    return section(
        "Coverage: who reported what",
        body,
        "coverage",
        "Rows are the best-supported facts, columns the articles; a dash is a fact that "
        "article left out.",
    )
