"""The HTML sections on people: who (entities with every spelling) and who said what."""

from __future__ import annotations

from collections import defaultdict

from crossbrief.render.html_page import Page, esc, section
from crossbrief.render.labels import (
    Speaker,
    entity_type,
    negation_lead,
    proxy_note,
    quote_refs,
    via_note,
)
from crossbrief.render.markdown import ALIAS_KINDS, HEDGED, ledger_group, ledger_order


def entities(page: Page) -> str:
    """One row per entity: its name, type and every spelling with the articles using it."""
    rows = []
    for e in page.brief.entities:
        forms = "".join(
            f"<li><q>{esc(al.form)}</q>"
            + (f" <em>({esc(ALIAS_KINDS[al.kind])})</em>" if al.kind in ALIAS_KINDS else "")
            + f" <span class=muted>×{al.count} in "
            + ", ".join(f"[{page.numbers.get(x, '?')}]" for x in al.articles)
            + "</span></li>"
            for al in e.aliases
        )
        rows.append(
            f'<tr><th scope="row">{esc(e.name)}</th><td>{esc(entity_type(e.type))}</td>'
            f'<td><ul class="forms">{forms}</ul></td></tr>'
        )
    body = (
        '<table class="entities"><thead><tr><th>Entity</th><th>Type</th>'
        f"<th>Spellings by article</th></tr></thead><tbody>{''.join(rows)}</tbody></table>"
        if rows
        else "<p>No named entities found.</p>"
    )
    return section("Who: one name per entity, every spelling", body, "entities")


_UNNAMED = ' <span class="muted">(unnamed speaker)</span>'
_HEDGED_NOTE = ' <span class="muted">(hedged by the writer; no one is named for them)</span>'


def _heading_note(who: Speaker) -> str:
    if who == HEDGED:
        return _HEDGED_NOTE
    return _UNNAMED if who.unnamed else ""


def quotes(page: Page) -> str:
    """The quote ledger: each speaker once, under them every line they said, with its kind."""
    by_speaker: dict[Speaker, list[str]] = defaultdict(list)
    for q in page.brief.quotes:
        who = ledger_group(page.brief, q)
        refs = quote_refs(q)  # each article at the sentence holding the words
        flag = ' <span class="flag">speaker disputed</span>' if q.disputed_speakers else ""
        body = (
            f"<q>{esc(q.text)}</q>"
            if q.kind != "indirect"
            else f'<span class="indirect">{esc(q.text)}</span>'
        )
        if q.negated:  # what was not said or held, led by its negation as written
            body = f'<span class="negated">{esc(negation_lead(q))}</span> {body}'
        kind: str = "negated" if q.negated else "position" if q.position else q.kind
        if q.answer and not q.negated:  # the interviewee's own words, printed with no marks
            kind = "interview answer"
        if q.denial:  # what was denied, under the cue that denies it
            kind = q.cue or "denied"
        if who == HEDGED:
            kind = f"claim, \u201c{q.cue}\u201d"
        kind += proxy_note(q, who.label)  # a spokesman's words under whom they speak for
        kind += via_note(q)  # words the outlet had from a medium that passed them on
        by_speaker[who].append(
            f'<li>{body} <span class="muted">{esc(kind)}</span> {page.cites(refs)}{flag}</li>'
        )
    ledger = "".join(
        f'<div class="speaker"><h3>{esc(who.label)}{_heading_note(who)}</h3>'
        f"<ul>{''.join(by_speaker[who])}</ul></div>"
        for who in ledger_order(by_speaker)
    )
    return section("Who said what", ledger or "<p>No quotes found.</p>", "quotes")
