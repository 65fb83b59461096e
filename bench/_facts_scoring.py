"""Scoring of bench/facts.py against the hand-annotated gold (bench/gold/README.md):
conflicts and fact-group pairs, system sentences matched to gold references by overlap."""

from __future__ import annotations

from collections import defaultdict
from itertools import combinations
from typing import Any

from crossbrief.analyze.figures import parse_number

Ref = tuple[str, int, int]  # file (relative to DATA), start, end in the raw file


def norm(s: str) -> str:
    return " ".join(s.split()).lower()


def overlaps(a: Ref, b: Ref) -> bool:
    """Same file and the overlap covers at least half of the shorter span."""
    if a[0] != b[0]:
        return False
    inter = min(a[2], b[2]) - max(a[1], b[1])
    return inter > 0 and inter * 2 >= min(a[2] - a[1], b[2] - b[1])


def same_value(system: str, gold: str) -> bool:
    a, b = norm(system), norm(gold)
    if a in b or b in a:
        return True
    x, y = parse_number(a), parse_number(b)
    return x is not None and x == y


def score_conflicts(
    gold: dict[str, Any], system: dict[str, list[list[tuple[Ref, str]]]], verbose: bool
) -> dict[str, Any]:
    """Conflict precision and recall (README scheme)."""
    matched_gold = 0
    for item in gold["conflicts"]:
        refs = [((v["file"], v["start"], v["end"]), v["value"]) for v in item["values"]]
        hit = False
        for conflict in system.get(item["cluster"], []):
            linked = {
                norm(gv)
                for gref, gv in refs
                for sref, sv in conflict
                if overlaps(gref, sref) and same_value(sv, gv)
            }
            if len(linked) >= 2:
                hit = True
                break
        matched_gold += hit
        if verbose and not hit:
            print(f"  missed conflict {item['cluster']}: {item['about']}")
    tp = fp = definite_fp = counted = 0
    for cluster, conflicts in system.items():
        gold_refs = [
            ((v["file"], v["start"], v["end"]), v["value"], kind, n)
            for kind in ("conflicts", "non_conflicts")
            for n, item in enumerate(gold[kind])
            if item["cluster"] == cluster
            for v in item["values"]
        ]
        for conflict in conflicts:
            if not all(any(overlaps(s, g[0]) for g in gold_refs) for s, _ in conflict):
                continue
            counted += 1
            by_item: dict[tuple[str, int], set[str]] = defaultdict(set)
            for sref, sv in conflict:
                for gref, gv, kind, n in gold_refs:
                    if overlaps(sref, gref) and same_value(sv, gv):
                        by_item[(kind, n)].add(norm(gv))
            good = any(k == "conflicts" and len(v) >= 2 for (k, _), v in by_item.items())
            bad = any(k == "non_conflicts" and len(v) >= 1 for (k, _), v in by_item.items())
            if good:
                tp += 1
            else:
                fp += 1
                definite_fp += bad
                if verbose:
                    print(f"  false conflict {cluster}: {[v for _, v in conflict]}")
    # A stricter view than the README's: every system conflict touching two annotated values,
    # whatever its other values; one that links two values of a non-conflict is wrong.
    touched = wrong = 0
    for cluster, conflicts in system.items():
        for conflict in conflicts:
            hits: dict[tuple[str, int], set[str]] = defaultdict(set)
            for sref, sv in conflict:
                for kind in ("conflicts", "non_conflicts"):
                    for n, item in enumerate(gold[kind]):
                        if item["cluster"] != cluster:
                            continue
                        for v in item["values"]:
                            if overlaps(sref, (v["file"], v["start"], v["end"])) and same_value(
                                sv, v["value"]
                            ):
                                hits[(kind, n)].add(norm(v["value"]))
            relevant = {k: v for k, v in hits.items() if len(v) >= 2 or k[0] == "conflicts"}
            if not any(len(v) >= 2 for v in relevant.values()):
                continue
            touched += 1
            if not any(k[0] == "conflicts" and len(v) >= 2 for k, v in relevant.items()):
                wrong += 1
                if verbose:
                    print(f"  strict false conflict {cluster}: {[v for _, v in conflict]}")
    n_sys = sum(len(c) for c in system.values())
    return {
        "gold": len(gold["conflicts"]),
        "recall": matched_gold / len(gold["conflicts"]),
        "system": n_sys,
        "scored": counted,
        "precision": tp / counted if counted else 1.0,
        "false_positives": fp,
        "on_non_conflicts": definite_fp,
        "strict_scored": touched,
        "strict_precision": (touched - wrong) / touched if touched else 1.0,
    }


def score_facts(
    gold: dict[str, Any], system: dict[str, list[list[Ref]]], verbose: bool
) -> dict[str, Any]:
    """Pairwise fact-group precision and recall (README scheme)."""
    members: dict[str, list[tuple[Ref, int]]] = defaultdict(list)
    gold_pairs = 0
    for n, group in enumerate(gold["groups"]):
        refs = [(s["file"], s["start"], s["end"]) for s in group["sentences"]]
        members[group["cluster"]] += [(r, n) for r in refs]
        gold_pairs += len(list(combinations(refs, 2)))

    def gold_group(cluster: str, ref: Ref) -> int | None:
        for gref, n in members[cluster]:
            if overlaps(gref, ref):
                return n
        return None

    found_pairs: set[tuple[Ref, Ref]] = set()
    tp = fp = 0
    for cluster, groups in system.items():
        for group in groups:
            for a, b in combinations(group, 2):
                if a[0] == b[0]:
                    continue
                ga, gb = gold_group(cluster, a), gold_group(cluster, b)
                if ga is None or gb is None:
                    continue
                if ga == gb:
                    tp += 1
                    found_pairs.add((a, b))
                else:
                    fp += 1
    recalled = 0
    for group in gold["groups"]:
        refs = [(s["file"], s["start"], s["end"]) for s in group["sentences"]]
        for a, b in combinations(refs, 2):
            if any(
                (overlaps(a, x) and overlaps(b, y)) or (overlaps(a, y) and overlaps(b, x))
                for x, y in found_pairs
            ):
                recalled += 1
    return {
        "gold_pairs": gold_pairs,
        "recall": recalled / gold_pairs,
        "scored_pairs": tp + fp,
        "precision": tp / (tp + fp) if tp + fp else 1.0,
    }
