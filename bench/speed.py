"""Speed of analysis and synthesis, each against its reference in the same run.

    analysis:  crossbrief's per-article analysis of N BBC articles, against spaCy's own
               ``nlp.pipe`` over the same paragraphs with the same model, components, batch
               size and process count (goal: at most 1.3x spaCy's time);
    synthesis: the 50 DUC 2004 clusters, the time to synthesize each brief from analyzed
               articles, against the time it took to analyze them (goal: at most 1/4).

Each measurement runs in a fresh subprocess so that peak memory (max RSS) is its own.

    .venv/bin/python bench/speed.py [--articles 500] [--processes 1] [--write]
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import resource
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

from _common import allow_missing_data, data_root, skip

ROOT = Path(__file__).resolve().parents[1]
DATA = data_root()
BBC = DATA / "bbc"
DUC = DATA / "duc2004" / "docs"
BATCH = 64


def _peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _bbc_articles(n: int) -> list[Any]:
    from crossbrief.ingest import read_paths

    files = sorted(str(p) for p in BBC.glob("*/*.txt"))
    # A fixed stride over the sorted list mixes the five categories deterministically.
    step = max(1, len(files) // n)
    return read_paths(files[::step][:n]).articles


def phase_spacy(n: int, processes: int) -> dict[str, Any]:
    from crossbrief.analyze.nlp import load_nlp
    from crossbrief.analyze.paragraphs import paragraph_spans

    articles = _bbc_articles(n)
    nlp = load_nlp()
    texts = [a.text[s:e] for a in articles for s, e in paragraph_spans(a.text)]
    start, cpu = time.perf_counter(), time.process_time()
    for _ in nlp.pipe(texts, batch_size=BATCH, n_process=processes):
        pass
    return _report(articles, time.perf_counter() - start, time.process_time() - cpu, nlp)


def phase_crossbrief(n: int, processes: int) -> dict[str, Any]:
    from crossbrief.analyze import analyze_articles
    from crossbrief.analyze.nlp import load_nlp
    from crossbrief.options import Options

    articles = _bbc_articles(n)
    nlp = load_nlp()
    start, cpu = time.perf_counter(), time.process_time()
    for _ in analyze_articles(articles, Options(processes=processes, batch_size=BATCH), nlp=nlp):
        pass
    return _report(articles, time.perf_counter() - start, time.process_time() - cpu, nlp)


def phase_synthesis(processes: int) -> dict[str, Any]:
    from crossbrief.analyze import analyze_articles
    from crossbrief.analyze.nlp import load_nlp
    from crossbrief.ingest import read_paths
    from crossbrief.options import Options
    from crossbrief.synthesize import synthesize

    nlp = load_nlp()
    options = Options(processes=processes, batch_size=BATCH)
    analysis = synthesis = 0.0
    clusters = sorted(p for p in DUC.iterdir() if p.is_dir())
    n_articles = 0
    slowest = 0.0
    for cluster in clusters:
        articles = read_paths([str(cluster)]).articles  # empty files are reported, not read
        n_articles += len(articles)
        # CPU time: on a shared machine wall time measures the neighbours (one process).
        t0 = time.process_time()
        analyzed = list(analyze_articles(articles, options, nlp=nlp))
        t1 = time.process_time()
        synthesize(analyzed, options)
        t2 = time.process_time()
        analysis += t1 - t0
        synthesis += t2 - t1
        slowest = max(slowest, t2 - t1)
    return {
        "clusters": len(clusters),
        "articles": n_articles,
        "analysis_s": round(analysis, 2),
        "synthesis_s": round(synthesis, 2),
        "slowest_cluster_s": round(slowest, 3),
        "ratio": round(synthesis / analysis, 3),
        "peak_mb": round(_peak_mb()),
    }


def _report(articles: list[Any], seconds: float, cpu: float, nlp: Any) -> dict[str, Any]:
    from crossbrief.analyze.nlp import model_name

    words = sum(a.words for a in articles)
    return {
        "articles": len(articles),
        "words": words,
        "seconds": round(seconds, 2),
        "cpu_seconds": round(cpu, 2),
        "articles_per_s": round(len(articles) / seconds, 1),
        "words_per_s": round(words / seconds),
        "peak_mb": round(_peak_mb()),
        "model": model_name(nlp),
        "components": list(nlp.pipe_names),
    }


def _run(phase: str, args: argparse.Namespace) -> dict[str, Any]:
    cmd = [sys.executable, __file__, "--phase", phase, "--articles", str(args.articles),
           "--processes", str(args.processes)]  # fmt: skip
    out = subprocess.run(cmd, check=True, capture_output=True, text=True).stdout
    result: dict[str, Any] = json.loads(out.strip().splitlines()[-1])
    return result


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=500)
    parser.add_argument("--processes", type=int, default=1)
    parser.add_argument("--phase", choices=["spacy", "crossbrief", "synthesis"])
    parser.add_argument("--write", action="store_true", help="print a Markdown table for docs")
    allow_missing_data(parser)
    args = parser.parse_args()
    if not BBC.is_dir() or not DUC.is_dir():
        skip(BBC if not BBC.is_dir() else DUC)
    if args.phase == "spacy":
        print(json.dumps(phase_spacy(args.articles, args.processes)))
        return 0
    if args.phase == "crossbrief":
        print(json.dumps(phase_crossbrief(args.articles, args.processes)))
        return 0
    if args.phase == "synthesis":
        print(json.dumps(phase_synthesis(args.processes)))
        return 0

    spacy_r = _run("spacy", args)
    ours = _run("crossbrief", args)
    synth = _run("synthesis", args)
    ratio = ours["seconds"] / spacy_r["seconds"]
    # With one process, CPU time is the fair measure on a shared machine; with workers the
    # parent's CPU time misses theirs, so wall time it is.
    cpu_ratio = ours["cpu_seconds"] / spacy_r["cpu_seconds"]
    today = dt.date.today().isoformat()
    lines = [
        f"Measured {today} on {platform.machine()}, {os.cpu_count()} cores, "
        f"{args.processes} spaCy process(es), batch {BATCH}, model {ours['model']} "
        f"({', '.join(ours['components'])}).",
        "",
        f"Command: `.venv/bin/python bench/speed.py --articles {args.articles} "
        f"--processes {args.processes}`",
        "",
        "| analysis of BBC articles | articles | words | wall s | CPU s | articles/s | words/s "
        "| peak MB |",
        "|---|---|---|---|---|---|---|---|",
    ]
    for name, r in (("spaCy `nlp.pipe` alone", spacy_r), ("crossbrief analyze", ours)):
        lines.append(
            f"| {name} | {r['articles']} | {r['words']} | {r['seconds']} | {r['cpu_seconds']} | "
            f"{r['articles_per_s']} | {r['words_per_s']} | {r['peak_mb']} |"
        )
    lines += [
        "",
        f"crossbrief / spaCy: **{ratio:.2f}x** wall time, **{cpu_ratio:.2f}x** CPU time "
        "(goal: at most 1.3x).",
        "",
        "| synthesis, DUC 2004 | clusters | articles | analysis CPU s | synthesis CPU s | "
        "synthesis / analysis | slowest cluster s | peak MB |",
        "|---|---|---|---|---|---|---|---|",
        f"| crossbrief | {synth['clusters']} | {synth['articles']} | {synth['analysis_s']} | "
        f"{synth['synthesis_s']} | **{synth['ratio']}** | {synth['slowest_cluster_s']} | "
        f"{synth['peak_mb']} |",
        "",
        "Goal: synthesis at most 0.25 of analysis.",
    ]
    print("\n".join(lines))
    return 0


if __name__ == "__main__":
    sys.exit(main())
