"""Conflicts: the same quantity given different values by different articles.

Two figures are about the same thing when they count the same unit ("people", "%", "USD")
in sentences that report the same fact (same fact group) or that share enough words
(similarity at least ``CONTEXT``), come from different articles, and differ in value by less
than a factor ``RATIO`` (a count of 1,300 and one of 12,000 are two different counts, not a
disagreement).
"""

from __future__ import annotations

from collections.abc import Sequence

from crossbrief.model import Conflict, ConflictValue, Figure
from crossbrief.synthesize.facts import FactGroup
from crossbrief.synthesize.story import Story

CONTEXT = 0.3
RATIO = 1.5


def _fmt(value: float) -> str:
    return f"{value:,.0f}" if value == int(value) else f"{value:,.2f}"


def build_conflicts(story: Story, groups: Sequence[FactGroup]) -> list[Conflict]:
    """Disagreements on figures, each listing every value with its article and sentence."""
    index = {(s.article, s.index): n for n, s in enumerate(story.sentences)}
    group_of = {i: n for n, g in enumerate(groups) for i in g.members}
    found: list[tuple[int, str, Figure, int, str, Figure]] = []
    figures = [
        (index[(a.article.id, a.sentence_index(f.start))], a.article.id, f)
        for a in story.articles
        for f in a.figures
        if f.unit
    ]
    sim = story.similarity
    for x, (si, ai, fi) in enumerate(figures):
        for sj, aj, fj in figures[x + 1 :]:
            if ai == aj or fi.unit != fj.unit or fi.value == fj.value:
                continue
            lo, hi = sorted((fi.value, fj.value))
            if lo <= 0 or hi / lo >= RATIO:
                continue
            if group_of.get(si) != group_of.get(sj) and sim[si, sj] < CONTEXT:
                continue
            found.append((si, ai, fi, sj, aj, fj))
    conflicts = []
    seen: set[frozenset[tuple[str, int]]] = set()
    for si, ai, fi, sj, aj, fj in found:
        key = frozenset({(ai, fi.start), (aj, fj.start)})
        if key in seen:
            continue
        seen.add(key)
        values = tuple(
            ConflictValue(
                value=f.text,
                text=story.sentences[s].text,
                article=a,
                sentence=story.sentences[s].index,
            )
            for s, a, f in ((si, ai, fi), (sj, aj, fj))
        )
        about = f"{fi.unit} ({_fmt(fi.value)} vs {_fmt(fj.value)})"
        conflicts.append(Conflict(about=about, kind="figure", values=values))
    return conflicts
