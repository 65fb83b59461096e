"""Conflicts: the same quantity, age or name given incompatible values by different articles.

Three kinds, all from what analysis found (figures, time expressions, mentions):

- ``figure``: counts, money, percentages, distances, masses, speeds. Two figures of
  different articles are the same quantity when their sentences report related information
  (same fact group, or TF-IDF similarity at least ``CONTEXT``) and the words right around the
  figures match (``same_quantity``: the verb and noun next to a number say what it counts,
  "killing 60 people" against "injuring 162 others"). Figures are aligned one to one per
  sentence pair, best match first, and linked across the story; a linked set whose values
  cannot all be true (``compatible``: bounds, approximations and unit conversions respected)
  is a conflict.
- ``age``: "McKinney, 22" / "21-year-old Matthew Shepard" against another age for the same
  person.
- ``name``: the same role given two different surnames in related sentences
  ("Russell Henderson" against "Russell Anderson"); a one-letter difference is a spelling
  variant, not a conflict.

Figures that change over time are not conflicts: when the two sentences carry different
time expressions ("by Friday evening" / "by midday Saturday") or the two articles were
published on different days and a sentence is anchored in time, the difference is the
story moving on.
"""

from __future__ import annotations

import math
import re
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

from spacy.lang.en.stop_words import STOP_WORDS

from crossbrief.analyze.figures import parse_number
from crossbrief.model import AnalyzedArticle, Conflict, ConflictValue, Mention
from crossbrief.synthesize.facts import FactGroup
from crossbrief.synthesize.story import Story
from crossbrief.synthesize.text import fold, stem

CONTEXT = 0.2  # sentence similarity at which two sentences may talk about the same quantity
SAME = 0.6  # similarity of two sentences that are one sentence edited
MATCH = 0.5  # context score two figures need to count as the same quantity
APPROX = 0.05  # "about 250,000" spans +-5%; converted units may differ by as much
NEAR = 60  # characters around a figure in which a time expression dates it
WINDOW = 3  # words each side of a figure that say what it measures

# Unit words to (dimension, factor to the base unit: metre, kilogram, km/h).
UNITS: dict[str, tuple[str, float]] = {
    "meter": ("length", 1.0), "metre": ("length", 1.0), "m": ("length", 1.0),
    "kilometer": ("length", 1e3), "kilometre": ("length", 1e3), "km": ("length", 1e3),
    "foot": ("length", 0.3048), "feet": ("length", 0.3048), "ft": ("length", 0.3048),
    "mile": ("length", 1609.34), "yard": ("length", 0.9144), "inch": ("length", 0.0254),
    "nautical mile": ("length", 1852.0),
    "kilogram": ("mass", 1.0), "kg": ("mass", 1.0), "pound": ("mass", 0.4536),
    "ton": ("mass", 907.2), "tonne": ("mass", 1000.0), "lb": ("mass", 0.4536),
    "knot": ("speed", 1.852), "mph": ("speed", 1.609), "kph": ("speed", 1.0),
    "km/h": ("speed", 1.0),
    "percent": ("percent", 1.0), "%": ("percent", 1.0), "per cent": ("percent", 1.0),
    "percentage point": ("points", 1.0), "point": ("points", 1.0),
}  # fmt: skip
CURRENCY = {
    "$": "USD", "usd": "USD", "dlrs": "USD", "dollar": "USD", "£": "GBP", "pound sterling": "GBP",
    "€": "EUR", "euro": "EUR", "¥": "JPY", "yen": "JPY", "kronor": "SEK", "krona": "SEK",
    "ruble": "RUB", "rouble": "RUB", "hryvnia": "UAH",
}  # fmt: skip
MONEY_UNITS = {
    "usd",
    "gbp",
    "eur",
    "jpy",
    "money",
    "dollars",
    "dollar",
    "pounds",
    "euros",
    "rubles",
}
LOWER = ("at least", "more than", "over", "upwards of", "in excess of", "no fewer than")
UPPER = ("as much as", "as many as", "up to", "less than", "fewer than", "under", "at most")
ROUGH = ("about", "some", "roughly", "around", "approximately", "nearly", "almost", "estimated")
VAGUE = {"dozens", "hundreds", "thousands", "millions", "scores", "several", "few", "many"}
_UNIT_AFTER = re.compile(
    r"[\s-]+(?:"
    + "|".join(
        re.escape(u).replace("\\ ", "[\\s-]+")
        for u in sorted(UNITS, key=len, reverse=True)
        if len(u) > 2
    )
    + r")s?\b",
    re.I,
)
_WORD = re.compile(r"[^\W_]+(?:['\u2019][^\W_]+)?")
_YEAR_OLD = re.compile(r"^(\d{1,3})-year-old$")


@dataclass(frozen=True)
class _Value:
    """One value mention: where it is, what it says, and the interval of values it allows."""

    sentence: int  # index into story.sentences
    article: str
    text: str
    low: float
    high: float
    dimension: str
    context: tuple[tuple[str, float], ...]  # (stem, weight) of the words around it
    start: int
    when: frozenset[str] = frozenset()  # time expressions next to it ("by Friday evening")
    words: tuple[tuple[str, str], ...] = ()  # (stem, word as written) for labels


def _unit_of(text: str, unit: str) -> tuple[str, float]:
    """Dimension and factor of a figure from its text, then from analysis' unit word."""
    low = fold(text).replace("-", " ")
    if unit.lower() in MONEY_UNITS:  # analysis tagged it money: "pounds" is sterling here
        return _money(low, unit)
    for name in sorted(UNITS, key=len, reverse=True):
        if re.search(rf"\b{re.escape(name)}s?\b", low) or (
            not name.isalpha() and name in low and len(name) > 1
        ):
            return UNITS[name]
    for name, code in CURRENCY.items():
        if name in low if not name.isalpha() else re.search(rf"\b{name}s?\b", low):
            return ("money:" + code, 1.0)
    u = unit.lower()
    if u.rstrip("s") in UNITS:
        return UNITS[u.rstrip("s")]
    return ("count", 1.0)


def _money(low: str, unit: str) -> tuple[str, float]:
    for name, code in CURRENCY.items():
        if name in low if not name.isalpha() else re.search(rf"\b{name}s?\b", low):
            return ("money:" + code, 1.0)
    u = unit.lower()
    code = u.upper() if len(u) == 3 and u != "money" else CURRENCY.get(u.rstrip("s"), "?")
    return ("money:" + code, 1.0)


def _interval(text: str, value: float, factor: float) -> tuple[float, float] | None:
    """The values a figure allows, in base units; None when it is too vague to compare."""
    low = fold(text)
    words = set(_WORD.findall(low))
    if words & VAGUE or "/" in low or " or " in low or " to " in low:
        return None
    v = value * factor
    tol = APPROX if factor != 1.0 else 0.0  # a converted figure is rounded
    if any(low.startswith(q + " ") or f" {q} " in f" {low}" for q in LOWER):
        return (v * (1 - tol), math.inf)
    if any(low.startswith(q + " ") or f" {q} " in f" {low}" for q in UPPER):
        return (0.0, v * (1 + tol))
    if any(low.startswith(q + " ") or f" {q} " in f" {low}" for q in (*ROUGH, "an estimated")):
        # "about 974,000" is precise to the thousand, "about 20" only to some 5%
        tol = max(tol, min(APPROX, _precision(low)))
    return (v * (1 - tol), v * (1 + tol))


def _precision(text: str) -> float:
    """Half the place of the last significant digit of the written number, relative to it:
    "974,000" is precise to 0.05%, "20" to 25%; 1.0 when there is no written number."""
    m = re.search(r"\d[\d,]*(?:\.\d+)?", text)
    if not m:
        return 1.0
    digits = m.group(0).replace(",", "")
    number = float(digits)
    if number <= 0:
        return 1.0
    if "." in digits:
        place = 10.0 ** -len(digits.split(".")[1])
    else:
        place = 10.0 ** (len(digits) - len(digits.rstrip("0")))
    return 0.5 * place / number


def _context(text: str, start: int, end: int) -> tuple[tuple[str, float], ...]:
    """Content-word stems within ``WINDOW`` words of a span, weighted by closeness."""
    before = _WORD.findall(fold(text[:start]))[-WINDOW:]
    after = _WORD.findall(fold(text[end:]))[:WINDOW]
    weights: dict[str, float] = {}
    for dist, w in [*((WINDOW - i, w) for i, w in enumerate(before)), *enumerate(after, 1)]:
        if w in STOP_WORDS or w.isdigit() or len(w) < 2:
            continue
        s = _root(w)
        weights[s] = max(weights.get(s, 0.0), 1.0 / dist)
    return tuple(sorted(weights.items()))


def _root(word: str) -> str:
    """A word's stem without a final y or e, so "injury", "injured" and "injuries" meet."""
    s = stem(word)
    return s[:-1] if len(s) > 4 and s[-1] in "ye" else s


def same_quantity(a: Sequence[tuple[str, float]], b: Sequence[tuple[str, float]]) -> float:
    """How strongly two figures' surroundings say they measure the same thing."""
    wb = dict(b)
    return sum(min(w, wb[s]) for s, w in a if s in wb)


def compatible(a: _Value, b: _Value) -> bool:
    """Whether one true value could satisfy both."""
    return a.low <= b.high and b.low <= a.high


def _figure_values(story: Story) -> list[_Value]:
    index = {(s.article, s.index): n for n, s in enumerate(story.sentences)}
    out = []
    for a in story.articles:
        text = a.article.text
        for f in a.figures:
            # "630-nautical-mile": the unit may follow the figure outside its span
            tail = _UNIT_AFTER.match(text, f.end)
            dimension, factor = _unit_of(f.text + (tail.group(0) if tail else ""), f.unit)
            # "7.6-million" reads as 7.6 at analysis; the scale word still counts
            value = parse_number(f.text.replace("-", " ")) or f.value
            interval = _interval(f.text, value, factor)
            if interval is None or value <= 0:
                continue
            si = index[(a.article.id, a.sentence_index(f.start))]
            sent = story.sentences[si]
            local = text[sent.start : sent.end]
            ctx = _context(local, f.start - sent.start, f.end - sent.start)
            when = _when(a, f.start, f.end)
            words = tuple(
                (_root(w), w)
                for w in _WORD.findall(fold(local))
                if w not in STOP_WORDS and not w.isdigit()
            )
            out.append(
                _Value(si, a.article.id, f.text, *interval, dimension, ctx, f.start, when, words)
            )
    return out


def _when(a: AnalyzedArticle, start: int, end: int) -> frozenset[str]:
    """Time expressions of the same sentence within ``NEAR`` characters of a span."""
    sentence = a.sentence_index(start)
    return frozenset(
        fold(t.text)
        for t in a.times
        if t.type in {"DATE", "TIME"}
        and not _YEAR_OLD.match(t.text)
        and not t.text.isdigit()
        and a.sentence_index(t.start) == sentence
        and (t.end >= start - NEAR and t.start <= end + NEAR)
    )


def _related(story: Story, groups: Sequence[FactGroup]) -> list[tuple[int, int, float]]:
    """Cross-article sentence pairs that may report the same quantity, with the context score
    their figures need: loosely related sentences need stronger evidence around the figures."""
    group_of = {i: n for n, g in enumerate(groups) for i in g.members}
    sim = story.similarity
    pairs = []
    n = len(story.sentences)
    arts = [s.article for s in story.sentences]
    for i in range(n):
        for j in range(i + 1, n):
            if arts[i] == arts[j]:
                continue
            if sim[i, j] >= CONTEXT or group_of.get(i, -1) == group_of.get(j, -2):
                pairs.append((i, j, MATCH))
            elif sim[i, j] >= CONTEXT / 2:
                pairs.append((i, j, 3 * MATCH))
    return pairs


class _Links:
    """Union-find over value mentions that refuses to join two sets when an article would then
    give two different values for one quantity: articles are taken to be consistent with
    themselves, so such a join would mix two quantities (a toll and its parts)."""

    def __init__(self, values: Sequence[_Value]) -> None:
        self.parent = list(range(len(values)))
        self.values = values
        self.members: dict[int, list[int]] = {n: [n] for n in range(len(values))}

    def find(self, x: int) -> int:
        while self.parent[x] != x:
            self.parent[x] = self.parent[self.parent[x]]
            x = self.parent[x]
        return x

    def join(self, x: int, y: int) -> None:
        rx, ry = self.find(x), self.find(y)
        if rx == ry:
            return
        for a in self.members[rx]:
            for b in self.members[ry]:
                va, vb = self.values[a], self.values[b]
                if va.article == vb.article and (va.low, va.high) != (vb.low, vb.high):
                    return
        keep, gone = min(rx, ry), max(rx, ry)
        self.parent[gone] = keep
        self.members[keep] += self.members.pop(gone)


def _moved_on(story: Story, x: _Value, y: _Value) -> bool:
    """Whether two figures speak of different moments, so the quantity may have changed."""
    if x.when and y.when and not x.when & y.when:
        return True
    px = story.by_id[x.article].article.published
    py = story.by_id[y.article].article.published
    return bool(px and py and px != py and (x.when or y.when))


def _figure_conflicts(story: Story, groups: Sequence[FactGroup]) -> list[list[_Value]]:
    values = _figure_values(story)
    by_sentence: dict[int, list[int]] = defaultdict(list)
    for n, v in enumerate(values):
        by_sentence[v.sentence].append(n)
    links = _Links(values)
    for i, j, need in _related(story, groups):
        if i not in by_sentence or j not in by_sentence:
            continue
        # best context first; among equals, the closest values (one event, two reports)
        scored = sorted(
            (
                (
                    -same_quantity(values[x].context, values[y].context),
                    abs(math.log((values[x].low + 1) / (values[y].low + 1))),
                    x,
                    y,
                )
                for x in by_sentence[i]
                for y in by_sentence[j]
                if values[x].dimension == values[y].dimension
                and _comparable(values[x], values[y])
                and not _moved_on(story, values[x], values[y])
            ),
        )
        dims_i = [values[x].dimension for x in by_sentence[i]]
        dims_j = [values[y].dimension for y in by_sentence[j]]
        near_copy = story.similarity[i, j] >= SAME
        used: set[int] = set()
        for score, _, x, y in scored:
            # two near-identical sentences with one figure of a kind each: the same quantity
            sole = (
                near_copy
                and dims_i.count(values[x].dimension) == 1
                and dims_j.count(values[y].dimension) == 1
            )
            if (-score < need and not sole) or x in used or y in used:
                continue
            used |= {x, y}
            links.join(x, y)
    sets: dict[int, list[int]] = defaultdict(list)
    for n in range(len(values)):
        sets[links.find(n)].append(n)
    out = []
    for members in sets.values():
        group = [values[n] for n in members]
        if len({v.article for v in group}) < 2:
            continue
        clash = any(
            not compatible(a, b) and _comparable(a, b)
            for k, a in enumerate(group)
            for b in group[k + 1 :]
            if a.article != b.article
        )
        if clash:
            out.append(sorted(group, key=lambda v: (v.article, v.start)))
    return out


def _comparable(a: _Value, b: _Value) -> bool:
    """Values far apart are two different quantities, unless one is a slip of scale."""
    lo, hi = sorted((a.low, b.low))
    if lo <= 0:
        return False
    if hi / lo < RATIO:
        return True
    da, db = re.sub(r"\D", "", a.text), re.sub(r"\D", "", b.text)
    return bool(da) and da == db  # "$48.2 million" against "$48.2 billion"


RATIO = 3.5  # values further apart than this are different quantities, not a disagreement


def _person_before(mentions: Sequence[Mention], offset: int, text: str) -> Mention | None:
    for m in mentions:
        # "Name, 21," is an age apposition; the tagger sometimes calls such a name an ORG
        if m.type in {"PERSON", "ORG"} and m.end <= offset and not text[m.end : offset].strip(" ,"):
            return m
    return None


def _age_conflicts(story: Story) -> list[list[tuple[str, int, str, int, str]]]:
    """Ages of the same person (matched by a shared name word) that differ across articles."""
    ages: dict[str, list[tuple[str, int, str, int, str]]] = defaultdict(list)
    for a in story.articles:
        text = a.article.text
        people = sorted(a.mentions, key=lambda m: m.start)
        for t in a.times:
            m_old = _YEAR_OLD.match(t.text)
            who: Mention | None = None
            if m_old:
                age = m_old.group(1)
                si = a.sentence_index(t.start)
                sent = a.sentences[si]
                near = [
                    m
                    for m in people
                    if m.type == "PERSON" and sent.start <= m.start < sent.end and m.start >= t.end
                ]
                who = near[0] if near else None
            elif t.text.isdigit():
                age = t.text
                after = text[t.end : t.end + 1]
                who = _person_before(people, t.start, text) if after in {",", ")", ""} else None
            else:
                continue
            if who is None or not 0 < int(age) < 120:
                continue
            key = fold(who.text).split()[-1] if len(who.text.split()) > 1 else fold(who.text)
            ages[key].append((a.article.id, a.sentence_index(t.start), age, t.start, who.text))
    out = []
    names = sorted(ages)
    merged: dict[str, list[tuple[str, int, str, int, str]]] = {}
    for key in names:
        merged[key] = list(ages[key])
    # "Wang" alone joins the full name holding that word that most articles use
    for key in names:
        fuller = [
            other
            for other in names
            if other != key
            and any(fold(key) in fold(n).split() for *_, n in ages[other] if len(n.split()) > 1)
        ]
        if fuller and key in merged:
            best = max(fuller, key=lambda o: (len({f[0] for f in ages[o]}), o))
            if best in merged:
                merged[best] += merged.pop(key)
    for _key, found in sorted(merged.items()):
        if len({f[0] for f in found}) > 1 and len({f[2] for f in found}) > 1:
            out.append(sorted(found))
    return out


def _edits(a: str, b: str) -> int:
    """Levenshtein distance."""
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        for j, cb in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb)))
        prev = cur
    return prev[-1]


def _misspelt(a: str, b: str) -> bool:
    """Two surnames close enough to be one name reported two ways ("Henderson"/"Anderson"),
    yet more than a one-letter typo apart ("Starovoitova"/"Staravoitova"); names further
    apart belong to two people ("Norodom Sihanouk", "Norodom Ranariddh")."""
    edits = _edits(a, b)
    return 2 <= edits <= min(len(a), len(b)) // 3


def _name_conflicts(
    story: Story, groups: Sequence[FactGroup]
) -> list[list[tuple[str, int, str, int]]]:
    """Two-word person names sharing a first name in related sentences of two articles but
    differing by more than a typo in the surname."""
    index = {(s.article, s.index): n for n, s in enumerate(story.sentences)}
    names: dict[int, list[tuple[str, int, str, int]]] = defaultdict(list)
    everywhere: dict[str, set[str]] = defaultdict(set)
    for a in story.articles:
        for m in a.mentions:
            name = re.sub(r"(?:['\u2019]s?|[^\w\s.-])+$", "", m.text).rstrip(".")
            if m.type == "PERSON" and len(name.split()) == 2:
                si = index[(a.article.id, a.sentence_index(m.start))]
                names[si].append((a.article.id, a.sentence_index(m.start), name, m.start))
            if m.type == "PERSON":
                everywhere[a.article.id].add(fold(name))
    out = []
    seen: set[frozenset[str]] = set()
    for i, j, _ in _related(story, groups):
        for x in names.get(i, []):
            for y in names.get(j, []):
                fx, fy = fold(x[2]).split(), fold(y[2]).split()
                if fx[0] != fy[0] or not _misspelt(fx[1], fy[1]):
                    continue
                # an article naming both people is talking about two people
                if fold(y[2]) in everywhere[x[0]] or fold(x[2]) in everywhere[y[0]]:
                    continue
                key = frozenset({fold(x[2]), fold(y[2])})
                if key in seen:
                    continue
                seen.add(key)
                out.append([x, y])
    return out


def build_conflicts(story: Story, groups: Sequence[FactGroup]) -> list[Conflict]:
    """Disagreements on figures, ages and names, each listing every value with its article
    and sentence."""

    def value(article: str, sentence: int, text: str) -> ConflictValue:
        a = story.by_id[article]
        return ConflictValue(text, a.sentence_text(sentence), article, sentence)

    conflicts = []
    for group in _figure_conflicts(story, groups):
        values = tuple(value(v.article, story.sentences[v.sentence].index, v.text) for v in group)
        kind = group[0].dimension.split(":")[0]
        distinct = sorted({v.value for v in values})
        about = f"{_topic(group)}: " + " vs ".join(distinct) + f" ({kind})"
        conflicts.append(Conflict(about=about, kind="figure", values=values))
    for found in _age_conflicts(story):
        name = max((f[4] for f in found), key=len)
        values = tuple(value(art, s, age) for art, s, age, _, _ in found)
        about = f"age of {name}: " + " vs ".join(sorted({f[2] for f in found}))
        conflicts.append(Conflict(about=about, kind="age", values=values))
    for pair in _name_conflicts(story, groups):
        values = tuple(value(art, s, text) for art, s, text, _ in pair)
        about = "name: " + " vs ".join(p[2] for p in pair)
        conflicts.append(Conflict(about=about, kind="name", values=values))
    return conflicts


def _topic(group: Sequence[_Value]) -> str:
    """The words that most of a conflict's figures share around them, as written."""
    weight: dict[str, float] = defaultdict(float)
    written: dict[str, str] = {}
    for v in group:
        for s, w in v.context:
            weight[s] += w
        for s, word in v.words:
            written.setdefault(s, word)
    best = sorted(weight.items(), key=lambda kv: (-kv[1], kv[0]))[:2]
    return " ".join(written.get(s, s) for s, _ in best) or "figure"
