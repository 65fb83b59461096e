"""The summary's citations against the complete pair gold, bench/gold/fact_pairs.json (issue 3).

Usage: python bench/summary_cites.py [--words N ...] [-v] [--text]

A measurement only: the three clusters the gold judges are in the held-out half of the summary
benchmark (bench/gold/README.md), so its misses are read to classify them, never to tune the
summary or its citations on them.

Each cluster is read and briefed as ``crossbrief brief`` would brief its folder (crossbrief's
ingest, empty files skipped and byte-identical duplicates counted once as bench/duc2004.py
does, the analysis from its cache under bench/out/, ``synthesize`` with the summary at
``--words``: by default 100, the DUC bench's length, and 120, the CLI's). Each summary
sentence is a source sentence of one article; it and each sentence it cites make a pair,
scored against the gold (bench/_fact_pairs_scoring.py reads it; a sentence stands for the gold
sentences it overlaps by half):

- citation precision: cited sentences of another article whose pair is labelled yes, over
  those labelled yes or no; unclear and unjudged ones (sharing fewer than three content lemmas,
  below the gold's candidate rule) counted apart;
- citation recall by article: articles holding a sentence judged yes with the summary
  sentence, and the share of them it cites (by any of their sentences); articles holding a
  copy (the identical sentence) apart, as bench/fact_pairs.py counts copies.

Each cluster's figures are printed, then all three's. ``-v`` lists each citation labelled no
or unclear, each unjudged one and each missed article (cluster, references, sentence
indices, the annotator's note); ``--text`` adds the sentences (to the terminal only). Skips
(exit status 77) when the data is absent.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from _common import allow_missing_data, analyze_cached, data_root, model_key, skip
from _fact_pairs_scoring import CitedSentence, CiteScore, read_gold, score_citations
from _facts_scoring import Ref, overlaps

HERE = Path(__file__).resolve().parent
DATA = data_root()
GOLD = HERE / "gold" / "fact_pairs.json"
WORDS = (100, 120)  # bench/duc2004.py's summary length, then the CLI's default


class Cluster:
    """One cluster read, analyzed and briefed as ``crossbrief brief`` would, with the raw-file
    reference of every sentence (ingest strips the body: raw offset = article offset + shift)."""

    def __init__(self, cluster: str) -> None:
        from duc2004 import read_cluster

        folder = DATA / "duc2004" / "docs" / cluster
        articles, _, _ = read_cluster(folder)
        self.analyzed = analyze_cached("duc2004", articles)
        self.refs: dict[str, list[Ref]] = {}
        for a in self.analyzed:
            raw = Path(a.article.path or "").read_text(encoding="utf-8", errors="replace")
            shift = raw.find(a.article.text)
            assert shift >= 0, f"{a.article.path}: ingest changed the body beyond stripping"
            file = f"duc2004/docs/{cluster}/{a.article.id}"
            self.refs[a.article.id] = [(file, s.start + shift, s.end + shift) for s in a.sentences]

    def summary(self, words: int) -> list[CitedSentence]:
        """The brief's summary sentences at ``words``, each with its citations."""
        from crossbrief.options import Options
        from crossbrief.synthesize import synthesize

        made = synthesize(self.analyzed, Options(words=words))
        return [
            CitedSentence(
                tuple(self.refs[r.article][r.sentence] for r in s.sources),
                tuple(f"{r.article}:{r.sentence}" for r in s.sources),
            )
            for s in made.summary
        ]

    def name(self, ref: Ref) -> str:
        """The article and sentence index(es) of a gold reference ("C7:5")."""
        article = ref[0].rsplit("/", 1)[-1]
        found = [k for k, r in enumerate(self.refs.get(article, [])) if overlaps(r, ref)]
        return f"{article}:{','.join(map(str, found)) or '?'}"


def report(s: CiteScore) -> None:
    """The figures, with what each counts."""
    n = s.citations
    print(
        f"summary sentences {s.sentences} ({s.in_gold} in some judged pair); "
        f"citations of other articles {n}"
    )
    print(
        f"citation precision {s.precision:.3f}: {s.labelled['yes']} yes "
        f"({s.cited_copies} of them copies) / {s.labelled['yes'] + s.labelled['no']} judged; "
        f"{s.labelled['unclear']} unclear; {s.unjudged} unjudged "
        f"({s.unjudged / n if n else 0:.0%} of {n})"
    )
    print(
        f"citation recall by article {s.recall:.3f}: {s.cited_articles} of {s.yes_articles} "
        f"articles with a yes sentence cited (copies apart: {s.cited_copy_articles} of "
        f"{s.copy_articles}); sentences citing every such article {s.complete} of {s.with_yes}"
    )


def where(ref: Ref) -> str:
    return f"{ref[0].rsplit('/', 1)[-1]}[{ref[1]}:{ref[2]}]"


def sentence(ref: Ref) -> str:
    raw = (DATA / ref[0]).read_text(encoding="utf-8", errors="replace")
    return " ".join(raw[ref[1] : ref[2]].split())


def listing(score: CiteScore, clusters: dict[str, Cluster], text: bool) -> None:
    """What ``-v`` prints: the wrong, unclear and unjudged citations, the missed articles."""

    def show(mine: Ref, *theirs: Ref) -> None:
        if text:
            print(f"    A: {sentence(mine)}")
            for ref in theirs:
                print(f"    B: {sentence(ref)}")

    for kind, found in (("wrong", score.wrong), ("unclear", score.unsure)):
        for cluster, s, j, pair in found:
            note = f"; note: {pair.note}" if pair.note else ""
            print(
                f"  {kind} {cluster} {s.names[0]} {where(s.refs[0])} cites {s.names[j]} "
                f"{where(s.refs[j])}{note}"
            )
            show(s.refs[0], s.refs[j])
    for cluster, s, j in score.outside:
        print(
            f"  unjudged {cluster} {s.names[0]} {where(s.refs[0])} cites {s.names[j]} "
            f"{where(s.refs[j])}"
        )
        show(s.refs[0], s.refs[j])
    for cluster, s, _, theirs in score.missed:
        named = ", ".join(f"{clusters[cluster].name(r)} {where(r)}" for r in theirs)
        print(f"  missed {cluster} {s.names[0]} {where(s.refs[0])} leaves out {named}")
        show(s.refs[0], *theirs)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument(
        "--words", type=int, nargs="+", default=list(WORDS), help="summary lengths (100 120)"
    )
    parser.add_argument("-v", "--verbose", action="store_true", help="list wrong and missed")
    parser.add_argument("--text", action="store_true", help="with -v, print the sentences")
    allow_missing_data(parser)
    args = parser.parse_args()
    if not (DATA / "duc2004" / "docs").is_dir():
        skip(DATA / "duc2004" / "docs")
    raw = json.loads(GOLD.read_text(encoding="utf-8"))
    gold = read_gold(raw)
    clusters = {c: Cluster(c) for c in raw["clusters"]}
    print(
        f"spaCy pipeline {model_key(None)}; gold: {len(raw['pairs'])} judged pairs, clusters "
        + ", ".join(raw["clusters"])
    )
    for words in args.words:
        system = {c: x.summary(words) for c, x in clusters.items()}
        print(f"== summary of at most {words} words (the brief's citations)")
        for cluster in raw["clusters"]:
            print(f"-- {cluster}")
            report(score_citations({cluster: gold[cluster]}, system))
        print("-- all clusters")
        score = score_citations(gold, system)
        report(score)
        if args.verbose:
            listing(score, clusters, args.text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
