"""Score variants of the summarizer's settings on DUC 2004, dev and held-out, in one run.

Usage: python bench/duc2004_variants.py [--cache FILE] VARIANT...

A VARIANT is ``NAME:MODULE.ATTR=VALUE,...`` (``MODULE`` under ``crossbrief.synthesize``,
``VALUE`` a Python literal; ``NAME:`` alone is the code as it is), e.g.
``lead1:summary.LEAD_BONUS=1.0``. The stories and fact groups are built once and every
variant is summarized from them, so a sweep costs one ROUGE run per half and variant;
settings are chosen on ``dev`` (see ``duc2004.half``), ``held-out`` only checks them.
Settings of the modules that build the fact groups (``facts``, ``paraphrase``) are refused:
built once before any variant, the groups would not see them.
Prints R-1/R-2 over all clusters and each half, and the summary's CPU time per cluster.
"""

from __future__ import annotations

import argparse
import ast
import importlib
import sys
import time
from pathlib import Path
from types import ModuleType

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _common import CACHE_HELP, allow_missing_data, analyze_cached, data_dir
from crossbrief.synthesize import summary
from crossbrief.synthesize.facts import group_sentences
from crossbrief.synthesize.story import Story
from duc2004 import half, read_cluster, require_rouge, rouge

# Modules whose work is done once, before the variants run (the fact groups): a setting
# there would silently change nothing.
BUILT_ONCE = frozenset({"facts", "paraphrase"})


def parse(spec: str) -> tuple[str, list[tuple[ModuleType, str, object]]]:
    """A variant's name and its settings as (module, attribute, value)."""
    name, _, sets = spec.partition(":")
    out = []
    for item in filter(None, sets.split(",")):
        key, _, value = item.partition("=")
        module, _, attr = key.rpartition(".")
        if module.partition(".")[0] in BUILT_ONCE:
            raise SystemExit(
                f"{spec}: crossbrief.synthesize.{module}.{attr} shapes the fact groups, which "
                "are built once before any variant runs, so it would change nothing here; "
                "change it in the code and run bench/duc2004.py instead"
            )
        mod = importlib.import_module(f"crossbrief.synthesize.{module}")
        if not hasattr(mod, attr):
            raise SystemExit(f"{spec}: crossbrief.synthesize.{module} has no {attr}")
        out.append((mod, attr, ast.literal_eval(value)))
    return name, out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--cache", type=Path, help=CACHE_HELP)
    parser.add_argument("--words", type=int, default=100)
    parser.add_argument("variants", nargs="+")
    allow_missing_data(parser)
    args = parser.parse_args()
    variants = [parse(v) for v in args.variants]

    root = data_dir("duc2004")
    require_rouge()  # before the analysis, which takes minutes
    clusters = sorted(p.name for p in (root / "docs").iterdir() if p.is_dir())
    per_cluster = [read_cluster(root / "docs" / c)[0] for c in clusters]
    flat = [a for arts in per_cluster for a in arts]
    analyzed = analyze_cached("duc2004", flat, None, 1, args.cache)
    stories = []
    pos = 0
    for arts in per_cluster:
        cluster = analyzed[pos : pos + len(arts)]
        pos += len(arts)
        story = Story(cluster)
        stories.append((story, group_sentences(story), {a.article.id: None for a in cluster}))
    refs = [
        [p.read_text(encoding="latin-1") for p in sorted((root / "references").glob(f"{c[:-1]}.*"))]
        for c in clusters
    ]
    halves = {h: [n for n, c in enumerate(clusters) if half(c) == h] for h in ("dev", "held-out")}

    for name, settings in variants:
        saved = [(mod, attr, getattr(mod, attr)) for mod, attr, _ in settings]
        for mod, attr, value in settings:
            setattr(mod, attr, value)
        try:
            hyps, took = [], []
            for story, groups, dates in stories:
                start = time.process_time()
                chosen = summary.summarize(story, groups, args.words, dates)
                took.append(time.process_time() - start)
                hyps.append("\n".join(s.text for s in chosen))
        finally:
            for mod, attr, value in saved:
                setattr(mod, attr, value)
        cells = [f"all {'/'.join(f'{x:.2f}' for x in rouge(hyps, refs)[:2])}"]
        for h, ns in halves.items():
            r1, r2, _ = rouge([hyps[n] for n in ns], [refs[n] for n in ns])
            cells.append(f"{h} {r1:.2f}/{r2:.2f}")
        cells.append(f"cpu mean {sum(took) / len(took):.3f} s max {max(took):.3f} s")
        print(f"{name:24s} {'  '.join(cells)}", flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
