"""Check the cross-outlet gold (conflicts.json, facts.json, fact_pairs.json) against
../shared/data.

Usage: python bench/gold/check_gold.py [DATA_DIR]

DATA_DIR defaults to $CROSSBRIEF_DATA, then to ../shared/data next to the
project root. If the data directory is missing, the script prints a skip
message and exits 0. Article text is only read, never printed or written.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import sys
from collections import Counter
from collections.abc import Callable
from pathlib import Path

HERE = Path(__file__).resolve().parent
PROJECT_ROOT = HERE.parents[1]


def data_dir() -> Path:
    if len(sys.argv) > 1:
        return Path(sys.argv[1])
    env = os.environ.get("CROSSBRIEF_DATA")
    if env:
        return Path(env)
    return PROJECT_ROOT.parent / "shared" / "data"


def norm(s: str) -> str:
    return re.sub(r"\s+", " ", s).strip().lower()


class Resolver:
    def __init__(self, root: Path):
        self.root = root
        self._text: dict[str, str] = {}

    def text(self, rel: str) -> str:
        if rel not in self._text:
            path = self.root / rel
            with open(path, encoding="utf-8", errors="replace") as fh:
                self._text[rel] = fh.read()
        return self._text[rel]

    def digest(self, rel: str) -> str:
        return hashlib.md5(self.text(rel).encode("utf-8")).hexdigest()

    def span(self, ref: dict) -> str:
        text = self.text(ref["file"])
        start, end = ref["start"], ref["end"]
        if not (isinstance(start, int) and isinstance(end, int)):
            raise ValueError("offsets must be integers")
        if not 0 <= start < end <= len(text):
            raise ValueError(f"bad span {start}:{end} (file length {len(text)})")
        return text[start:end]


def check_pairs(gold: dict, check_ref: Callable, res: Resolver, errors: list[str]) -> None:
    """fact_pairs.json: both references of every judged pair resolve in its cluster, lie in
    two different articles (by content hash), a pair is judged once, a label is one of
    three, and a copy's two sentences read the same."""
    seen: set[tuple] = set()
    for i, pair in enumerate(gold["pairs"]):
        where = f"fact pairs[{i}] ({pair['cluster']})"
        if pair["cluster"] not in gold["clusters"]:
            errors.append(f"{where}: cluster not listed in clusters")
        for side in ("a", "b"):
            check_ref(where, pair[side], pair["cluster"], need_value=False)
        a, b = pair["a"], pair["b"]
        key = frozenset({(a["file"], a["start"], a["end"]), (b["file"], b["start"], b["end"])})
        if key in seen:
            errors.append(f"{where}: pair judged twice")
        seen.add(key)
        if pair["label"] not in ("yes", "no", "unclear"):
            errors.append(f"{where}: label {pair['label']!r}")
        if not (isinstance(pair.get("shared"), int) and pair["shared"] >= 3):
            errors.append(f"{where}: shared must count at least 3 content lemmas")
        try:
            if res.digest(a["file"]) == res.digest(b["file"]):
                errors.append(f"{where}: both sentences are in one article")
            elif pair.get("copy") and (
                norm(res.span(a)) != norm(res.span(b)) or pair["label"] != "yes"
            ):
                errors.append(f"{where}: a copy must be two identical sentences, labelled yes")
        except (OSError, ValueError, KeyError):
            pass  # already reported by check_ref
    if not isinstance(gold.get("unjudged"), int) or gold["unjudged"] < 0:
        errors.append("fact pairs: unjudged must be a count")


def agreement(pairs: list[dict]) -> str:
    """Two annotators' agreement on the pairs both judged (``label`` and ``second``), copies
    apart: the share of equal labels and Cohen's kappa."""
    both = [(p["label"], p["second"]) for p in pairs if "second" in p and not p.get("copy")]
    if not both:
        return "fact pairs: no second annotation"
    n = len(both)
    observed = sum(a == b for a, b in both) / n
    first, second = Counter(a for a, _ in both), Counter(b for _, b in both)
    chance = sum(first[k] * second[k] for k in first) / (n * n)
    kappa = (observed - chance) / (1 - chance) if chance < 1 else 1.0
    clusters = sorted({p["cluster"] for p in pairs if "second" in p})
    return (
        f"fact pairs, second annotator ({', '.join(clusters)}): {n} pairs, "
        f"{sum(a == b for a, b in both)} labelled alike ({observed:.1%}), Cohen's kappa {kappa:.3f}"
    )


def main() -> int:
    root = data_dir()
    if not (root / "duc2004" / "docs").is_dir():
        print(f"SKIP: evaluation data not found at {root} (expected duc2004/docs).")
        return 0

    res = Resolver(root)
    errors: list[str] = []

    def check_ref(where: str, ref: dict, cluster: str, need_value: bool) -> None:
        rel = ref.get("file", "")
        if not rel.startswith(f"duc2004/docs/{cluster}/"):
            errors.append(f"{where}: file {rel!r} is not in cluster {cluster}")
        try:
            span = res.span(ref)
        except (OSError, ValueError, KeyError) as exc:
            errors.append(f"{where}: {rel}: {exc}")
            return
        if need_value:
            value = ref.get("value", "")
            if not value or len(value.split()) > 6:
                errors.append(f"{where}: value missing or too long")
            elif norm(value) not in norm(span):
                loc = f"{rel}[{ref['start']}:{ref['end']}]"
                errors.append(f"{where}: value {value!r} not found in {loc}")

    def distinct_articles(refs: list[dict]) -> int:
        # identical files (the corpus has exact duplicates) count as one article
        return len({res.digest(r["file"]) for r in refs if (res.root / r["file"]).is_file()})

    conf = json.loads((HERE / "conflicts.json").read_text(encoding="utf-8"))
    facts = json.loads((HERE / "facts.json").read_text(encoding="utf-8"))

    for kind in ("conflicts", "non_conflicts"):
        for i, item in enumerate(conf[kind]):
            where = f"{kind}[{i}] ({item['cluster']}: {item['about']})"
            for ref in item["values"]:
                check_ref(where, ref, item["cluster"], need_value=True)
            if distinct_articles(item["values"]) < 2:
                errors.append(f"{where}: needs values from at least 2 different articles")
            if kind == "conflicts" and len({norm(v["value"]) for v in item["values"]}) < 2:
                errors.append(f"{where}: a conflict needs at least 2 different values")
            if kind == "non_conflicts" and not item.get("reason"):
                errors.append(f"{where}: non-conflict without a reason")

    seen: dict[tuple, str] = {}
    for i, grp in enumerate(facts["groups"]):
        where = f"groups[{i}] ({grp['cluster']}: {grp['note']})"
        files = [s["file"] for s in grp["sentences"]]
        if len(files) != len(set(files)):
            errors.append(f"{where}: more than one sentence from the same article")
        for ref in grp["sentences"]:
            check_ref(where, ref, grp["cluster"], need_value=False)
            key = (ref["file"], ref["start"], ref["end"])
            if key in seen:
                errors.append(f"{where}: sentence also in {seen[key]}")
            seen[key] = where
        if distinct_articles(grp["sentences"]) < 2:
            errors.append(f"{where}: needs sentences from at least 2 different articles")

    pairs = json.loads((HERE / "fact_pairs.json").read_text(encoding="utf-8"))
    check_pairs(pairs, check_ref, res, errors)

    n_conf, n_non, groups = conf["conflicts"], conf["non_conflicts"], facts["groups"]
    print(f"data: {root}")
    print(
        f"conflicts: {len(n_conf)} in {len({c['cluster'] for c in n_conf})} clusters, "
        f"{sum(len(c['values']) for c in n_conf)} value references"
    )
    print(f"non_conflicts: {len(n_non)} in {len({c['cluster'] for c in n_non})} clusters")
    print(
        f"fact groups: {len(groups)} in {len({g['cluster'] for g in groups})} clusters, "
        f"{sum(len(g['sentences']) for g in groups)} sentence references, "
        f"{sum(1 for g in groups if g.get('paraphrase'))} with differently worded members"
    )
    per = Counter(g["cluster"] for g in groups)
    print("groups per cluster: " + ", ".join(f"{k}={v}" for k, v in sorted(per.items())))
    labels = Counter(p["label"] for p in pairs["pairs"])
    print(
        f"fact pairs: {len(pairs['pairs'])} judged in {len(pairs['clusters'])} clusters "
        f"(yes {labels['yes']}, no {labels['no']}, unclear {labels['unclear']}; "
        f"{sum(1 for p in pairs['pairs'] if p.get('copy'))} copies), {pairs['unjudged']} unjudged"
    )
    print(agreement(pairs["pairs"]))
    if errors:
        print(f"FAILED: {len(errors)} problem(s)")
        for e in errors:
            print("  " + e)
        return 1
    print("OK: every reference resolves, spans are in range and every value occurs in its sentence")
    return 0


if __name__ == "__main__":
    sys.exit(main())
