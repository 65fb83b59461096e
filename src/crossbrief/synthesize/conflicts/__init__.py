"""Conflicts: the same quantity, age or name given incompatible values by different articles.

Built only from what analysis found (figures, time expressions, mentions) and from the
story's sentence similarity, fact groups and entities:

    values    what a written figure allows: dimension, unit conversion, bounds, rounding
    context   the words around a value, related sentence pairs, dates, entity lookups
    readings  each figure as a value: its measure, words, noun, place, role, holder, moment
    figures   counts, money, percentages, distances, masses, speeds: readings linked
    holders   whose figure it is, which part or period, whether projected
    objects   the things a figure's own clause names ("Harlow's offer" / "its rival's")
    kinds     the kind a noun narrows a counted noun to ("nine league goals")
    rounding  one value at two precisions ("5.6%" / "5.63%", "about 30 trillion" / "31.8")
    sums      a worth against an offer ("valued at $6bn" / "a $5bn bid")
    places    a place and the country that holds it ("Brno" / "Czech Republic")
    rankings  a chart or table line ("dropped to third place on $9m"): its entries' figures
    ages      "Hale, 22" against "Hale, 21"
    names     one role, two names ("Ivo Hellberg" / "Ivo Allberg")
    populations  one place, two sizes ("a nation of 44 million" / "of 43 million people")
    when      one event, two dates ("arrested Tuesday" / "arrested Wednesday")
    beginnings  one thing founded in two years, or after a year it existed "since"
    statuses  one person, married and widowed ("He remarried" / "He was widowed")
"""

from __future__ import annotations

import re
from collections.abc import Collection, Mapping, Sequence
from dataclasses import replace

from crossbrief.model import Conflict, ConflictValue, Entity
from crossbrief.synthesize.conflicts.ages import age_conflicts
from crossbrief.synthesize.conflicts.beginnings import founding_conflicts
from crossbrief.synthesize.conflicts.context import EntityIndex
from crossbrief.synthesize.conflicts.figures import figure_conflicts
from crossbrief.synthesize.conflicts.moments import Moments
from crossbrief.synthesize.conflicts.names import name_conflicts
from crossbrief.synthesize.conflicts.populations import population_conflicts
from crossbrief.synthesize.conflicts.readings import FigureValue
from crossbrief.synthesize.conflicts.statuses import status_conflicts
from crossbrief.synthesize.conflicts.topics import label
from crossbrief.synthesize.conflicts.values import met
from crossbrief.synthesize.conflicts.when import date_conflicts, resolved_day
from crossbrief.synthesize.facts import FactGroup
from crossbrief.synthesize.story import Story

__all__ = ["CONVERTED", "build_conflicts", "conversion_topic"]

CONVERTED = "one sum converted at different rates"  # what a "conversion" conflict tells
_WORD = re.compile(r"\w+")


def conversion_topic(topic: str, converted: str) -> str:
    """The heading of one sum's conversions: that sum as written, its currency sign and all
    ("$10m"); after the words that say what it is ("fine, $10m") where those words are not
    the sum's own, which a figure's context reads without its sign ("10m fine")."""
    own = {w.casefold() for w in _WORD.findall(converted)}
    if own & {w.casefold() for w in _WORD.findall(topic)} or not topic.strip():
        return converted
    return f"{topic}, {converted}"


def build_conflicts(
    story: Story,
    groups: Sequence[FactGroup],
    entities: Sequence[Entity] = (),
    dates: Mapping[str, str | None] | None = None,
    figures: Sequence[FigureValue] | None = None,
    blocked: Collection[tuple[int, int]] = (),
    index: EntityIndex | None = None,
) -> list[Conflict]:
    """Disagreements on figures, ages, names, the dates of one event and a person's marital
    status, each listing every
    value with its article and sentence (kind "conversion" where the values differ only as
    bracketed conversions of one sum into another currency: "$10m (£5.3m)" / "$10m (£5.6m)",
    or "£5.6m" beside the first); a count that only rises from earlier-dated articles to later ones comes as
    kind "update", its values in date order; ``dates`` (from ``infer_dates``) give an undated
    article the day its own text dates it to. ``entities`` (from ``build_entities``) tell spelling variants of one name
    from two names; without them, names are compared as written. ``figures``: the story's
    figures read with the same ``entities`` (``FigureCheck.values``), so a story's figures
    are read once; read here when not given. ``blocked``: sentence pairs fact grouping kept
    apart only for their figures (``facts.Grouping.blocked``), as related as one fact's.
    ``index``: the ``EntityIndex`` of the same ``entities`` when the caller has one
    (``FigureCheck.entities``), so a story's is built once; built here when not given."""
    index = EntityIndex(entities) if index is None else index

    def value(article: str, sentence: int, text: str) -> ConflictValue:
        a = story.by_id[article]
        return ConflictValue(text, a.sentence_text(sentence), article, sentence)

    conflicts = []
    for found in figure_conflicts(story, groups, index, dates, figures, blocked):
        group = found.values
        values = tuple(
            replace(
                value(v.article, story.sentences[v.sentence].index, v.shown or v.text),
                converted_from=v.converted_from or None,  # shown, so the rate can be checked
            )
            for v in group
        )
        kind = group[0].dimension.split(":")[0]
        # one label per value however it is written ("Three", "three"; "3-percent", "3 percent")
        labels = {v.key: v.value for v in reversed(values)}
        # a bound that a stated exact value meets ("at least 60" beside "60") is no other value
        for v, f in zip(values, group, strict=True):
            if met(f.measure, [g.measure for g in group]) and len(labels) > 1:
                labels.pop(v.key, None)
        # one value however it is worded ("one", "only one"): listed once, as first written
        bounds: dict[tuple[float, float, int], str] = {}
        for v, f in zip(values, group, strict=True):
            first = bounds.setdefault((f.measure.low, f.measure.high, f.measure.sign), v.key)
            if first != v.key and first in labels:
                labels.pop(v.key, None)
        if found.update:  # a running count: its values in date order, not a disagreement
            steps = list(dict.fromkeys(labels[v.key] for v in values if v.key in labels))
            about = f"{label(story, group)}: " + ", then ".join(steps) + f" ({kind}, updated)"
            conflicts.append(Conflict(about=about, kind="update", values=values))
            continue
        distinct = sorted(labels.values())
        plain = {v.key for v, f in zip(values, group, strict=True) if not f.converted}
        if any(f.converted for f in group) and len(plain & labels.keys()) <= 1:
            # a bracketed conversion ("$10m (£5.3m)") gives a sum at the writer's rate: its
            # values differ by the rate, not on the sum, whose own figures here agree
            sums = [v.converted_from for v in values if v.converted_from]
            topic = conversion_topic(label(story, group), max(sums, key=sums.count))
            about = f"{topic}: " + " vs ".join(distinct) + f" ({kind}, {CONVERTED})"
            conflicts.append(Conflict(about=about, kind="conversion", values=values))
            continue
        about = f"{label(story, group)}: " + " vs ".join(distinct) + f" ({kind})"
        conflicts.append(Conflict(about=about, kind="figure", values=values))
    for sizes in population_conflicts(story, index):
        values = tuple(value(v.article, v.sentence, v.text) for v in sizes)
        place = max((v.name for v in sizes), key=len)
        # one place's size is one quantity: a figure conflict sharing a sentence with it is
        # the same one, shown once under the place's name with every value once
        where = {(v.article, v.sentence) for v in values}
        same = [
            n
            for n, c in enumerate(conflicts)
            if c.kind == "figure" and where & {(v.article, v.sentence) for v in c.values}
        ]
        for n in reversed(same):
            values = (*conflicts.pop(n).values, *values)
        order = {aid: n for n, aid in enumerate(story.by_id)}
        values = tuple(
            sorted(
                {(v.article, v.sentence): v for v in values}.values(),
                key=lambda v: (order[v.article], v.sentence),
            )
        )
        distinct = list(dict.fromkeys(v.value for v in values))
        about = f"population of {place}: " + " vs ".join(distinct) + " (count)"
        conflicts.append(Conflict(about=about, kind="figure", values=values))
    # an age a year on in a report dated months later is no disagreement: days as dates tell
    for ages in age_conflicts(story, index, Moments(story, dates).day):
        name = max((f.name for f in ages), key=len)
        values = tuple(value(f.article, f.sentence, f.value) for f in ages)
        about = f"age of {name}: " + " vs ".join(sorted({f.value for f in ages}))
        conflicts.append(Conflict(about=about, kind="age", values=values))
    for names in name_conflicts(story, groups, index):
        values = tuple(value(n.article, n.sentence, n.name) for n in names)
        distinct = list(dict.fromkeys(n.name for n in names))
        about = "name: " + " vs ".join(distinct)
        conflicts.append(Conflict(about=about, kind="name", values=values))
    for times in date_conflicts(story, groups, index, dates, blocked):
        # each time with the day it resolves to: "Saturday" and "Saturday" of two weeks
        # disagree on their days, which a reader is shown
        values = tuple(
            replace(
                value(t.article, story.sentences[t.sentence].index, t.text),
                resolved=resolved_day(t),
            )
            for t in times
        )
        distinct = list(dict.fromkeys(v.label for v in values))
        about = f"when {times[0].verb}: " + " vs ".join(distinct) + " (date)"
        conflicts.append(Conflict(about=about, kind="date", values=values))
    dated = [{(v.article, v.sentence) for v in c.values} for c in conflicts if c.kind == "date"]
    for starts in founding_conflicts(story, entities, index):
        values = tuple(value(s.article, story.sentences[s.sentence].index, s.text) for s in starts)
        if any({(v.article, v.sentence) for v in values} <= d for d in dated):
            continue  # the same sentences' event dates shown already
        # named as written in a sentence, without a leading article ("The Ravel clinic")
        name = re.sub(r"^[Tt]he\s+", "", max((s.name for s in starts), key=len))
        distinct = list(dict.fromkeys(s.text for s in starts))
        about = f"when {name} was founded: " + " vs ".join(distinct) + " (date)"
        conflicts.append(Conflict(about=about, kind="date", values=values))
    for statuses in status_conflicts(story, groups, blocked):
        values = tuple(
            value(s.article, story.sentences[s.sentence].index, s.status) for s in statuses
        )
        # named by the subject written as a name, where one sentence names it
        subjects = [s.who for s in statuses if s.who.lower() not in {"he", "she"}]
        whose = f" of {max(subjects, key=len)}" if subjects else ""
        distinct = list(dict.fromkeys(s.status for s in statuses))
        about = f"marital status{whose}: " + " vs ".join(distinct)
        conflicts.append(Conflict(about=about, kind="status", values=values))
    return conflicts
