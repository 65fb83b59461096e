"""The brief as Markdown, for the terminal and for notes."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Mapping, Sequence

from crossbrief.model import (
    Brief,
    BriefQuote,
    ConflictValue,
    Entity,
    SentenceRef,
    TimelineEntry,
)
from crossbrief.render.date_labels import WEEKDAYS_APART, date_label, weekday_groups, written_note
from crossbrief.render.labels import (
    APART,
    COUNTED_ONCE,
    Speaker,
    article_numbers,
    as_written,
    brief_title,
    cite,
    converted_sum,
    copy_note,
    display,
    entity_type,
    ledger_speaker,
    negation_lead,
    one_outlet_note,
    quote_refs,
    speaker_name,
)

MAX_ENTITIES = 25
MAX_FACTS = 15


def _md(text: str) -> str:
    """Text safe inside a Markdown line (no accidental tables or markup)."""
    return (
        display(text).replace("\n", " ").replace("|", "\\|").replace("*", "\\*").replace("_", "\\_")
    )


# Markdown's inline specials, a backslash before each: "#" too, since a heading's closing
# "#"s would be dropped, and "<" and "&" that would open a tag or an entity
_TITLE_SPECIALS = re.compile(r"([\\`*_\[\]<>#|&~!])")


def _md_title(text: str) -> str:
    """A title safe as a Markdown heading's text: every inline special escaped."""
    return _TITLE_SPECIALS.sub(r"\\\1", " ".join(display(text).split()))


# How the spelling panel labels forms that are not spellings of the name itself.
ALIAS_KINDS = {
    "acronym": "acronym",
    "role": "role description",
    "capital": "metonym: the capital",
    "demonym": "metonym: the people",
}


def _entity_panel(brief: Brief, e: Entity, numbers: dict[str, int]) -> list[str]:
    """One entity under its name, then each form it was written as and which outlets wrote it
    (metonyms and role descriptions marked as such, never folded into the spellings)."""
    outlets = {a.id: (a.source.strip() or a.id) for a in brief.articles}
    n_outlets = len({outlets.get(x, x) for x in e.articles})
    lines = [
        f"- **{_md(e.name)}** ({entity_type(e.type)}): {len(e.mentions)} mention"
        f"{'s' if len(e.mentions) != 1 else ''}, "
        f"{n_outlets} outlet{'s' if n_outlets != 1 else ''}"
    ]
    for al in e.aliases:
        by_outlet: dict[str, list[int]] = defaultdict(list)
        for x in al.articles:
            by_outlet[outlets.get(x, x)].append(numbers.get(x, 0))
        where = ", ".join(
            f"{_md(o)} [{', '.join(str(n) for n in sorted(ns))}]"
            for o, ns in sorted(by_outlet.items(), key=lambda kv: min(kv[1]))
        )
        note = f" ({ALIAS_KINDS[al.kind]})" if al.kind in ALIAS_KINDS else ""
        times = f" x{al.count}" if al.count > 1 else ""
        lines.append(f"  - {_md(al.form)}{note}{times}: {where}")
    return lines


def _who_said_what(brief: Brief) -> list[str]:
    """The quote ledger grouped by speaker, most quoted first: direct words in quote marks,
    fragments marked as such, reported speech as reported, an act or a stance as a position,
    what a negated cue reports after that cue ("did not believe"), each with its outlets.
    Speakers linked to no entity come after the named ones, under their phrase marked
    unnamed; claims hedged with no one named ("reportedly") come last, under their own
    heading."""
    by_speaker: dict[Speaker, list[str]] = defaultdict(list)
    for q in brief.quotes:
        who = ledger_group(brief, q)
        where = cite(brief, quote_refs(q))
        flag = ""
        if q.disputed_speakers:
            names = ", ".join(speaker_name(brief, s, None) for s in q.disputed_speakers)
            flag = f" (outlets disagree on the speaker: {names})"
        written = as_written(q, who.label)
        if q.negated:  # what was not said or held, with the negation as written
            lead = f"({negation_lead(q)}) "
            text = lead + (q.text if q.kind == "indirect" else f"\u201c{q.text}\u201d")
        elif q.kind == "direct":
            text = f"\u201c{q.text}\u201d"
        elif q.kind == "partial":
            text = f"(in part) \u2026\u201c{q.text}\u201d\u2026"
        elif who == HEDGED:
            text = f"(claim, \u201c{q.cue}\u201d) {q.text}"
        elif q.denial:  # what was denied, with the cue that denies it
            text = f"({q.cue}) {q.text}"
        elif q.answer:  # the interviewee's own words, printed with no marks
            text = f"(interview answer) {q.text}"
        elif q.position:
            text = f"(position) {q.text}"
        else:
            text = f"(reported) {q.text}"
        by_speaker[who].append(f"  - {_md(text)}{_md(written)} {where}{flag}")
    if not by_speaker:
        return ["- No quotes found."]
    lines: list[str] = []
    for who in ledger_order(by_speaker):
        mark = " (unnamed speaker)" if who.unnamed else ""
        if who == HEDGED:
            mark = " (hedged by the writer; no one is named for them)"
        lines.append(f"- **{_md(who.label)}**{mark}")
        lines.extend(by_speaker[who])
    return lines


# The ledger group of claims whose writer hedged them and named no one for them.
HEDGED = Speaker("unattributed (reported, alleged, expected, seeming)")


def ledger_group(brief: Brief, q: BriefQuote) -> Speaker:
    """The group a ledger line goes under: its speaker, or HEDGED for a hedged claim with
    no one named, so that it is never shown as anyone's words."""
    return HEDGED if q.hedged else ledger_speaker(brief, q)


def ledger_order(groups: dict[Speaker, list[str]]) -> list[Speaker]:
    """Named speakers, most quoted first, then unnamed ones likewise, "unattributed", and
    the hedged claims last; ties keep first-appearance order."""
    return sorted(groups, key=lambda w: (w == HEDGED, not w.attributed, w.unnamed, -len(groups[w])))


def render_markdown(brief: Brief) -> str:
    """The whole brief as Markdown, sections in reading order."""
    numbers = article_numbers(brief)
    out: list[str] = [f"# {_md_title(brief_title(brief))}", ""]
    alone = one_outlet_note(brief)  # said once, first: nothing below compares outlets
    out += [_md(alone), ""] if alone else []
    out += ["## Articles", ""]
    for a in brief.articles:
        date = a.published or "undated"
        if a.published_inferred:
            date += f" (inferred from {a.published_from})" if a.published_from else " (inferred)"
        name = a.title or a.id
        source = _md(a.source or "unknown source")
        copy = copy_note(a, numbers)
        out.append(f"{numbers[a.id]}. {_md(name)} - {source}, {date}, {a.words} words{copy}")
    out += ["", "## Summary", ""]
    out += [
        "Citations: the articles carrying the sentence or a close rewording of it that gives",
        "no other value of its figures, no other month and no denial of it; a rewording the",
        "facts below did not group with it must also carry one of its verbs or their event",
        "noun (the facts count only sentences grouped as one fact, so their support can be",
        "higher or lower).",
        "",
    ]
    for s in brief.summary:
        out.append(f"- {_md(s.text)} {cite(brief, s.sources)}")
    if brief.who:  # the short forms the summary names people and bodies by
        named = "; ".join(f"{', '.join(w.forms)}: {w.name}" for w in brief.who)
        out += ["", f"Who is who: {_md(named)}."]
    out += ["", "## Who", ""]
    for e in brief.entities[:MAX_ENTITIES]:
        out += _entity_panel(brief, e, numbers)
    if len(brief.entities) > MAX_ENTITIES:
        out.append(f"- ... and {len(brief.entities) - MAX_ENTITIES} more (see --format json)")
    out += ["", "## Who said what", ""]
    out += _who_said_what(brief)
    out += ["", "## Facts and their support", ""]
    # the rule only where a count is below its markers, so never above "No fact ..."
    if any(len({r.article for r in f.sources}) > f.support for f in brief.facts[:MAX_FACTS]):
        out += ["Counts are of outlets: " + COUNTED_ONCE + ".", ""]
    for f in brief.facts[:MAX_FACTS]:
        claim = " (attributed claim)" if f.attributed else ""
        articles = len({r.article for r in f.sources})
        # the count of outlets can be below the markers: say why where it is
        also = f" from {articles} articles" if articles > f.support else ""
        out.append(f"- {f.support} outlets{also}{claim}: {_md(f.text)} {cite(brief, f.sources)}")
    if len(brief.facts) > MAX_FACTS:
        out.append(f"- ... and {len(brief.facts) - MAX_FACTS} more facts (see --format json)")
    if not brief.facts:
        out.append("- No fact is reported by more than one outlet.")
    out += ["", "## Where outlets differ", ""]
    differ = [c for c in brief.conflicts if c.kind not in APART]
    updates = [c for c in brief.conflicts if c.kind == "update"]
    conversions = [c for c in brief.conflicts if c.kind == "conversion"]
    for c in differ:
        values = "; ".join(_once(c.values, numbers))
        out.append(f"- {_md(c.about)}: {values}")
    if not differ:
        out.append("- No disagreement found on figures, ages, names or dates.")
    if updates:
        # a count that rose from an earlier-dated article to a later one is news, not a dispute
        out += ["", "## Counts updated between dated articles", ""]
        for c in updates:
            values = " then ".join(_once(c.values, numbers))
            out.append(f"- {_md(c.about)}: {values}")
    if conversions:
        # "$10m (£5.3m)" beside "$10m (£5.6m)": the rates differ, not the sum
        out += ["", "## Sums converted at different rates", ""]
        for c in conversions:  # the heading tells the kind: the line names the sum, then its values
            values = "; ".join(_once(c.values, numbers))
            out.append(f"- {_md(converted_sum(c))}: {values}")
    out += ["", "## Timeline", ""]
    weekdays = [t for t in brief.timeline if t.precision == "weekday"]
    for t in [t for t in brief.timeline if t.precision != "weekday"]:
        out.append(_timeline_line(brief, t))
    if weekdays:
        # Apart: weekdays of unknown weeks in one list would read as one week.
        out += ["", f"### {WEEKDAYS_APART}", ""]
        for n, (label, run) in enumerate(weekday_groups(weekdays)):
            # A label where the tense changes: those still to come are not out of order.
            out += ([""] if n else []) + ([f"#### {label}", ""] if label else [])
            out += [_timeline_line(brief, t) for t in run]
    if brief.errors:
        out += ["", "## Inputs not read", ""]
        out += [f"- {_md(e['path'])}: {_md(e['reason'])}" for e in brief.errors]
    return "\n".join(out) + "\n"


def _timeline_line(brief: Brief, t: TimelineEntry) -> str:
    """A timeline entry as a list item: date, expression and anchor, sentence, citations."""
    refs = [SentenceRef(t.article, t.sentence), *t.also_in]
    note = written_note(t)  # never the day twice: "Tuesday (date not given) (Tuesday)"
    said = f" ({_md(note)})" if note else ""
    return f"- **{date_label(t.date)}**{said}: {_md(t.text)} {cite(brief, refs)}"


def _once(values: Sequence[ConflictValue], numbers: Mapping[str, int]) -> list[str]:
    """A conflict's values, each (value, article) once however many sentences repeat it:
    "40 [1]", not "40 [1]; 40 [1]"."""
    seen: dict[tuple[str, str], str] = {}
    for v in values:
        seen.setdefault((v.key, v.article), f"{_md(v.label)} [{numbers.get(v.article, '?')}]")
    return list(seen.values())
