"""Founding dates: one named thing founded in two years, or founded in one year and said to
have been something "since" an earlier one ("founded the Ravel clinic in 1985" / "the Ravel
clinic has been a fixture since 1981").

A thing is founded once: two reports giving its founding two years disagree, however loosely
related their sentences otherwise are (so the pair need not be one fact, as ``when``'s
events of any kind must be: people meet and leave again, nothing is founded twice). A thing
that has been anything since a year existed then, so it was not founded later.

Read per sentence from the analysis's year expressions and the story's entities, and paired
by entity (no loop over sentence pairs):

- a **founding**: "founded", "co-founded" or "established" with a year that follows it in
  its clause ("founded the clinic in Ostrel in 1985") or opens the sentence ("In 1985, Lee
  founded ..."), of the thing named right after the verb ("founded the Ravel clinic") or
  right before it ("the Ravel clinic, founded in", "was established in"), not a person;
- a **beginning**: a sentence that opens with the thing's name, then "has", "have" or "had"
  and a participle, and "since" a year in the same clause ("The Ravel clinic has been a
  fixture for fishing families since 1981").

One report that gives its thing two founding years is unclear, and its foundings compare
with nothing.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

from crossbrief.model import AnalyzedArticle, Entity
from crossbrief.synthesize.conflicts.context import EntityIndex, Sentences
from crossbrief.synthesize.story import Story

_FOUNDED = re.compile(r"\b(?:co-?)?founded\b|\bestablished\b", re.I)
_YEAR = re.compile(r"(?:[Ii]n\s+)?(\d{4})")
# between a founding verb and the year that dates it: its clause, no sentence or clause mark
# and no comma (a year after a comma dates the next clause's verb: "who founded it, died in");
# no role ("established as a charity in": a change of status, not a founding) and no death
# (a founder's death year is no founding year)
_CLAUSE = re.compile(
    r"(?!.*\bas\s+(?:a|an)\b)(?!.*\b(?:died|dies|death)\b)[^.;:!?,]{0,80}?\b(?:in|during)\s+$",
    re.I,
)
# a sentence opening with its year ("In 1985, Lee founded", "In 1985 the group founded"): the
# verb follows within a few words
_LEAD = re.compile(r"[,\s]+(?:[A-Za-z]+\s+){0,3}?(?:(?:co-?)?founded|established)\b")
# between an active founding verb and the name of the thing founded
_OBJECT = re.compile(r"^\s*(?:the|a|an)?\s*$", re.I)
# between the name of the thing founded and a passive or participle founding verb: a comma
# (", founded in") or an auxiliary (", which was founded", "was established"); a name with
# only a space before the verb is its subject ("the club established a youth team")
_AUX = r"(?:was|were|is|has\s+been|had\s+been)\s+"
_SUBJECT = re.compile(
    rf"^\s*(?:,\s*(?:(?:which|that)\s+{_AUX})?|{_AUX})(?:first\s+|originally\s+)?$",
    re.I,
)
# a state a thing has been in since a year: "has been a fixture for fishing families since"
_SINCE = re.compile(r"^\s*(?:has|have|had)\s+[a-z]+\b[^.;:,!?]{0,80}?\bsince\s+$")
# before the name that opens a sentence
_START = re.compile(r"^\W*(?:the\s+)?$", re.I)


@dataclass(frozen=True)
class Start:
    """A year one sentence gives for a thing's founding, or a year it has existed since."""

    sentence: int  # index into story.sentences
    article: str
    thing: str  # the entity id
    name: str  # the thing's name as written
    year: str
    text: str  # the time as written ("1985", "since 1981")
    since: bool  # a beginning ("since 1981"), not a founding


def founding_conflicts(
    story: Story, entities: Sequence[Entity], index: EntityIndex | None = None
) -> list[list[Start]]:
    """Sets of founding years and "since" years of one thing that cannot all be true, each
    in story order: foundings of two years in two reports, or a year the thing is said to
    have existed since that is earlier than a founding year of another report. ``index``:
    the ``EntityIndex`` of the same ``entities`` when the caller has one (built once)."""
    index = EntityIndex(entities) if index is None else index
    people = {e.id for e in entities if e.type == "PERSON"}
    place = {(s.article, s.index): n for n, s in enumerate(story.sentences)}
    by_thing: dict[str, list[Start]] = defaultdict(list)
    for a in story.articles:
        for s in _starts(a, index, place):
            if s.thing not in people:
                by_thing[s.thing].append(s)
    out = []
    for starts in by_thing.values():
        founded: dict[str, set[str]] = defaultdict(set)  # report -> founding years
        for s in starts:
            if not s.since:
                founded[story.versions[s.article]].add(s.year)
        clear = {r: next(iter(ys)) for r, ys in founded.items() if len(ys) == 1}
        if not clear:
            continue
        keep = [s for s in starts if not s.since and story.versions[s.article] in clear]
        years = set(clear.values())
        # a beginning before a founding year another report gives
        keep += [
            s
            for s in starts
            if s.since
            and any(s.year < y for r, y in clear.items() if r != story.versions[s.article])
        ]
        if len(years) > 1 or any(s.since for s in keep):
            out.append(sorted(keep, key=lambda s: s.sentence))
    return out


def _starts(
    a: AnalyzedArticle, index: EntityIndex, place: dict[tuple[str, int], int]
) -> list[Start]:
    """The foundings and beginnings of one article's sentences."""
    text = a.article.text
    where = Sentences(a)
    mentions = index.spans.get(a.article.id, [])  # (start, end, entity id), by start
    out = []
    for t in a.times:
        m = _YEAR.fullmatch(t.text.strip())
        if t.type != "DATE" or m is None or t.value != m.group(1):
            continue
        si = where.index(t.start)
        low = a.sentences[si].start
        before = text[low : t.start]
        n = place[(a.article.id, si)]
        if before.endswith("since "):
            if (opening := _opening_name(text, low, t.start, mentions)) is not None:
                eid, name = opening
                out.append(Start(n, a.article.id, eid, name, m.group(1), "since " + t.text, True))
            continue
        verb = None
        led = t.text.strip()[:2].lower() == "in"  # "in 1985" as one expression
        if re.fullmatch(r"\W*(?:[Ii]n\s+)?", before):
            lead = _LEAD.match(text, t.end, min(len(text), t.end + 40))
            verb = _FOUNDED.search(text, t.end, lead.end()) if lead else None
        else:
            for v in _FOUNDED.finditer(before):
                if _CLAUSE.fullmatch(before[v.end() :] + ("in " if led else "")):
                    verb = _FOUNDED.search(text, low + v.start(), low + v.end())
                    break
        if verb is None:
            continue
        if (founded := _founded_thing(text, verb.start(), verb.end(), mentions)) is not None:
            eid, name = founded
            out.append(Start(n, a.article.id, eid, name, m.group(1), t.text, False))
    return out


def _founded_thing(
    text: str, start: int, end: int, mentions: Sequence[tuple[int, int, str]]
) -> tuple[str, str] | None:
    """The entity named right after an active founding verb at ``start``-``end``, else right
    before it (a passive or a participle), with its name as written."""
    for s, e, eid in mentions:
        if end <= s <= end + 12 and _OBJECT.match(text[end:s]):
            return eid, text[s:e]
    for s, e, eid in mentions:
        if start - 30 <= e <= start and _SUBJECT.match(text[e:start]):
            return eid, text[s:e]
    return None


def _opening_name(
    text: str, low: int, at: int, mentions: Sequence[tuple[int, int, str]]
) -> tuple[str, str] | None:
    """The entity whose name opens the sentence starting at ``low`` when its verb ("has
    been ...") runs on to "since" right before ``at`` in one clause."""
    for s, e, eid in mentions:
        if low <= s <= low + 6 and _START.match(text[low:s]) and _SINCE.match(text[e:at]):
            return eid, text[s:e]
    return None
