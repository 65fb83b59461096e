"""Story grouping on ECB+: do articles about the same event end up in the same story?

ECB+ holds 43 topics, each with two similar events (the ``ecb`` and ``ecbplus`` halves, e.g.
two different earthquakes): the gold story of an article is its topic and half, so grouping
two earthquakes together is an error. Scored with B-cubed precision, recall and F1 over
articles, for crossbrief and, in the same run, a words-only variant (no names) and the
trivial baselines (every article alone; one story per topic). F1 is also given over two fixed
halves of the topics: ``dev`` the odd topic numbers (settings are chosen there), ``held-out``
the even ones (each half scored over its own articles, the grouping made over all of them).

    .venv/bin/python bench/stories.py [--limit N] [--threshold T]

``--bbc`` reports instead the BBC grouping that ``conflicts_heldout.py --set bbc`` reads (no
gold; per category; stories of 2+ articles): how many per half, and which of the frozen story
names of bench/gold/bbc_halves.json the grouping no longer makes (names only, no text).

    .venv/bin/python bench/stories.py --bbc [--threshold T] [--cache FILE]
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
import time
from collections import defaultdict
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from _common import CACHE_HELP, allow_missing_data, data_root, skip

ROOT = Path(__file__).resolve().parents[1]
ECB = data_root() / "ecbplus" / "ECB+_LREC2014" / "ECB+"


def read_ecb(path: Path) -> str:
    """The document's text as written (``_entity_data.ecb_text``: the entity benchmark and the
    held-out sets read the same)."""
    from _entity_data import ecb_text

    return ecb_text(path)


def b_cubed(predicted: Sequence[Sequence[str]], gold: dict[str, str]) -> tuple[float, float, float]:
    """B-cubed precision, recall and F1 of a partition of items against gold labels."""
    cluster_of = {item: n for n, group in enumerate(predicted) for item in group}
    by_gold: dict[str, set[str]] = defaultdict(set)
    for item, label in gold.items():
        by_gold[label].add(item)
    p = r = 0.0
    for item, label in gold.items():
        mine = set(predicted[cluster_of[item]])
        truth = by_gold[label]
        overlap = len(mine & truth)
        p += overlap / len(mine)
        r += overlap / len(truth)
    n = len(gold)
    p, r = p / n, r / n
    return p, r, 2 * p * r / (p + r) if p + r else 0.0


def topic_half(article: str, odd: bool) -> bool:
    """Whether an ECB+ document ("12_3ecbplus") is in the odd (dev) or even (held-out) topics."""
    return int(article.split("_")[0]) % 2 == (1 if odd else 0)


def half_f1(predicted: Sequence[Sequence[str]], gold: dict[str, str], odd: bool) -> float:
    """B-cubed F1 over one half of the topics: each predicted story cut to that half's articles."""
    kept = {item: label for item, label in gold.items() if topic_half(item, odd)}
    groups = [[item for item in group if item in kept] for group in predicted]
    return b_cubed([g for g in groups if g], kept)[2]


def _frozen_base(name: str, frozen: dict[str, str]) -> str:
    """The frozen story a piece's name ("<frozen name>.2") comes from; else the name itself."""
    base, dot, number = name.rpartition(".")
    return base if dot and number.isdigit() and base in frozen else name


def bbc_report(threshold: float | None, cache: Path | None) -> int:
    """The BBC grouping's stories of 2+ per half and the frozen names it no longer makes."""
    from _common import analyze_cached, data_dir
    from _heldout_sets import bbc_articles, frozen_halves, halved
    from crossbrief.stories import THRESHOLD, group_stories

    threshold = THRESHOLD if threshold is None else threshold
    by_category = bbc_articles(data_dir("bbc"))
    flat = [a for arts in by_category.values() for a in arts]
    analyzed = analyze_cached("heldout-bbc", flat, path=cache)
    frozen = frozen_halves()
    half_of = dict(frozen.values())  # frozen name -> half
    found: list[tuple[str, str, int]] = []  # name, half, articles
    pos = 0
    for category, arts in by_category.items():
        part = analyzed[pos : pos + len(arts)]
        pos += len(arts)
        kept = [g for g in group_stories(part, threshold) if len(g) >= 2]
        for side in "AB":
            for name, group in halved(kept, frozen, f"bbc-{category}-x{{:02d}}", side):
                found.append((name, side, len(group)))
    print(f"BBC grouping at threshold {threshold:g}: {len(found)} stories of 2+ articles")
    for half in "AB":
        mine = [(name, size) for name, side, size in found if side == half]
        # a piece of a split frozen story ("<name>.1") keeps its name: split, not gone and new
        bases = {name: _frozen_base(name, half_of) for name, _ in mine}
        kept = {base for base in bases.values() if base in half_of}
        split = sorted(name for name, base in bases.items() if base != name)
        fresh = [name for name, _ in mine if bases[name] not in half_of]
        gone = [name for name, side in half_of.items() if side == half and name not in kept]
        big = sum(size >= 3 for _, size in mine)
        print(f"- half {half}: {len(mine)} stories ({big} of 3+), {len(kept)} frozen names kept "
              f"({len({bases[n] for n in split})} split), {len(gone)} gone, {len(fresh)} new")  # fmt: skip
        print(f"  split: {' '.join(split) or '-'}")
        print(f"  gone: {' '.join(sorted(gone)) or '-'}")
        print(f"  new: {' '.join(fresh) or '-'}")
    return 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--limit", type=int, default=0, help="only the first N topics")
    parser.add_argument(
        "--threshold", type=float, default=None, help="group_stories threshold (default: its own)"
    )
    parser.add_argument("--bbc", action="store_true", help="report the BBC grouping instead")
    parser.add_argument("--cache", type=Path, default=None, help=f"--bbc: {CACHE_HELP}")
    allow_missing_data(parser)
    args = parser.parse_args()
    if args.bbc:
        return bbc_report(args.threshold, args.cache)
    if not ECB.is_dir():
        skip(ECB)
    from crossbrief.model import AnalyzedArticle, Article
    from crossbrief.stories import THRESHOLD, group_stories

    threshold = THRESHOLD if args.threshold is None else args.threshold

    topics = sorted((p for p in ECB.iterdir() if p.is_dir()), key=lambda p: int(p.name))
    if args.limit:
        topics = topics[: args.limit]
    files = [f for t in topics for f in sorted(t.glob("*.xml"))]
    gold = {f.stem: f"{f.parent.name}/{'ecbplus' if f.stem.endswith('plus') else 'ecb'}"
            for f in files}  # fmt: skip
    from _common import analyze_cached

    # keyed by the analysis code's version, so a change to analysis is measured here too
    articles = [Article(id=f.stem, text=read_ecb(f), path=str(f)) for f in files]
    analyzed = analyze_cached("ecbplus-stories", articles)

    rows = []
    start = time.perf_counter()
    ours = [[a.article.id for a in g] for g in group_stories(analyzed, threshold)]
    seconds = time.perf_counter() - start
    rows.append(("crossbrief `group_stories`", ours, seconds))
    words_only = [AnalyzedArticle(article=a.article) for a in analyzed]
    rows.append(
        (
            "words only (no names)",
            [[a.article.id for a in g] for g in group_stories(words_only, threshold)],
            0.0,
        )
    )
    rows.append(("baseline: every article alone", [[f.stem] for f in files], 0.0))
    by_topic: dict[str, list[str]] = defaultdict(list)
    for f in files:
        by_topic[f.parent.name].append(f.stem)
    rows.append(("baseline: one story per topic", list(by_topic.values()), 0.0))

    print(f"ECB+ story grouping, {len(files)} articles, {len(set(gold.values()))} gold stories, "
          f"{len(topics)} topics; measured {dt.date.today().isoformat()}")  # fmt: skip
    print("")
    flag = "" if args.threshold is None else f" --threshold {threshold:g}"
    print(f"Command: `.venv/bin/python bench/stories.py{flag}` (threshold {threshold:g})")
    print("")
    print("| system | stories | B3 precision | B3 recall | B3 F1 | dev F1 | held-out F1 |")
    print("|---|---|---|---|---|---|---|")
    for name, groups, _ in rows:
        p, r, f = b_cubed(groups, gold)
        dev, held = (half_f1(groups, gold, odd) for odd in (True, False))
        print(f"| {name} | {len(groups)} | {p:.3f} | {r:.3f} | {f:.3f} | {dev:.3f} | {held:.3f} |")
    print("")
    print(f"Grouping time for crossbrief (after analysis): {seconds:.1f} s.")
    small_inputs(analyzed, gold, threshold)
    return 0


def small_inputs(analyzed: Sequence[Any], gold: dict[str, str], threshold: float) -> None:
    """Print how the grouping does on the small inputs a user gives (a few articles, as the
    seeds and the demo): each gold story's articles grouped alone (they should stay one
    story), and each topic's (two events of one kind, about twenty articles) grouped alone."""
    from crossbrief.stories import group_stories

    by_story: dict[str, list[Any]] = defaultdict(list)
    by_topic: dict[str, list[Any]] = defaultdict(list)
    for a in analyzed:
        by_story[gold[a.article.id]].append(a)
        by_topic[gold[a.article.id].split("/")[0]].append(a)
    print("")
    print("Small inputs, each grouped alone (the collection's own statistics are those few")
    print("articles'):")
    print("")
    print("| input | inputs | kept one story | B3 precision | B3 F1 | dev F1 | held-out F1 |")
    print("|---|---|---|---|---|---|---|")
    for name, inputs in (("one gold story", by_story), ("one topic (two events)", by_topic)):
        # each input grouped once: its groups score B3, their count says whether it stayed whole
        grouped = [(len(arts), group_stories(arts, threshold)) for arts in inputs.values()]
        groups = [[a.article.id for a in g] for _, gs in grouped for g in gs]
        sizable = [gs for size, gs in grouped if size >= 2]
        whole = sum(len(gs) == 1 for gs in sizable)
        p, _, f = b_cubed(groups, gold)
        dev, held = (half_f1(groups, gold, odd) for odd in (True, False))
        kept = f"{whole} of {len(sizable)}" if name == "one gold story" else "-"
        print(f"| {name} | {len(inputs)} | {kept} | {p:.3f} | {f:.3f} | {dev:.3f} | {held:.3f} |")


if __name__ == "__main__":
    sys.exit(main())
