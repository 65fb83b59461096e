"""Scoring of fact groups against the complete pair gold, bench/gold/fact_pairs.json
(bench/fact_pairs.py; the gold is described in bench/gold/README.md).

The gold judges every cross-article sentence pair of its clusters that meets a
system-independent candidate rule (yes / no / unclear), so a system pair joining two
different events is seen wherever its sentences share enough words to be a candidate. A
system sentence stands for the gold sentences it overlaps (``_facts_scoring.overlaps``:
same file, overlap at least half of the shorter span); a system pair takes the label of the
gold pair its two sentences stand for, "yes" first when they stand for several.

``score_citations`` reads the same gold for the summary's citations (bench/summary_cites.py):
a summary sentence and each sentence it cites make a pair, labelled the same way.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from itertools import combinations
from typing import Any

from _facts_scoring import Ref, overlaps

ORDER = ("yes", "no", "unclear")  # the label a system pair takes when it meets several


def yes_share(labelled: dict[str, int]) -> float:
    """Pairs labelled yes over those labelled yes or no (1.0 when none is): unclear and
    unjudged pairs count on neither side."""
    judged = labelled["yes"] + labelled["no"]
    return labelled["yes"] / judged if judged else 1.0


@dataclass(frozen=True)
class SystemFact:
    """One system fact group: its sources' references, a short name of each for listings
    (e.g. "C4:7", article and sentence index) and the fact's support (distinct outlets)."""

    refs: tuple[Ref, ...]
    names: tuple[str, ...]
    support: int


@dataclass(frozen=True)
class GoldPair:
    """One judged pair of the gold."""

    a: Ref
    b: Ref
    label: str
    copy: bool = False
    note: str = ""


@dataclass
class PairScore:
    """What score_pairs counts; ``wrong``, ``outside`` (the unjudged system pairs) and
    ``missed`` list what ``-v`` prints."""

    system_pairs: int = 0
    labelled: dict[str, int] = field(default_factory=lambda: dict.fromkeys(ORDER, 0))
    unjudged: int = 0
    gold_yes: int = 0
    found_yes: int = 0
    gold_copies: int = 0
    found_copies: int = 0
    groups: int = 0
    judged_groups: int = 0
    right_groups: int = 0
    wrong: list[tuple[str, SystemFact, int, int, GoldPair]] = field(default_factory=list)
    missed: list[tuple[str, GoldPair]] = field(default_factory=list)
    outside: list[tuple[str, SystemFact, int, int]] = field(default_factory=list)

    @property
    def precision(self) -> float:
        """System pairs labelled yes over those labelled yes or no (1.0 when none is)."""
        return yes_share(self.labelled)

    @property
    def recall(self) -> float:
        """Gold yes pairs (copies apart) the system puts in one group (1.0 when none)."""
        return self.found_yes / self.gold_yes if self.gold_yes else 1.0

    @property
    def copy_recall(self) -> float:
        """Gold copy pairs (two identical sentences) the system puts in one group."""
        return self.found_copies / self.gold_copies if self.gold_copies else 1.0

    @property
    def group_precision(self) -> float:
        """Groups whose every judged pair is yes, over groups with a judged pair."""
        return self.right_groups / self.judged_groups if self.judged_groups else 1.0


def read_gold(gold: dict[str, Any]) -> dict[str, list[GoldPair]]:
    """The judged pairs of fact_pairs.json by cluster."""
    out: dict[str, list[GoldPair]] = defaultdict(list)
    for p in gold["pairs"]:
        a, b = ((p[k]["file"], p[k]["start"], p[k]["end"]) for k in ("a", "b"))
        out[p["cluster"]].append(GoldPair(a, b, p["label"], bool(p.get("copy")), p.get("note", "")))
    return out


class _Cluster:
    """One cluster's gold pairs indexed by their sentences, for lookups by overlap."""

    def __init__(self, pairs: list[GoldPair]) -> None:
        self.pairs = {frozenset((p.a, p.b)): p for p in pairs}
        self.by_file: dict[str, set[Ref]] = defaultdict(set)
        for p in pairs:
            self.by_file[p.a[0]].add(p.a)
            self.by_file[p.b[0]].add(p.b)

    def stands_for(self, ref: Ref) -> list[Ref]:
        return [g for g in self.by_file.get(ref[0], ()) if overlaps(g, ref)]

    def judged(self, x: Ref, y: Ref) -> list[GoldPair]:
        """The gold pairs system sentences ``x`` and ``y`` stand for, "yes" first."""
        found = [
            self.pairs[key]
            for gx in self.stands_for(x)
            for gy in self.stands_for(y)
            if (key := frozenset((gx, gy))) in self.pairs
        ]
        return sorted(found, key=lambda p: ORDER.index(p.label))


def score_pairs(gold: dict[str, list[GoldPair]], system: dict[str, list[SystemFact]]) -> PairScore:
    """Pair precision and recall, and group precision, of the system's fact groups on the
    gold's clusters (clusters the gold does not judge are ignored). A system pair is two
    sources of one group in different files."""
    score = PairScore()
    for cluster, pairs in gold.items():
        index = _Cluster(pairs)
        found: set[GoldPair] = set()
        for fact in system.get(cluster, []):
            score.groups += 1
            verdicts = []
            for i, j in combinations(range(len(fact.refs)), 2):
                x, y = fact.refs[i], fact.refs[j]
                if x[0] == y[0]:
                    continue  # one article's two sentences: not a pair of outlets
                score.system_pairs += 1
                matched = index.judged(x, y)
                if not matched:
                    score.unjudged += 1
                    score.outside.append((cluster, fact, i, j))
                    continue
                pair = matched[0]
                score.labelled[pair.label] += 1
                found.update(p for p in matched if p.label == "yes")
                if pair.label in ("yes", "no"):
                    verdicts.append(pair.label == "yes")
                if pair.label == "no":
                    score.wrong.append((cluster, fact, i, j, pair))
            if verdicts:
                score.judged_groups += 1
                score.right_groups += all(verdicts)
        for pair in pairs:
            if pair.label != "yes":
                continue
            if pair.copy:
                score.gold_copies += 1
                score.found_copies += pair in found
            else:
                score.gold_yes += 1
                score.found_yes += pair in found
                if pair not in found:
                    score.missed.append((cluster, pair))
    return score


# -- the summary's citations (bench/summary_cites.py)


@dataclass(frozen=True)
class CitedSentence:
    """One summary sentence: its own sentence's reference first, then each cited sentence's
    (``SummarySentence.sources`` in order), with a short name of each for listings."""

    refs: tuple[Ref, ...]
    names: tuple[str, ...]


@dataclass
class CiteScore:
    """What score_citations counts. Precision is over citations (a cited sentence of another
    article, labelled as its pair with the summary sentence); recall is over articles (those
    holding a sentence judged yes with the summary sentence, cited by any of their sentences).
    ``wrong`` (labelled no), ``unsure`` (unclear), ``outside`` (unjudged) and ``missed`` list
    what ``-v`` prints."""

    sentences: int = 0
    in_gold: int = 0  # summary sentences standing for a sentence of some judged pair
    citations: int = 0
    labelled: dict[str, int] = field(default_factory=lambda: dict.fromkeys(ORDER, 0))
    cited_copies: int = 0  # citations labelled yes as copies (counted in labelled["yes"] too)
    unjudged: int = 0
    yes_articles: int = 0
    cited_articles: int = 0
    copy_articles: int = 0
    cited_copy_articles: int = 0
    with_yes: int = 0  # summary sentences with at least one article to cite
    complete: int = 0  # of those, the ones citing every such article
    wrong: list[tuple[str, CitedSentence, int, GoldPair]] = field(default_factory=list)
    unsure: list[tuple[str, CitedSentence, int, GoldPair]] = field(default_factory=list)
    outside: list[tuple[str, CitedSentence, int]] = field(default_factory=list)
    missed: list[tuple[str, CitedSentence, str, tuple[Ref, ...]]] = field(default_factory=list)

    @property
    def precision(self) -> float:
        """Citations labelled yes over those labelled yes or no (1.0 when none is)."""
        return yes_share(self.labelled)

    @property
    def recall(self) -> float:
        """Articles to cite (copies apart) that the summary sentence cites (1.0 when none)."""
        return self.cited_articles / self.yes_articles if self.yes_articles else 1.0

    @property
    def copy_recall(self) -> float:
        """Articles holding a copy of the summary sentence that it cites."""
        return self.cited_copy_articles / self.copy_articles if self.copy_articles else 1.0


def score_citations(
    gold: dict[str, list[GoldPair]], system: dict[str, list[CitedSentence]]
) -> CiteScore:
    """Citation precision and recall by article of the summary sentences of the gold's
    clusters (others are ignored). A citation in the summary sentence's own article is no
    pair of outlets and is not counted. An article counts as a copy when one of its sentences
    judged yes with the summary sentence is a copy of it (identical): citing it is easy."""
    score = CiteScore()
    for cluster, pairs in gold.items():
        index = _Cluster(pairs)
        for s in system.get(cluster, []):
            score.sentences += 1
            own = s.refs[0]
            mine = index.stands_for(own)
            score.in_gold += bool(mine)
            for j in range(1, len(s.refs)):
                if s.refs[j][0] == own[0]:
                    continue
                score.citations += 1
                matched = index.judged(own, s.refs[j])
                if not matched:
                    score.unjudged += 1
                    score.outside.append((cluster, s, j))
                    continue
                pair = matched[0]
                score.labelled[pair.label] += 1
                score.cited_copies += pair.label == "yes" and pair.copy
                if pair.label == "no":
                    score.wrong.append((cluster, s, j, pair))
                elif pair.label == "unclear":
                    score.unsure.append((cluster, s, j, pair))
            _recall(score, cluster, s, mine, pairs)
    return score


def _recall(
    score: CiteScore, cluster: str, s: CitedSentence, mine: list[Ref], pairs: list[GoldPair]
) -> None:
    """Count the articles ``s`` should cite (their sentences judged yes with one of ``mine``,
    the gold sentences ``s`` stands for) and those it cites."""
    to_cite: dict[str, list[GoldPair]] = defaultdict(list)
    for p in pairs:
        if p.label != "yes":
            continue
        if p.a in mine and p.b[0] != s.refs[0][0]:
            to_cite[p.b[0]].append(p)
        elif p.b in mine and p.a[0] != s.refs[0][0]:
            to_cite[p.a[0]].append(p)
    cited = {r[0] for r in s.refs[1:]}
    score.with_yes += bool(to_cite)
    score.complete += bool(to_cite) and to_cite.keys() <= cited
    for article, found in sorted(to_cite.items()):
        if any(p.copy for p in found):
            score.copy_articles += 1
            score.cited_copy_articles += article in cited
            continue
        score.yes_articles += 1
        if article in cited:
            score.cited_articles += 1
        else:
            theirs = tuple(sorted({p.b if p.a in mine else p.a for p in found}))
            score.missed.append((cluster, s, article, theirs))
