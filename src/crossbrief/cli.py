"""The command line: arguments in, a pipeline call, output out. No work happens here.

crossbrief brief PATH...      brief the articles as one story (md, json or html)
crossbrief analyze PATH...    per-article analysis as JSON, one object per line
crossbrief stories PATH...    group articles into the stories they tell
crossbrief demo               brief the invented demo story that ships with the package
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from importlib.resources import files
from pathlib import Path

from crossbrief import __version__
from crossbrief.errors import CrossbriefError, InputError, OutputError
from crossbrief.ingest import IngestResult
from crossbrief.model import AnalyzedArticle
from crossbrief.options import DEFAULT_MAX_BYTES, DEFAULT_WORDS, Options
from crossbrief.pipeline import analyze, brief, brief_articles, read
from crossbrief.render import RENDERERS
from crossbrief.stories import THRESHOLD as STORY_THRESHOLD

DESCRIPTION = (
    "Brief one news story from many outlets' articles: a summary citing every outlet, the "
    "entities with all their spellings, who said what, facts with their support, where the "
    "outlets' figures differ, and a timeline."
)
PROGRESS_MIN = 6  # below this many articles a progress bar is noise


def _warn(problem: InputError) -> None:
    print(f"crossbrief: {problem.path}: {problem.reason}", file=sys.stderr)


@contextmanager
def _progress(total: int) -> Iterator[Callable[[AnalyzedArticle], None] | None]:
    """A progress bar on stderr while articles are analyzed, when there are enough of them;
    a line at each tenth when stderr is no terminal (a log file, CI)."""
    if total < PROGRESS_MIN:
        yield None
        return
    if not sys.stderr.isatty():
        # A bar redrawn with carriage returns ten times a second fills a log with one line
        # of thousands of frames; a log wants a few lines it can be read by.
        yield _progress_lines(total)
        return
    from tqdm import tqdm

    bar = tqdm(total=total, unit="article", file=sys.stderr, desc="analyzing", leave=False)

    def step(_done: AnalyzedArticle) -> None:
        bar.update(1)

    try:
        yield step
    finally:
        bar.close()


def _progress_lines(total: int) -> Callable[[AnalyzedArticle], None]:
    """A callback printing "analyzed N of TOTAL articles" on stderr at each tenth of them."""
    done = 0
    tenth = 0

    def step(_done: AnalyzedArticle) -> None:
        nonlocal done, tenth
        done += 1
        if done * 10 >= (tenth + 1) * total:
            tenth = done * 10 // total
            print(f"crossbrief: analyzed {done} of {total} articles", file=sys.stderr, flush=True)

    return step


def _options(args: argparse.Namespace) -> Options:
    return Options(
        words=getattr(args, "words", DEFAULT_WORDS),
        max_bytes=int(args.max_mb * 1024 * 1024),
        model=args.model,
        processes=args.processes,
        paraphrase=getattr(args, "paraphrase", "terms"),
    )


def _writable(output: str) -> None:
    """Refuse an output path that cannot be written (``OutputError``), checked before any
    input is read: a typo in ``-o`` must not cost a whole analysis and end in a traceback."""
    path = Path(output)
    folder = path.parent
    if path.is_dir():
        reason = "it is a folder"
    elif not folder.exists():
        reason = f"no such folder: {folder}"
    elif not folder.is_dir():
        reason = f"{folder} is a file, not a folder"
    elif not os.access(path if path.exists() else folder, os.W_OK):
        reason = "permission denied"
    else:
        return
    raise OutputError(output, reason)


def _save(path: str, text: str) -> None:
    """Write ``text`` to ``path``; a failure the early check could not foresee (a full disk)
    is an ``OutputError`` too."""
    try:
        Path(path).write_text(text, encoding="utf-8")
    except OSError as e:
        raise OutputError(path, e.strerror or str(e)) from e


def _write(text: str, output: str | None) -> None:
    if output:
        _save(output, text)
        print(f"crossbrief: wrote {output}", file=sys.stderr)
    else:
        sys.stdout.write(text)


def _read(args: argparse.Namespace, options: Options) -> IngestResult:
    return read(args.paths, options, on_error=_warn)


def _analyzed(args: argparse.Namespace, options: Options) -> list[AnalyzedArticle]:
    articles = _read(args, options).articles
    with _progress(len(articles)) as on_done:
        return analyze(articles, options, on_done)


def cmd_brief(args: argparse.Namespace) -> int:
    options = _options(args)
    if options.paraphrase == "embeddings":
        from crossbrief.synthesize.embeddings import encoder

        encoder()  # a missing package is reported now, not after the whole analysis
    result = _read(args, options)
    with _progress(len(result.articles)) as on_done:
        made = brief_articles(result.articles, options, on_done, result.errors)
    _write(RENDERERS[args.format](made), args.output)
    return 0


def cmd_analyze(args: argparse.Namespace) -> int:
    analyzed = _analyzed(args, _options(args))
    lines = [json.dumps(a.to_dict(), ensure_ascii=False) for a in analyzed]
    _write("\n".join(lines) + "\n", args.output)
    return 0


def cmd_stories(args: argparse.Namespace) -> int:
    from crossbrief.stories import group_stories

    stories = group_stories(_analyzed(args, _options(args)), args.threshold)
    if args.format == "json":
        data = [
            {"story": n, "articles": [_listing(a) for a in story]}
            for n, story in enumerate(stories, start=1)
        ]
        _write(json.dumps(data, ensure_ascii=False, indent=2) + "\n", args.output)
        return 0
    lines = []
    for n, story in enumerate(stories, start=1):
        lines.append(f"## Story {n} ({len(story)} article{'s' if len(story) > 1 else ''})")
        lines += [f"- {a.article.title or a.article.id} ({a.article.path})" for a in story]
        lines.append("")
    _write("\n".join(lines), args.output)
    return 0


def _listing(a: AnalyzedArticle) -> dict[str, object]:
    art = a.article
    return {"id": art.id, "title": art.title, "source": art.source, "published": art.published,
            "path": art.path}  # fmt: skip


def demo_paths() -> list[str]:
    """The demo story's article files, inside the installed package."""
    folder = files("crossbrief").joinpath("demo")
    return sorted(str(p) for p in folder.iterdir() if p.name.endswith((".txt", ".jsonl")))


def cmd_demo(args: argparse.Namespace) -> int:
    options = _options(args)
    result = brief(demo_paths(), options, on_error=_warn)
    sys.stdout.write(RENDERERS["md"](result))
    _save(args.html, RENDERERS["html"](result))
    print(f"\nHTML brief written to {Path(args.html).resolve()}")
    return 0


def _common(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--model", default=None, help="spaCy pipeline name or path (default: best installed)"
    )
    p.add_argument("--processes", type=int, default=1, help="spaCy worker processes (default 1)")
    p.add_argument(
        "--max-mb",
        type=float,
        default=DEFAULT_MAX_BYTES / 1024 / 1024,
        help="refuse inputs larger than this many MB (default %(default)s)",
    )


def build_parser() -> argparse.ArgumentParser:
    """The argument parser of every command (also used to check the docs)."""
    parser = argparse.ArgumentParser(prog="crossbrief", description=DESCRIPTION)
    parser.add_argument("--version", action="version", version=f"crossbrief {__version__}")
    sub = parser.add_subparsers(dest="command", required=True)

    p = sub.add_parser(
        "brief",
        help="brief articles as one story",
        description="Brief the articles as one story: summary, entities, who said what, "
        "facts and their support, where outlets differ, timeline (md, json or html).",
    )
    p.add_argument("paths", nargs="+", help="article files, folders or globs (.txt, .html, .jsonl)")
    p.add_argument(
        "--format", choices=sorted(RENDERERS), default="md", help="output format (default md)"
    )
    p.add_argument("-o", "--output", help="write to this file instead of standard output")
    p.add_argument(
        "--words",
        type=int,
        default=DEFAULT_WORDS,
        help="summary length in words (default %(default)s)",
    )
    p.add_argument(
        "--paraphrase",
        choices=["terms", "embeddings"],
        default="terms",
        help="how fact groups find paraphrases: word matching (default) or also MiniLM "
        "sentence embeddings (slow: about as much CPU as analysis; see docs/benchmarks.md)",
    )
    _common(p)
    p.set_defaults(func=cmd_brief)

    p = sub.add_parser(
        "analyze",
        help="per-article analysis as JSON lines",
        description="Analyze each article on its own (sentences, mentions, quotes, times, "
        "figures) and write one JSON object per line.",
    )
    p.add_argument("paths", nargs="+", help="article files, folders or globs")
    p.add_argument(
        "--json", action="store_true", help="JSON lines output (the only format; kept for clarity)"
    )
    p.add_argument("-o", "--output", help="write to this file instead of standard output")
    _common(p)
    p.set_defaults(func=cmd_analyze)

    p = sub.add_parser(
        "stories",
        help="group articles into the stories they tell",
        description="Group articles into the stories they tell, to brief each story apart.",
    )
    p.add_argument("paths", nargs="+", help="article files, folders or globs")
    p.add_argument("--format", choices=["md", "json"], default="md", help="output format")
    p.add_argument("-o", "--output", help="write to this file instead of standard output")
    p.add_argument(
        "--threshold", type=float, default=STORY_THRESHOLD,
        help="similarity at which articles join a story (default %(default)s; higher splits more)",
    )  # fmt: skip
    _common(p)
    p.set_defaults(func=cmd_stories)

    p = sub.add_parser(
        "demo",
        help="brief the built-in demo story",
        description="Brief the invented demo story that ships with crossbrief: the Markdown "
        "brief on standard output, the HTML brief to --html.",
    )
    p.add_argument("--html", default="crossbrief-demo.html", help="where to write the HTML brief")
    p.add_argument("--words", type=int, default=DEFAULT_WORDS, help="summary length in words")
    _common(p)
    p.set_defaults(func=cmd_demo)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the CLI; returns the exit code (1 when nothing could be read, 2 on usage errors)."""
    args = build_parser().parse_args(argv)
    if getattr(args, "words", 1) < 1:
        print("crossbrief: --words must be at least 1", file=sys.stderr)
        return 2
    try:
        for output in (getattr(args, "output", None), getattr(args, "html", None)):
            if output:
                _writable(output)
        code: int = args.func(args)
        return code
    except CrossbriefError as e:  # NoArticlesError, ModelError, OutputError: one line, exit 1
        print(f"crossbrief: {e}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    sys.exit(main())
