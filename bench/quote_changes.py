"""Which quotes and ledger speakers change between two versions of crossbrief, on unlabeled news.

Usage: python bench/quote_changes.py --base DIR [--head DIR] [--corpus bbc-a,duc-dev,ecbplus]
                                     [--limit N] [--ecb-topics 20] [--processes 1]

For proving a quote rule on text it was not written on: the labeled quote benchmark
(bench/quotes.py) scores a rule where it was developed, while this lists every quote whose
speaker, cue or content moves when the rule goes in, on text nobody labeled, for a reader to
judge each change. ``--base DIR`` is the older version and ``--head DIR`` the newer (by
default this checkout), each a source tree holding ``src/crossbrief`` (``git worktree add DIR
REV``, or ``git archive REV src | tar -x -C DIR``). Each side runs in
its own subprocess with its tree's ``src`` first on ``sys.path``, so the two never mix; each
caches its analysis in bench/out under its own code version (``_common.analyze_cached``).

Two levels are compared: per-article extraction (each quote by story, article and start offset:
sentence, kind, speaker as written, cue, content) and the synthesized ledger of each story
(each line's resolved speaker, speaker as written and position flag). Corpora:
``bbc-a``/``bbc-b`` (the BBC stories of each frozen half, bench/gold/bbc_halves.json),
``duc-dev``/``duc-heldout`` (DUC 2004 clusters in / outside the gold files) and ``ecbplus``
(the sub-events of the first ``--ecb-topics`` topics, no halves). Changes are printed for
development text only; a held-out corpus (bbc-b, duc-heldout) reports its counts, so that
no one reads its errors.
"""

from __future__ import annotations

import argparse
import inspect
import json
import os
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from _common import ROOT, allow_missing_data, analyze_cached, code_version, data_dir, model_key
from crossbrief.model import AnalyzedArticle, Article

CORPORA = ("bbc-a", "bbc-b", "duc-dev", "duc-heldout", "ecbplus")
HELD_OUT = frozenset({"bbc-b", "duc-heldout"})
HALVES = {"bbc-a": "development", "duc-dev": "development", "ecbplus": "no halves"}
StorySet = list[tuple[str, list[Article]]]  # named stories, each its articles


def bbc_half(half: str) -> StorySet:
    """The BBC stories of one frozen half, as the halves file lists their articles."""
    from _heldout_sets import bbc_articles, frozen_halves

    by_file = {
        "/".join(Path(a.path or "").parts[-2:]): a
        for arts in bbc_articles(data_dir("bbc")).values()
        for a in arts
    }
    return [
        (name, [by_file[f] for f in files if f in by_file])
        for files, (name, side) in sorted(frozen_halves().items(), key=lambda r: r[1][0])
        if side == half
    ]


def duc(dev: bool) -> StorySet:
    """The DUC 2004 clusters the gold files name (``dev``) or the others."""
    from _heldout_sets import gold_clusters
    from duc2004 import read_cluster

    root = data_dir("duc2004") / "docs"
    gold = gold_clusters()
    folders = sorted(p for p in root.iterdir() if p.is_dir() and (p.name in gold) == dev)
    return [(p.name, read_cluster(p)[0]) for p in folders]


def ecbplus(topics: int) -> StorySet:
    """The ECB+ sub-events of the first ``topics`` topics."""
    from _heldout_sets import ecbplus_stories

    return list(ecbplus_stories(topics))


def from_dir(root: Path) -> StorySet:
    """Invented or hand-picked text: each folder under ``root`` a story, each .txt an article."""
    return [
        (
            folder.name,
            [
                Article(id=p.stem, text=p.read_text(encoding="utf-8"), source=p.stem)
                for p in sorted(folder.glob("*.txt"))
            ],
        )
        for folder in sorted(p for p in root.iterdir() if p.is_dir())
    ]


# the cache each corpus shares with the bench that reads the same articles (same keys)
CACHE_NAMES = {
    "bbc-a": "heldout-bbc",
    "bbc-b": "heldout-bbc",
    "duc-dev": "duc2004",
    "duc-heldout": "duc2004",
    "ecbplus": "quote-changes-ecbplus",
    "dir": "quote-changes",
}


def load(corpus: str, args: argparse.Namespace) -> StorySet:
    """The stories of ``corpus``, the first ``--limit`` of them."""
    if corpus == "dir":
        stories = from_dir(args.articles_dir)
    elif corpus.startswith("bbc-"):
        stories = bbc_half(corpus[-1].upper())
    elif corpus.startswith("duc-"):
        stories = duc(corpus == "duc-dev")
    else:
        stories = ecbplus(args.ecb_topics)
    return stories[: args.limit] if args.limit else stories


def extracted(a: AnalyzedArticle) -> Iterator[tuple[str, list[Any]]]:
    """Each quote of one article: key (article, start), value (sentence, kind, speaker, cue,
    content)."""
    for q in a.quotes:
        value = [a.sentence_index(q.start), q.kind, q.speaker_text, q.cue, q.text[:100]]
        yield f"{a.article.id} @{q.start}", value


def story_quotes(stories: list[tuple[str, list[AnalyzedArticle]]]) -> dict[str, list[Any]]:
    """Each quote of every story's articles, keyed by story, article and start offset: article
    ids are unique within a story only (every DUC cluster has a C1), so a key of article and
    offset alone would let one cluster's quote overwrite another's. An article met again in a
    later story (the same id and text: an ECB+ document of two sub-events) counts once, under
    its first story."""
    found: dict[str, list[Any]] = {}
    seen: set[tuple[str, str]] = set()
    for name, part in stories:
        for a in part:
            if (a.article.id, a.article.text) in seen:
                continue
            seen.add((a.article.id, a.article.text))
            found.update((f"{name} {key}", value) for key, value in extracted(a))
    return found


def ledger(story: list[AnalyzedArticle]) -> Iterator[tuple[str, list[Any]]]:
    """Each ledger line of one story: key (article, sentence, content), value (speaker entity's
    name, speaker as written, whether the line is a position taken rather than words said)."""
    from crossbrief.synthesize.entities import build_entities
    from crossbrief.synthesize.quotes import build_quotes
    from crossbrief.synthesize.relayed import unwrap_relays
    from crossbrief.synthesize.story import Story

    whole = Story(story)
    entities, key_to_id = build_entities(whole)
    names = {e.id: e.name for e in entities}
    relayed = unwrap_relays(whole.articles)
    # an older tree's ledger may take no entities: each side runs its own ``build_quotes``
    extra = (entities,) if "entities" in inspect.signature(build_quotes).parameters else ()
    for q in build_quotes(whole if relayed is None else Story(relayed), key_to_id, *extra):
        yield (
            f"{q.article} s{q.sentence} {q.text[:60]!r}",
            # an older tree's ledger may have no position flag: read as words said
            [names.get(q.speaker or ""), q.speaker_text, getattr(q, "position", False)],
        )


def work(spec_path: Path, out_path: Path, processes: int) -> None:
    """One side: analyse and synthesize every corpus of the spec, write what was found."""
    import crossbrief
    import crossbrief.pipeline  # the code that analyses, loaded before its version is read

    # read once, as the code is loaded: src edited during the run must not key its rows
    version = code_version()
    spec = json.loads(spec_path.read_text(encoding="utf-8"))
    print(f"side: {Path(crossbrief.__file__).parents[1]}", file=sys.stderr)
    found: dict[str, dict[str, dict[str, list[Any]]]] = {}
    for corpus, cache_dir, stories in spec:
        flat = [Article(**a) for _, arts in stories for a in arts]
        path = None
        if cache_dir:  # tests: a cache of their own, named as analyze_cached would
            Path(cache_dir).mkdir(parents=True, exist_ok=True)
            path = Path(cache_dir) / f"{corpus}-{model_key(None)}-{version}.jsonl"
        analyzed = analyze_cached(
            CACHE_NAMES[corpus], flat, processes=processes, path=path, version=version
        )
        parts: list[tuple[str, list[AnalyzedArticle]]] = []
        pos = 0
        for name, arts in stories:
            parts.append((name, analyzed[pos : pos + len(arts)]))
            pos += len(arts)
        lines = {f"{name} {k}": v for name, part in parts for k, v in ledger(part)}
        found[corpus] = {"quotes": story_quotes(parts), "ledger": lines}
    out_path.write_text(json.dumps(found, ensure_ascii=False), encoding="utf-8")


def run_side(tree: Path, spec: Path, out: Path, processes: int) -> dict[str, Any]:
    """Run ``work`` in a subprocess whose ``crossbrief`` is ``tree``'s."""
    if not (tree / "src" / "crossbrief").is_dir():
        raise SystemExit(f"{tree} holds no src/crossbrief")
    env = dict(os.environ, PYTHONPATH=os.pathsep.join([str(tree / "src"), str(ROOT / "bench")]))
    cmd = [sys.executable, __file__, "--worker", str(spec), str(out), "--processes", str(processes)]
    subprocess.run(cmd, env=env, check=True)
    result: dict[str, Any] = json.loads(out.read_text(encoding="utf-8"))
    return result


def differences(old: dict[str, list[Any]], new: dict[str, list[Any]]) -> list[str]:
    """One line per key whose value differs (or that one side lacks), in key order."""
    return [
        f"  {key}: {old.get(key)} -> {new.get(key)}"
        for key in sorted(set(old) | set(new))
        if old.get(key) != new.get(key)
    ]


def report(corpus: str, old: dict[str, Any], new: dict[str, Any]) -> tuple[int, int]:
    """Print the changes of one corpus (development text only) and its counts."""
    half = "held-out" if corpus in HELD_OUT else HALVES.get(corpus, "development")
    counts = []
    for level in ("quotes", "ledger"):
        changed = differences(old[level], new[level])
        counts.append(len(changed))
        if changed and corpus not in HELD_OUT:
            print(f"== {corpus} {level} (base -> current)")
            print("\n".join(changed))
    print(
        f"{corpus} ({half}): {counts[0]} of {len(new['quotes'])} quotes changed, "
        f"{counts[1]} of {len(new['ledger'])} ledger lines changed"
    )
    return counts[0], counts[1]


def build_parser() -> argparse.ArgumentParser:
    """The command line."""
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--base", type=Path, help="the other source tree (holds src/crossbrief)")
    parser.add_argument(
        "--head", type=Path, default=ROOT, help="the tree compared with --base (default: this one)"
    )
    parser.add_argument(
        "--corpus", default="bbc-a,duc-dev,ecbplus", help=f"comma-separated: {', '.join(CORPORA)}"
    )
    parser.add_argument("--limit", type=int, default=0, help="the first N stories per corpus")
    parser.add_argument("--ecb-topics", type=int, default=20, help="the first N ECB+ topics")
    parser.add_argument("--processes", type=int, default=1, help="analysis processes")
    allow_missing_data(parser)
    # hidden: tests compare invented text (a story per folder) with a cache of their own
    parser.add_argument("--articles-dir", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--cache-dir", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--worker", nargs=2, type=Path, help=argparse.SUPPRESS)
    return parser


def main(argv: list[str] | None = None) -> int:
    """Compare the current tree with ``--base``; 0 when both ran (changes are not failures)."""
    args = build_parser().parse_args(argv)
    if args.worker:
        work(args.worker[0], args.worker[1], args.processes)
        return 0
    if args.base is None:
        raise SystemExit("--base DIR is required")
    corpora = ["dir"] if args.articles_dir else args.corpus.split(",")
    unknown = [c for c in corpora if c not in (*CORPORA, "dir")]
    if unknown:
        raise SystemExit(f"unknown corpus: {', '.join(unknown)}")
    cache_dir = str(args.cache_dir) if args.cache_dir else ""
    spec = [
        [c, cache_dir, [[name, [a.to_dict() for a in arts]] for name, arts in load(c, args)]]
        for c in corpora
    ]
    with tempfile.TemporaryDirectory() as tmp:
        spec_path = Path(tmp) / "spec.json"
        spec_path.write_text(json.dumps(spec), encoding="utf-8")
        old = run_side(args.base.resolve(), spec_path, Path(tmp) / "base.json", args.processes)
        new = run_side(args.head.resolve(), spec_path, Path(tmp) / "current.json", args.processes)
    for corpus in corpora:
        report(corpus, old[corpus], new[corpus])
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
