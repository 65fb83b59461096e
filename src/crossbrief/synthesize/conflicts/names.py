"""Name conflicts: the same role filled by different names in different articles.

Two patterns, both between related sentences of two articles:

- a surname misreported: two-word person names with the same first name and surnames a few
  letters apart ("Ivo Hellberg" / "Ivo Allberg"); one letter apart is a typo of one
  name, far apart is two people, and the same letters moved or doubled are one name spelt
  two ways ("Osterby" / "Ostterby": ``respelt``);
- a surname swapped after a title in an edited sentence: two person names with the same
  given name (or initials) and surnames more than a letter apart, each right after the same
  ``FRAME`` title words and before the same words, in two near-identical sentences ("chief
  engineer P.K. Osterby told" / "chief engineer P.K. Lindqvist told"): one role, so one
  person named two ways, however far apart the surnames (after a comma, "the man charged,
  Lee", the words describe and two men may fit them);
- a name swapped in an edited sentence: two near-identical sentences (one wire story edited,
  similarity at least ``SAME``) whose word-level difference (difflib) is a short stretch
  holding a named mention on each side ("the Tarnow City Council met on Thursday" /
  "Orlin's City Council met on Thursday"), unless each article names the other's thing
  elsewhere (both reports know both: two bidders). Only edited sentences count: in
  paraphrases one frame often holds two names of one thing ("in the lower house" / "in
  parliament").

Spelling variants of one entity (as synthesis' entities grouped them) are never a conflict,
nor are names that share a word ("Islamic Jihad" / "Islamic Holy War": two renderings of one
name), nor a country and its capital or seat of government ("Sudan" / "Khartoum": a metonym),
nor a place and the country that holds it ("Brno" / "Czech Republic": ``places``),
nor two person names an article mentions side by side (it is talking about two
people), nor a name in a list of ``LIST`` or more person names (a line-up set against
another line-up is two selections, not one role named two ways), nor a name in a verbless
line of names of any length (``lineups``: "Unused: Hart, Cole."), nor a name in a sentence
of a replacement in a team or a cast (``lineups.replaces``: "Hart comes in for Cole in
the side").
"""

from __future__ import annotations

import itertools
import re
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, replace
from difflib import SequenceMatcher

from rapidfuzz.distance import Levenshtein
from spacy.lang.en.stop_words import STOP_WORDS

from crossbrief.synthesize.conflicts.context import (
    EntityIndex,
    Sentences,
    related_pairs,
)
from crossbrief.synthesize.conflicts.lineups import name_line, replaces
from crossbrief.synthesize.conflicts.places import PLACE_TYPES, within
from crossbrief.synthesize.entities.countries import countries, metonyms
from crossbrief.synthesize.entities.names import name_key
from crossbrief.synthesize.facts import FactGroup
from crossbrief.synthesize.story import Story
from crossbrief.synthesize.text import fold

SLOT_TYPES = frozenset({"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC"})
SAME = 0.6  # similarity of two sentences that are one sentence edited
SWAP_TYPES = frozenset({"PERSON", "ORG", "GPE", "LOC", "FAC"})  # names, not "Serbian"
FRAME = 2  # words either side of a person name that must match for a renamed person
LIST = 4  # person names in a row that make a list rather than a role
SWAP_MAX = 5  # tokens a changed stretch of an edited sentence may hold to be a name swap
_ARTICLES = frozenset({"the", "a", "an", "s"})
_TOKEN = re.compile(r"\w+|[^\w\s]")
_TRAILING = re.compile(r"(?:['\u2019]s?|[^\w\s.-])+$")
_WORDS = re.compile(r"\w+")
_TITLED = re.compile(r"\w\s+$")  # a word right before a name, no mark between
# what separates two names of a list: a comma, semicolon or "and", after a bracketed aside
# ("T Osterby (Harbour), K Lindqvist")
_LISTED = re.compile(r"\s*(?:\([^()]{0,40}\)\s*)?(?:[,;&]|and\b)\s*(?:and\s+)?")


@dataclass(frozen=True)
class NameValue:
    """One name mention: where it is and which entity it belongs to."""

    article: str
    sentence: int  # in its article
    name: str  # as written, possessive and punctuation trimmed
    start: int
    entity: str  # the story entity id, or the folded name when none was found
    type: str = "PERSON"
    length: int = 0  # of the mention as written


def clean(text: str) -> str:
    """A mention without a trailing possessive or punctuation ("Laramie's" -> "Laramie")."""
    return _TRAILING.sub("", text).rstrip(".")


def _misspelt(a: str, b: str) -> bool:
    """Two surnames close enough to be one name reported two ways ("Hellberg"/"Allberg"),
    yet more than a one-letter typo apart ("Valentova"/"Valantova"); names further
    apart belong to two people ("Ivo Brennan", "Ivo Dorsett")."""
    edits = Levenshtein.distance(a, b)
    return 2 <= edits <= min(len(a), len(b)) // 3 and not respelt(a, b)


def respelt(a: str, b: str) -> bool:
    """Whether two surnames are one name spelt two ways: written with the same letters,
    only moved, doubled or undoubled ("Osterby"/"Ostterby", "Osterby"/"Ostreby"); another
    name brings a letter of its own ("Hellberg"/"Allberg")."""
    return a != b and set(a) == set(b)


def _names(story: Story, entities: EntityIndex) -> dict[int, list[NameValue]]:
    """Name mentions by story sentence."""
    index = {(s.article, s.index): n for n, s in enumerate(story.sentences)}
    out: dict[int, list[NameValue]] = defaultdict(list)
    for a in story.articles:
        where = Sentences(a)
        aid = a.article.id
        for m in a.mentions:
            if m.type not in SLOT_TYPES:
                continue
            name = clean(m.text)
            if not name:
                continue
            local = where.index(m.start)
            entity = entities.of(aid, m.start, m.end) or fold(name)
            value = NameValue(aid, local, name, m.start, entity, m.type, m.end - m.start)
            out[index[(aid, local)]].append(value)
    return out


def _surname_variants(
    pairs: Sequence[tuple[int, int, float]],
    names: dict[int, list[NameValue]],
    everywhere: dict[str, set[str]],
) -> list[list[NameValue]]:
    out = []
    seen: set[frozenset[str]] = set()
    # two-word person names only, folded once
    people = {
        i: [(v, w) for v in values if v.type == "PERSON" and len(w := fold(v.name).split()) == 2]
        for i, values in names.items()
    }
    for i, j, _ in pairs:
        for x, fx in people.get(i, []):
            for y, fy in people.get(j, []):
                if x.entity == y.entity or fx[0] != fy[0] or not _misspelt(fx[1], fy[1]):
                    continue
                # an article naming both people is talking about two people
                if fold(y.name) in everywhere[x.article] or fold(x.name) in everywhere[y.article]:
                    continue
                key = frozenset({fold(x.name), fold(y.name)})
                if key not in seen:
                    seen.add(key)
                    out.append([x, y])
    return out


def _near_identical(
    story: Story, pairs: Sequence[tuple[int, int, float]]
) -> list[tuple[int, int, float]]:
    """The ``pairs`` of sentences similar enough to be one sentence edited (``SAME``),
    looked up for all pairs at once (a story has tens of thousands of related pairs)."""
    if not pairs:
        return []
    sim = story.similarity[[i for i, _, _ in pairs], [j for _, j, _ in pairs]]
    return list(itertools.compress(pairs, (~(sim < SAME)).tolist()))


def _renamed_people(
    story: Story,
    pairs: Sequence[tuple[int, int, float]],
    names: dict[int, list[NameValue]],
    everywhere: dict[str, set[str]],
) -> list[list[NameValue]]:
    """Person names with one given name and two surnames between the same words of two
    near-identical sentences (``pairs``, from ``_near_identical``): one person named two
    ways."""
    links: dict[frozenset[str], list[NameValue]] = {}
    for i, j, _ in pairs:
        si, sj = story.sentences[i], story.sentences[j]
        for x in names[i]:
            for y in names[j]:
                if x.type != "PERSON" or y.type != "PERSON" or x.entity == y.entity:
                    continue
                fx, fy = fold(x.name).split(), fold(y.name).split()
                if len(fx) < 2 or len(fy) < 2 or fx[0] != fy[0]:
                    continue
                # (a one-letter difference is a typo of one name)
                if Levenshtein.distance(fx[-1], fy[-1]) < 2 or respelt(fx[-1], fy[-1]):
                    continue
                if fold(y.name) in everywhere[x.article] or fold(x.name) in everywhere[y.article]:
                    continue
                frame = _frame(si.text, x.start - si.start, x.length)
                if frame is None or frame != _frame(sj.text, y.start - sj.start, y.length):
                    continue
                if _listed(names[i], si.text, si.start, x) or _listed(
                    names[j], sj.text, sj.start, y
                ):
                    continue
                found = links.setdefault(frozenset({fold(x.name), fold(y.name)}), [])
                found += [v for v in (x, y) if v not in found]
    ordered = sorted(links.items(), key=lambda kv: sorted(kv[0]))
    return [sorted(v, key=lambda n: (n.article, n.start)) for _, v in ordered]


def _frame(text: str, start: int, length: int) -> tuple[tuple[str, ...], tuple[str, ...]] | None:
    """The ``FRAME`` title words right before a name and the words after it in its
    sentence; None when either side has fewer, or a mark stands between the words before
    and the name ("the man charged, Lee": an apposition describes, a title names a role)."""
    if not _TITLED.search(text, 0, start):
        return None
    before = _WORDS.findall(fold(text[:start]))[-FRAME:]
    after = _WORDS.findall(fold(text[start + length :]))[:FRAME]
    if len(before) < FRAME or len(after) < FRAME:
        return None
    return tuple(before), tuple(after)


def _listed(values: Sequence[NameValue], text: str, offset: int, name: NameValue) -> bool:
    """Whether ``name`` is one of ``LIST`` or more person names in a row of a sentence that
    only commas, semicolons, "and" or bracketed asides separate (a line-up)."""
    people = sorted((v for v in values if v.type == "PERSON"), key=lambda v: v.start)
    runs: list[list[NameValue]] = []
    for v in people:
        if runs:
            last = runs[-1][-1]
            gap = text[last.start + last.length - offset : v.start - offset]
            if _LISTED.fullmatch(gap):
                runs[-1].append(v)
                continue
        runs.append([v])
    return any(
        len(run) >= LIST and any(v.start <= name.start < v.start + v.length for v in run)
        for run in runs
    )


def _swapped_names(
    story: Story,
    pairs: Sequence[tuple[int, int, float]],
    names: dict[int, list[NameValue]],
) -> list[list[NameValue]]:
    """Names replacing each other where two near-identical sentences (``pairs``, from
    ``_near_identical``) differ."""
    links: dict[frozenset[str], list[NameValue]] = {}
    tokens: dict[int, list[tuple[str, int]]] = {}
    known: dict[str, set[str]] = defaultdict(set)  # each article's named things
    for values in names.values():
        for v in values:
            known[v.article].add(v.entity)
    for i, j, _ in pairs:
        si, sj = story.sentences[i], story.sentences[j]
        if si.text == sj.text:
            continue
        for k, text in ((i, si.text), (j, sj.text)):
            if k not in tokens:
                tokens[k] = _tokens(text)
        ti, tj = tokens[i], tokens[j]
        matcher = SequenceMatcher(None, [t for t, _ in ti], [t for t, _ in tj], autojunk=False)
        changes = _changes(matcher.get_opcodes(), ti, tj)
        # the name must be the one thing the edit changed: a sentence that also changes a
        # figure or a verb reports another fact ("21 died in Velmora" / "14 in Ostrel")
        if len(changes) != 1:
            continue
        for i1, i2, j1, j2 in changes:
            if i1 == i2 or j1 == j2 or max(i2 - i1, j2 - j1) > SWAP_MAX:
                continue
            x = _swapped(names[i], si.start, si.text, ti[i1:i2])
            y = _swapped(names[j], sj.start, sj.text, tj[j1:j2])
            if x is None or y is None:
                continue
            (xv, xs, xw, xf), (yv, ys, yw, yf) = x, y
            # a sentence naming both is about both; a shared word: one name rendered twice;
            # another preposition, another role ("seen in Tarnow" / "seen by Orlin Radio")
            if xs & {v.entity for v in names[j]} or ys & {v.entity for v in names[i]} or xw & yw:
                continue
            # each article names the other's thing elsewhere: both reports know both (two
            # bidders, two teams), so the edit is about another thing, not a role renamed
            if xs & known[sj.article] and ys & known[si.article]:
                continue
            if xf != yf:
                continue
            if _listed(names[i], si.text, si.start, xv) or _listed(names[j], sj.text, sj.start, yv):
                continue
            if _says(sj.text, xv.name) or _says(si.text, yv.name):
                continue
            if stands_for(xv.name, yv.name) or stands_for(yv.name, xv.name):
                continue
            # a city and its country: both true of one place (place names only: a person
            # called "Jordan" is no country)
            places = xv.type in PLACE_TYPES and yv.type in PLACE_TYPES
            if places and (within(xv.name, yv.name) or within(yv.name, xv.name)):
                continue
            found = links.setdefault(frozenset({xv.name, yv.name}), [])
            found += [v for v in (xv, yv) if v not in found]
    ordered = sorted(links.items(), key=lambda kv: sorted(kv[0]))
    return [sorted(v, key=lambda n: (n.article, n.start)) for _, v in ordered]


def stands_for(metonym: str, name: str) -> bool:
    """Whether ``metonym`` is the capital or seat of government of the country ``name``
    ("Khartoum" for "Sudan", "the Kremlin" for "Russia"): one referent, whatever type the
    NER gave the capital (the entities join it only when tagged a place)."""
    country = countries().get(name_key(name))
    if country is None:
        return False
    tables = metonyms()
    key = name_key(metonym)
    return any(country[0] in tables[kind].get(key, ()) for kind in ("capital", "seat"))


def _tokens(text: str) -> list[tuple[str, int]]:
    return [(m.group(0), m.start()) for m in _TOKEN.finditer(text)]


def _swapped(
    values: Sequence[NameValue], offset: int, text: str, tokens: Sequence[tuple[str, int]]
) -> tuple[NameValue, set[str], set[str], list[str]] | None:
    """The name a changed stretch of a sentence consists of, the entities of the mentions
    wholly inside it, the words of the full mentions it touches and the function words
    around them (articles and possessives aside); None unless every word
    of the stretch is a function word or part of a proper-name mention ("the Tarnow" and
    "Orlin's" qualify, "the northern Dravian region" does not)."""
    inside: list[NameValue] = []
    words = []
    frame: list[tuple[str, int]] = []
    for word, at in tokens:
        holder = [v for v in values if v.start <= offset + at < v.start + v.length]
        if not word[0].isalnum() or fold(word) in STOP_WORDS or word in {"s"}:
            if word[0].isalnum() and fold(word) not in _ARTICLES:
                frame.append((fold(word), at))
            continue
        if not holder or holder[0].type not in SWAP_TYPES or not word[:1].isupper():
            return None
        inside += [v for v in holder if v not in inside]
        words.append((word, at))
    if not words:
        return None
    first, last = words[0][1], words[-1][1] + len(words[-1][0])
    name = replace(inside[0], name=text[first:last], start=offset + first)
    # the full names' words, so "the Upper Valley" and "Upper Valley towns" share one
    full = set().union(*(_content_words(v.name) for v in inside))
    lo, hi = offset + tokens[0][1], offset + tokens[-1][1] + len(tokens[-1][0])
    whole = {v.entity for v in inside if lo <= v.start and v.start + v.length <= hi}
    # the words framing the name, not those inside it ("of" in "Harbour Party of Velmora")
    around = [w for w, at in frame if at < first or at >= last]
    return name, whole, full, around


def _changes(
    opcodes: Sequence[tuple[str, int, int, int, int]],
    ti: Sequence[tuple[str, int]],
    tj: Sequence[tuple[str, int]],
) -> list[tuple[int, int, int, int]]:
    """The substantive changes between two token lists: runs of edits joined across stretches
    of function words ("Harbour Party" + "of" + "Velmora" is one change), trivial edits
    dropped."""
    out: list[tuple[int, int, int, int]] = []
    pending: tuple[int, int, int, int] | None = None
    for op, i1, i2, j1, j2 in opcodes:
        if op == "equal":
            if pending is not None and not _trivial(ti[i1:i2]):
                out.append(pending)
                pending = None
            continue
        if _trivial([*ti[i1:i2], *tj[j1:j2]]):
            continue
        pending = (pending[0], i2, pending[2], j2) if pending else (i1, i2, j1, j2)
    if pending is not None:
        out.append(pending)
    return out


def _trivial(tokens: Sequence[tuple[str, int]]) -> bool:
    """Whether a changed stretch holds only punctuation and function words."""
    return all(not w[0].isalnum() or fold(w) in STOP_WORDS or w == "s" for w, _ in tokens)


def _says(text: str, name: str) -> bool:
    return re.search(rf"\b{re.escape(fold(name))}\b", fold(text)) is not None


def _content_words(name: str) -> set[str]:
    return {w for w in fold(name).split() if w not in STOP_WORDS}


def name_conflicts(
    story: Story, groups: Sequence[FactGroup], entities: EntityIndex
) -> list[list[NameValue]]:
    """Names that differ across articles for one role, each list in article order."""
    names = _names(story, entities)
    everywhere: dict[str, set[str]] = defaultdict(set)
    for values in names.values():
        for v in values:
            if v.type == "PERSON":
                everywhere[v.article].add(fold(v.name))
    # a verbless line of names (a team sheet, its substitutes) fills no role
    # nor does a sentence that names a replacement in a team or a cast (one of a team's or a cast's
    # changes, which differ from match to match and role to role)
    names = defaultdict(
        list,
        {
            i: v
            for i, v in names.items()
            if not name_line(story.sentences[i].text) and not replaces(story.sentences[i].text)
        },
    )
    pairs = related_pairs(story, groups, list(names))
    near = _near_identical(story, pairs)
    found = _surname_variants(pairs, names, everywhere) + _renamed_people(
        story, near, names, everywhere
    )
    found += _swapped_names(story, near, names)
    out, seen = [], set()
    for values in found:
        # one pair of names listed once, whichever pattern found it
        key = frozenset(fold(v.name) for v in values)
        if key not in seen:
            seen.add(key)
            out.append(values)
    return out
