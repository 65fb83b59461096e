"""Fact groups against the complete pair gold, bench/gold/fact_pairs.json (issue 7).

Usage: python bench/fact_pairs.py [--threshold X] [--brief] [-v] [--text]

Runs crossbrief's fact grouping on each cluster the gold judges, as bench/facts.py does by
default (analysis cached under bench/out/analysis, keyed by the analysis code; fact
similarity, word matching, ``build_facts``), and scores every system pair (two sources of one
fact group in different articles) against the gold, whose pairs are every cross-article
sentence pair sharing 3 or more content lemmas, judged blind to the system:

- pair precision: system pairs labelled yes over those labelled yes or no; unclear ones and
  unjudged ones (below the candidate rule, or not labelled) counted apart;
- pair recall: gold yes pairs the system puts in one group, over all yes pairs; copies (two
  identical sentences) apart;
- group precision: fact groups (2+ outlets) whose every judged pair is yes, over those with a
  judged pair.

``--brief`` scores the facts of the whole brief instead (``synthesize``: the groups after
``citations.agreeing_facts`` cut the sources whose figures disagree with the shown sentence),
which is what a reader sees. Each cluster's figures are printed, then all three's. ``-v``
lists each system pair labelled no (cluster, both references, sentence indices, the fact's
support, the annotator's note), each unjudged system pair and each missed yes pair;
``--text`` adds the two sentences (to the terminal only). Skips (exit status 77) when the
data is absent.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from _common import allow_missing_data, data_root, skip
from _fact_pairs_scoring import PairScore, SystemFact, read_gold, score_pairs
from _facts_scoring import Ref

HERE = Path(__file__).resolve().parent
DATA = data_root()
GOLD = HERE / "gold" / "fact_pairs.json"


def system_facts(cluster: str, nlp: Any, threshold: float, brief: bool) -> list[SystemFact]:
    """The fact groups crossbrief builds for one cluster, as bench/facts.py builds them, or
    the brief's facts (``brief``)."""
    from crossbrief.synthesize import synthesize
    from crossbrief.synthesize.differ import FigureCheck
    from crossbrief.synthesize.entities import build_entities
    from crossbrief.synthesize.facts import build_facts, group_facts
    from crossbrief.synthesize.story import Story
    from facts import load_cluster, system_ref

    analyzed, shifts = load_cluster(cluster, nlp)
    spans = {a.article.id: a.sentences for a in analyzed}
    if brief:
        found = list(synthesize(analyzed).facts)
    else:
        story = Story(analyzed)
        entities, _ = build_entities(story)
        figures = FigureCheck(story, entities)
        groups = list(group_facts(story, threshold, entities, "terms", figures).groups)
        found = build_facts(story, groups, set())
    return [
        SystemFact(
            tuple(system_ref(cluster, shifts, spans, r.article, r.sentence) for r in f.sources),
            tuple(f"{r.article}:{r.sentence}" for r in f.sources),
            f.support,
        )
        for f in found
    ]


def where(ref: Ref) -> str:
    return f"{ref[0].rsplit('/', 1)[-1]}[{ref[1]}:{ref[2]}]"


def sentence(ref: Ref) -> str:
    raw = (DATA / ref[0]).read_text(encoding="utf-8", errors="replace")
    return " ".join(raw[ref[1] : ref[2]].split())


def report(s: PairScore) -> None:
    """The three figures, with what each counts."""
    n = s.system_pairs
    print(
        f"pair precision {s.precision:.3f}: {s.labelled['yes']} yes / "
        f"{s.labelled['yes'] + s.labelled['no']} judged system pairs; "
        f"{s.labelled['unclear']} unclear; {s.unjudged} unjudged "
        f"({s.unjudged / n if n else 0:.0%} of {n} system pairs)"
    )
    print(
        f"pair recall {s.recall:.3f}: {s.found_yes} of {s.gold_yes} yes pairs (copies apart); "
        f"copies {s.found_copies} of {s.gold_copies}"
    )
    print(
        f"group precision {s.group_precision:.3f}: {s.right_groups} of {s.judged_groups} "
        f"groups with a judged pair are all yes ({s.groups} groups of 2+ outlets)"
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--threshold", type=float, default=None, help="fact grouping threshold")
    parser.add_argument("--brief", action="store_true", help="score the whole brief's facts")
    parser.add_argument("-v", "--verbose", action="store_true", help="list wrong and missed")
    parser.add_argument("--text", action="store_true", help="with -v, print the sentences")
    allow_missing_data(parser)
    args = parser.parse_args()
    if not (DATA / "duc2004" / "docs").is_dir():
        skip(DATA / "duc2004" / "docs")
    from crossbrief.analyze.nlp import load_nlp, model_name
    from crossbrief.synthesize.facts import THRESHOLD

    raw = json.loads(GOLD.read_text(encoding="utf-8"))
    gold = read_gold(raw)
    nlp = load_nlp()
    threshold = THRESHOLD if args.threshold is None else args.threshold
    if args.brief and args.threshold is not None:
        parser.error("--brief synthesizes at the default threshold")
    system = {c: system_facts(c, nlp, threshold, args.brief) for c in raw["clusters"]}
    score = score_pairs(gold, system)
    what = "the brief's facts" if args.brief else "fact groups (build_facts)"
    print(f"model {model_name(nlp)}; fact grouping threshold {threshold}; scored: {what}")
    print(
        f"gold: {len(raw['pairs'])} judged pairs, {raw['unjudged']} unlabelled, clusters "
        + ", ".join(raw["clusters"])
    )
    for cluster in raw["clusters"]:
        print(f"-- {cluster}")
        report(score_pairs({cluster: gold[cluster]}, system))
    print("-- all clusters")
    report(score)
    if args.verbose:
        for cluster, fact, i, j, pair in score.wrong:
            print(
                f"  wrong {cluster} {fact.names[i]} {where(fact.refs[i])} ~ {fact.names[j]} "
                f"{where(fact.refs[j])}; support {fact.support}"
                + (f"; note: {pair.note}" if pair.note else "")
            )
            if args.text:
                print(f"    A: {sentence(fact.refs[i])}\n    B: {sentence(fact.refs[j])}")
        for cluster, fact, i, j in score.outside:
            print(
                f"  unjudged {cluster} {fact.names[i]} {where(fact.refs[i])} ~ {fact.names[j]} "
                f"{where(fact.refs[j])}; support {fact.support}"
            )
            if args.text:
                print(f"    A: {sentence(fact.refs[i])}\n    B: {sentence(fact.refs[j])}")
        for cluster, pair in score.missed:
            print(f"  missed {cluster} {where(pair.a)} ~ {where(pair.b)}")
            if args.text:
                print(f"    A: {sentence(pair.a)}\n    B: {sentence(pair.b)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
