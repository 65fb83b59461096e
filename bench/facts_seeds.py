"""Fact groups on the three seed articles against bench/gold/seeds_facts.json (issue 7).

Usage: python bench/facts_seeds.py [--paraphrase terms|embeddings|reported] [--cut X]

Prints what tests/synthesize/test_facts_seeds.py checks, with that test's helpers: the clear
annotated facts some brief fact carries with their support, the brief facts joining
sentences of two annotated facts (wrong groups) and the summary sentences whose support is
not their annotated fact's; so that a change to the fact similarity can be measured on the
seeds before the test's floors are moved. ``--paraphrase reported`` uses the peer of
bench/_reported_peer.py (``--cut``: its cosine cut), as bench/facts.py does. Skips (exit
status 77, see bench/_common.skip) when the seeds are absent. Prints no article text beyond
the first 50 characters of a wrong group or summary sentence (to the terminal only).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from _common import allow_missing_data, data_root, skip
from crossbrief.analyze.nlp import load_nlp
from crossbrief.options import Options
from crossbrief.pipeline import brief
from crossbrief.synthesize import facts as facts_module
from crossbrief.synthesize.entities import build_entities
from crossbrief.synthesize.story import Story

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))  # the seed test's helpers, so the two count alike

from tests.synthesize.test_facts_seeds import (  # noqa: E402
    GOLD,
    _annotated,
    _clear_found,
    _wrong_groups,
    _wrong_summary,
)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument(
        "--paraphrase", choices=["terms", "embeddings", "reported"], default="terms"
    )
    parser.add_argument("--cut", type=float, default=None, help="the peer's cosine cut")
    allow_missing_data(parser)
    args = parser.parse_args()
    seeds = data_root() / ".." / "seeds"  # ../shared/seeds, beside the data
    if not seeds.is_dir():
        skip(seeds)
    paths = sorted(str(p) for p in seeds.glob("*.txt"))
    if args.paraphrase == "reported":
        import _reported_peer

        cut = _reported_peer.CUT if args.cut is None else args.cut

        def by_reports(story: Story, evidence: Any, eligible: Any, at: float) -> Any:
            # the seeds are one story: its entities as synthesis builds them
            entities, _ = build_entities(story)
            return _reported_peer.reported_similarity(story, entities, evidence, eligible, at, cut)

        facts_module.embedding_similarity = by_reports  # type: ignore[assignment]
    method = "embeddings" if args.paraphrase == "reported" else args.paraphrase
    made = brief(paths, Options(paraphrase=method), nlp=load_nlp())
    annotated = _annotated(made, paths)
    clear = sum(1 for f in annotated if f["clear"])
    print(f"seed facts ({args.paraphrase}, gold {GOLD.name}): {len(annotated)} annotated")
    found = len(_clear_found(made, annotated))
    print(f"clear annotated facts found with their support: {found} of {clear}")
    wrong = _wrong_groups(made, annotated)
    print(f"wrong groups: {len(wrong)}")
    for support, text in wrong:
        print(f"  support {support}: {text[:50]}")
    summary = _wrong_summary(made, annotated)
    print(f"summary sentences with another support: {len(summary)}")
    for text, shown, wanted in summary:
        print(f"  shown {shown}, annotated {wanted}: {text[:50]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
