"""Build the briefs of named evaluation stories, as ``crossbrief brief`` would, for reading.

Usage: python bench/briefs.py OUTDIR STORY... [--format md,json,html] [--words N]
                                             [--processes 1]
       python bench/briefs.py --list

A STORY is one of:

- a DUC 2004 cluster (``d30047t``): its folder is passed to the pipeline, as to the CLI;
- an ECB+ gold sub-event (``ecb21ecb``, ``ecb21ecbplus``; the names ``_heldout_sets.
  ecbplus_stories`` gives, one story per topic and corpus half);
- a BBC story of the frozen halves (``bbc-business-41``, a name of bench/gold/bbc_halves.json).

ECB+ and BBC articles are not files the CLI reads as one article each (XML tokens; a headline
on the first line), so they are first written as a JSONL input (id, title, text, source), the
format the CLI reads, in a temporary folder removed after the run (each article's ``path``
in the brief is then its line of that input, ``bbc-business-01.jsonl:2``, the same in every
run). Each story is read and briefed by ``crossbrief.pipeline.brief`` and written by the
CLI's renderers (``crossbrief.render.RENDERERS``) as ``OUTDIR/<story>.<format>``: the only
files written.

``--list`` prints every story id with its half, one a line: DUC by ``duc2004.half`` (the
summary benchmark's halves), ECB+ by topic (odd ``dev``, even ``held-out``, as
bench/stories.py), BBC by its frozen half (A ``dev``, B ``held-out``). Read development
stories only; a held-out brief is for figures, not for finding errors. Skips (exit 77, see
``_common.skip``) when a set's data is absent; an unknown id stops the run, naming it, before
anything is analysed.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import os
import re
import sys
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _common import allow_missing_data, data_dir
from crossbrief.model import Article
from crossbrief.options import DEFAULT_WORDS, Options
from crossbrief.pipeline import brief
from crossbrief.render import RENDERERS

FORMATS = ("md", "json", "html")
DUC_ID = re.compile(r"d3\d{4}t")
KINDS = (
    "a DUC 2004 cluster (d30001t), an ECB+ sub-event (ecb1ecb, ecb1ecbplus) or a BBC story "
    "of bench/gold/bbc_halves.json (bbc-business-01); --list prints them all"
)


@dataclass(frozen=True)
class Story:
    """A story to brief: its id, its half, and how to get its input (a folder or articles)."""

    id: str
    half: str  # "dev" or "held-out"
    folder: Path | None = None  # DUC: the folder the CLI is given
    articles: tuple[Article, ...] = ()  # ECB+, BBC: written as a JSONL input first


def corpus_of(story: str) -> str:
    """Which set an id names by its form (``duc``, ``ecbplus``, ``bbc``); stops naming the id
    when it has none of their forms."""
    if DUC_ID.fullmatch(story):
        return "duc"
    if re.fullmatch(r"ecb\d+ecb(plus)?", story):
        return "ecbplus"
    if story.startswith("bbc-"):
        return "bbc"
    raise SystemExit(f"briefs.py: unknown story id {story!r}: not {KINDS}")


def duc_stories() -> dict[str, Story]:
    """Every DUC 2004 cluster, by id, with its summary-benchmark half."""
    from duc2004 import half

    root = data_dir("duc2004") / "docs"
    folders = sorted(p for p in root.iterdir() if p.is_dir())
    return {p.name: Story(p.name, half(p.name), folder=p) for p in folders}


def ecbplus_stories() -> dict[str, Story]:
    """Every ECB+ gold sub-event, by id: odd topics ``dev``, even ones ``held-out``."""
    from _heldout_sets import ecbplus_stories as load
    from _heldout_sets import topic_of

    # a count of 0 topics reads them all
    return {
        name: Story(name, "dev" if topic_of(name[3:]) % 2 else "held-out", articles=tuple(arts))
        for name, arts in load(0)
    }


def bbc_stories() -> dict[str, Story]:
    """Every story of bench/gold/bbc_halves.json, by id: half A ``dev``, B ``held-out``."""
    from _heldout_sets import bbc_articles, frozen_halves

    by_file = {
        "/".join(Path(a.path or "").parts[-2:]): a
        for arts in bbc_articles(data_dir("bbc")).values()
        for a in arts
    }
    return {
        name: Story(
            name,
            "dev" if side == "A" else "held-out",
            articles=tuple(by_file[f] for f in files if f in by_file),
        )
        for files, (name, side) in sorted(frozen_halves().items(), key=lambda r: r[1][0])
    }


LOADERS: dict[str, Callable[[], dict[str, Story]]] = {
    "duc": duc_stories,
    "ecbplus": ecbplus_stories,
    "bbc": bbc_stories,
}


def resolve(ids: list[str]) -> list[Story]:
    """The stories ``ids`` name, in order. Every id is checked before any is built: one of no
    known form, or one its set does not hold, stops the run naming it; a set whose data is
    absent skips (exit 77)."""
    corpora = {story: corpus_of(story) for story in ids}  # a malformed id fails before data
    known: dict[str, dict[str, Story]] = {}
    for corpus in dict.fromkeys(corpora.values()):
        known[corpus] = LOADERS[corpus]()
    unknown = [story for story in ids if story not in known[corpora[story]]]
    if unknown:
        raise SystemExit(
            f"briefs.py: unknown story id {', '.join(map(repr, unknown))}: the data holds no "
            f"such story; a STORY is {KINDS}"
        )
    return [known[corpora[story]][story] for story in ids]


def jsonl_input(story: Story, folder: Path) -> Path:
    """``story``'s articles as a JSONL file in ``folder``: the input the CLI would be given."""
    path = folder / f"{story.id}.jsonl"
    rows = []
    for a in story.articles:
        row: dict[str, Any] = {"id": a.id, "title": a.title, "text": a.text, "source": a.source}
        if a.published:
            row["published"] = a.published
        rows.append(json.dumps(row, ensure_ascii=False))
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    return path


def build(
    story: Story, out: Path, formats: list[str], options: Options, nlp: Any = None
) -> list[Path]:
    """Brief ``story`` as the CLI would and write ``out/<id>.<format>`` for each format."""

    def on_error(problem: Any) -> None:
        print(f"{story.id}: {problem.path}: {problem.reason}", file=sys.stderr)

    with tempfile.TemporaryDirectory() as tmp:
        path = story.folder or jsonl_input(story, Path(tmp))
        made = brief([str(path)], options, on_error=on_error, nlp=nlp)
    if story.folder is None:
        # the folder is gone: each article is cited as its line of "<story>.jsonl", the same
        # in every run, rather than by a temporary path that changes every time
        made = dataclasses.replace(
            made,
            articles=tuple(
                dataclasses.replace(a, path=a.path and a.path.removeprefix(f"{tmp}{os.sep}"))
                for a in made.articles
            ),
        )
    written = []
    for fmt in formats:
        target = out / f"{story.id}.{fmt}"
        target.write_text(RENDERERS[fmt](made), encoding="utf-8")
        written.append(target)
    return written


def list_ids() -> None:
    """Print every story id with its half and article count (no article text)."""
    for corpus, loader in LOADERS.items():
        for story in loader().values():
            size = (
                len(story.articles) if story.folder is None else len(list(story.folder.iterdir()))
            )
            print(f"{story.id}\t{story.half}\t{corpus}\t{size}")


def build_parser() -> argparse.ArgumentParser:
    """The command line."""
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("outdir", nargs="?", type=Path, help="where the briefs are written")
    parser.add_argument("stories", nargs="*", metavar="STORY", help=KINDS)
    parser.add_argument(
        "--format", default=",".join(FORMATS), help="comma-separated: md, json, html (default all)"
    )
    parser.add_argument(
        "--words", type=int, default=DEFAULT_WORDS, help="summary words (default %(default)s)"
    )
    parser.add_argument("--processes", type=int, default=1, help="analysis processes")
    parser.add_argument("--list", action="store_true", help="print the story ids and halves")
    allow_missing_data(parser)
    return parser


def main(argv: list[str] | None = None, nlp: Any = None) -> int:
    """Build the briefs asked for (or list the ids); 0 when every brief was written."""
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.list:
        list_ids()
        return 0
    if args.outdir is None or not args.stories:
        parser.error("OUTDIR and at least one STORY are required (or --list)")
    formats = [f for f in args.format.split(",") if f]
    wrong = [f for f in formats if f not in FORMATS]
    if wrong or not formats:
        parser.error(f"--format: {', '.join(wrong) or 'none given'}: choose from md, json, html")
    if args.words < 1:
        parser.error("--words must be at least 1")
    stories = resolve(args.stories)
    args.outdir.mkdir(parents=True, exist_ok=True)
    options = Options(words=args.words, processes=args.processes)
    for story in stories:
        written = build(story, args.outdir, formats, options, nlp)
        print(f"{story.id} ({story.half}): {', '.join(str(p) for p in written)}", flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
