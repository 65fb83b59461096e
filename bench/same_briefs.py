"""Digests of many briefs, to show that a change (a speed-up) leaves every one of them alone.

Synthesizes the 50 DUC 2004 clusters and the 86 ECB+ gold stories (topic and half, as
bench/stories.py scores them) from their cached analyses (the caches bench/duc2004.py and
bench/stories.py keep, so a synthesis-only change reads them as they are), and the seeds and
the built-in demo story analyzed afresh; prints one SHA-256 digest per set over the briefs'
JSON, and the synthesis CPU seconds. Two versions of the code gave the same briefs when they
print the same digests. The data folder is written as ``<data>`` and this checkout's folder as
``<checkout>`` in the JSON first: a brief records its articles' paths (the demo story's lie
inside the checkout), and the same articles seen from another checkout must not count as a
change.

    .venv/bin/python bench/same_briefs.py [--sets duc,ecb,seeds] [--profile FILE]

``--profile FILE`` writes a cProfile of the synthesis calls alone (``pstats`` reads it).
"""

from __future__ import annotations

import argparse
import cProfile
import hashlib
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from _common import allow_missing_data, analyze_cached, data_root, skip

ROOT = Path(__file__).resolve().parents[1]
SETS = ("duc", "ecb", "seeds")


def duc_stories() -> list[list[Any]]:
    """The 50 DUC 2004 clusters, analyzed (cache ``duc2004``, as bench/duc2004.py)."""
    from duc2004 import read_cluster

    docs = data_root() / "duc2004" / "docs"
    if not docs.is_dir():
        skip(docs)
    per = [read_cluster(c)[0] for c in sorted(p for p in docs.iterdir() if p.is_dir())]
    analyzed = analyze_cached("duc2004", [a for arts in per for a in arts])
    return _split(analyzed, [len(arts) for arts in per])


def ecb_stories() -> list[list[Any]]:
    """The 86 ECB+ gold stories (topic and half), analyzed (cache ``ecbplus-stories``)."""
    from crossbrief.model import Article
    from stories import ECB, read_ecb

    if not ECB.is_dir():
        skip(ECB)
    topics = sorted((p for p in ECB.iterdir() if p.is_dir()), key=lambda p: int(p.name))
    files = [f for t in topics for f in sorted(t.glob("*.xml"))]
    analyzed = analyze_cached(
        "ecbplus-stories", [Article(id=f.stem, text=read_ecb(f), path=str(f)) for f in files]
    )
    by_story: dict[tuple[str, bool], list[Any]] = {}
    for f, a in zip(files, analyzed, strict=True):
        by_story.setdefault((f.parent.name, f.stem.endswith("plus")), []).append(a)
    return list(by_story.values())


def seed_stories() -> list[list[Any]]:
    """The seeds (one story) and the built-in demo story, analyzed afresh."""
    from crossbrief.analyze import analyze_articles
    from crossbrief.analyze.nlp import load_nlp
    from crossbrief.ingest import read_paths
    from crossbrief.options import Options

    seeds = data_root().parent / "seeds"
    if not seeds.is_dir():
        skip(seeds)
    nlp = load_nlp()
    inputs = [sorted(str(p) for p in seeds.glob("*.txt")), [str(ROOT / "src/crossbrief/demo")]]
    return [list(analyze_articles(read_paths(p).articles, Options(), nlp=nlp)) for p in inputs]


READERS: dict[str, Callable[[], list[list[Any]]]] = {
    "duc": duc_stories,
    "ecb": ecb_stories,
    "seeds": seed_stories,
}


def chosen_sets(parser: argparse.ArgumentParser, text: str) -> list[str]:
    """The sets named in ``--sets`` (comma-separated), in order; a parser error naming any
    that is not one of ``SETS``."""
    chosen = [s.strip() for s in text.split(",") if s.strip()]
    unknown = sorted(set(chosen) - set(SETS))
    if unknown:
        parser.error(f"unknown set(s) {', '.join(unknown)}; choose from {', '.join(SETS)}")
    return chosen


def _split(items: Sequence[Any], sizes: Sequence[int]) -> list[list[Any]]:
    out, pos = [], 0
    for n in sizes:
        out.append(list(items[pos : pos + n]))
        pos += n
    return out


def digest(stories: Sequence[Sequence[Any]], profile: cProfile.Profile | None) -> tuple[str, float]:
    """The SHA-256 (16 hex digits) of the stories' briefs as JSON, and their synthesis CPU s."""
    from crossbrief.options import Options
    from crossbrief.render import render_json
    from crossbrief.synthesize import synthesize

    data = str(data_root().resolve())
    h = hashlib.sha256()
    cpu = 0.0
    for articles in stories:
        start = time.process_time()
        if profile:
            profile.enable()
        brief = synthesize(articles, Options())
        if profile:
            profile.disable()
        cpu += time.process_time() - start
        text = render_json(brief).replace(data, "<data>").replace(str(ROOT), "<checkout>")
        h.update(text.encode())
    return h.hexdigest()[:16], cpu


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sets", default=",".join(SETS), help="of duc, ecb, seeds (default all)")
    parser.add_argument("--profile", type=Path, help="write a cProfile of synthesis here")
    allow_missing_data(parser)
    args = parser.parse_args()
    chosen = chosen_sets(parser, args.sets)
    profile = cProfile.Profile() if args.profile else None
    for name in chosen:
        stories = READERS[name]()
        hexdigest, cpu = digest(stories, profile)
        print(f"{name}: {len(stories)} stories, digest {hexdigest}, synthesis {cpu:.2f} s CPU")
        sys.stdout.flush()
    if profile and args.profile:
        profile.dump_stats(args.profile)
    return 0


if __name__ == "__main__":
    sys.exit(main())
