"""Helpers shared by the benchmarks: where the data is, cached analysis, the benchmarks page.

Analysis is the slow part of every benchmark (spaCy over hundreds of articles), while most
work iterates on synthesis. ``analyze_cached`` keeps analyzed articles as JSON lines under
``bench/out/`` (git-ignored). Each row names the spaCy pipeline and the code version (a hash
of every source file that shapes an analyzed article: ingest, analyze, model), and a read
uses only the rows of the current pipeline and code version, so a cached result is never
reused after that code or the model changes, even from a file named with ``--cache``. The
hash (``code_digest``) reads each file's syntax tree without its docstrings, so a change to
comments or docstrings alone keeps the cache; every bench cache keyed on code uses it. Rows
are keyed on the article's content (text, title, outlet, date), not on where it was read
from, and a row read back carries the caller's article (id, path): the same article read
through another path is not analysed again. Rows are appended under an exclusive lock
(``fcntl.flock``), so two processes sharing a file never interleave their lines. A cache
written whole (a JSON file, a pickle) goes through ``write_atomic`` (a temporary file renamed
over it), so a killed run never leaves a truncated file for the next run to read.

A benchmark whose data is absent skips through ``skip``: a message on stderr naming the
missing path, and exit status 77 (``SKIPPED``, the autotools convention), so that no script
or reader takes a skip for a pass; ``--allow-missing-data`` (``allow_missing_data``) or
``CROSSBRIEF_ALLOW_MISSING_DATA=1`` makes a skip exit 0.
"""

from __future__ import annotations

import argparse
import ast
import csv
import dataclasses
import fcntl
import hashlib
import json
import os
import sys
import tempfile
import textwrap
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any, NoReturn

import crossbrief
from crossbrief.model import AnalyzedArticle, Article

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "bench" / "out"
DOCS = ROOT / "docs" / "benchmarks.md"
_PACKAGE = Path(crossbrief.__file__).resolve().parent


SKIPPED = 77  # exit status of a benchmark that skipped: neither a pass (0) nor a failure (1)
ALLOW_MISSING = "CROSSBRIEF_ALLOW_MISSING_DATA"


def data_root() -> Path:
    """Where the evaluation data is: ``$CROSSBRIEF_DATA``, else ``../shared/data``."""
    return Path(os.environ.get("CROSSBRIEF_DATA", ROOT.parent / "shared" / "data"))


def skip(missing: Path) -> NoReturn:
    """Stop a benchmark whose data is absent: the missing path on stderr, and exit status
    ``SKIPPED`` (77), or 0 where ``--allow-missing-data`` or ``$CROSSBRIEF_ALLOW_MISSING_DATA``
    says a skip is fine. Measured nothing either way, which the message says in words."""
    allowed = os.environ.get(ALLOW_MISSING, "") not in ("", "0")
    print(
        f"SKIPPED (nothing measured, not a pass): evaluation data not found at {missing} "
        f"(set CROSSBRIEF_DATA or see ../shared/data); exit status "
        f"{0 if allowed else SKIPPED}" + ("" if allowed else ", or 0 with --allow-missing-data"),
        file=sys.stderr,
    )
    raise SystemExit(0 if allowed else SKIPPED)


class _AllowMissing(argparse.Action):
    """``--allow-missing-data``: recorded in the environment, so ``skip`` (called deep in the
    loaders) and any benchmark this one runs in a subprocess both see it."""

    def __call__(self, parser: Any, namespace: Any, values: Any, option: Any = None) -> None:
        os.environ[ALLOW_MISSING] = "1"
        setattr(namespace, self.dest, True)


def allow_missing_data(parser: argparse.ArgumentParser) -> None:
    """Give a benchmark's parser ``--allow-missing-data`` (a skip exits 0, not 77)."""
    parser.add_argument(
        "--allow-missing-data",
        action=_AllowMissing,
        nargs=0,
        default=False,
        help=f"exit 0 instead of {SKIPPED} when the evaluation data is absent (a skip always "
        f"exits {SKIPPED} otherwise, never 0: nothing was measured)",
    )


def data_dir(name: str) -> Path:
    """``<data_root()>/<name>``; skips (``skip``) when absent."""
    path = data_root() / name
    if not path.is_dir():
        skip(path)
    return path


def code_version() -> str:
    """A short hash of the code that produces analyzed articles (``code_digest`` of the data
    model, the options, analyze/ and ingest/)."""
    return code_digest(
        [
            _PACKAGE / "model.py",
            _PACKAGE / "model_acts.py",
            _PACKAGE / "options.py",
            *(_PACKAGE / "analyze").rglob("*.py"),
            *(_PACKAGE / "ingest").rglob("*.py"),
        ]
    )


def code_digest(files: Iterable[Path], sources: Iterable[str] = ()) -> str:
    """A short hash of what ``files`` (by name, in sorted order) and the extra ``sources`` (a
    bench's own functions, as ``inspect.getsource`` gives them) do: each one's ``code_of``,
    so a reworded comment or docstring keeps every cache keyed on it."""
    digest = hashlib.sha256()
    for f in sorted(files):
        digest.update(f.name.encode())
        digest.update(code_of(f.read_text(encoding="utf-8")))
    for source in sources:
        digest.update(code_of(textwrap.dedent(source)))
    return digest.hexdigest()[:12]


_DOCUMENTED = (ast.Module, ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef)


def code_of(source: str) -> bytes:
    """What a module does, without what it says: its syntax tree with docstrings removed
    (comments never reach the tree), so rewording either leaves the bytes unchanged."""
    tree = ast.parse(source)
    for node in ast.walk(tree):
        if not isinstance(node, _DOCUMENTED) or not node.body:
            continue
        first = node.body[0]
        value = first.value if isinstance(first, ast.Expr) else None
        if isinstance(value, ast.Constant) and isinstance(value.value, str):
            node.body = node.body[1:] or [ast.Pass()]
    return ast.dump(tree).encode()


def model_key(model: str | None) -> str:
    """The name of the spaCy pipeline analysis will use (without loading it)."""
    from crossbrief.analyze.nlp import available_models

    if model:
        return Path(model).name
    found = available_models()
    return found[0] if found else "none"


# Where an article was read from and what it is called in a run: analysis reads none of
# them, so the cache key leaves them out (every other field of Article is in it).
_IDENTITY = frozenset({"id", "path", "url"})


def content_key(article: Article) -> str:
    """The cache key of an article: a hash of every field analysis may read (text, title,
    outlet, date, and any field added later), not of its id, path or URL."""
    data = {
        f.name: getattr(article, f.name)
        for f in dataclasses.fields(Article)
        if f.name not in _IDENTITY
    }
    return hashlib.sha256(json.dumps(data, sort_keys=True).encode()).hexdigest()


def read_rows(path: Path) -> Iterator[dict[str, Any]]:
    """The rows of a cache file, read under a shared lock (no writer is midway through a
    line); a line that does not parse (a writer killed mid-line) is skipped."""
    if not path.exists():
        return
    with path.open(encoding="utf-8") as f:
        fcntl.flock(f, fcntl.LOCK_SH)
        text = f.read()  # the lock is released when the file closes
    for line in text.splitlines():
        try:
            row = json.loads(line)
        except json.JSONDecodeError:
            continue
        if isinstance(row, dict):
            yield row


def append_rows(path: Path, rows: Iterable[dict[str, Any]]) -> None:
    """Append ``rows`` to a cache file as JSON lines, in one write under an exclusive lock,
    so that two processes appending to one file never interleave their lines. After a line a
    killed writer left half written, the rows start on a line of their own."""
    data = "".join(json.dumps(row) + "\n" for row in rows).encode("utf-8")
    if not data:
        return
    with path.open("ab+") as f:
        fcntl.flock(f, fcntl.LOCK_EX)
        # read under the lock: else the half line would swallow the first row
        if f.seek(0, os.SEEK_END) > 0:
            f.seek(-1, os.SEEK_END)
            if f.read(1) != b"\n":
                data = b"\n" + data
        f.write(data)
        f.flush()  # written before the lock is released (when the file closes)


def write_atomic(path: Path, data: str | bytes) -> None:
    """Write ``data`` (text as UTF-8) to ``path`` whole or not at all: into a temporary file
    in the same directory, then renamed over ``path`` (``os.replace``, atomic on one file
    system). A run killed mid-write leaves at most a stray temporary file, never a truncated
    ``path`` that a later run would read as its cache. Creates ``path``'s directory."""
    payload = data.encode("utf-8") if isinstance(data, str) else data
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, partial = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    umask = os.umask(0)  # read the umask (only by setting it) and put it back
    os.umask(umask)
    try:
        # mkstemp makes the file private (0600); bench/out is shared, so give it the mode a
        # plain write would
        with os.fdopen(fd, "wb") as f:
            os.fchmod(f.fileno(), 0o666 & ~umask)
            f.write(payload)
        os.replace(partial, path)
    except BaseException:
        # an interrupted write (an error, Ctrl-C) cleans up; only a kill leaves the partial
        Path(partial).unlink(missing_ok=True)
        raise


# The --help of every bench's --cache FILE: what a named file holds and which rows are read.
CACHE_HELP = (
    "analysis cache file, JSON lines (default: bench/out/<set>-<model>-<code version>.jsonl); "
    "only its rows of the current code version and model are read, and new rows are "
    "appended, so one file may hold several versions side by side, each read only by its own "
    "code; rows of other versions, and rows written before session 15 (no version), are "
    "ignored (and kept)"
)


def analyze_cached(
    name: str,
    articles: Sequence[Article],
    model: str | None = None,
    processes: int = 1,
    path: Path | None = None,
    version: str | None = None,
) -> list[AnalyzedArticle]:
    """``articles`` analyzed, read from the cache where possible (in input order).

    By default the cache file is named after the model and the code version; ``path`` (a
    bench's ``--cache FILE``) names it instead. Either way a read uses only the rows written
    by the current code version with the current model, and new rows carry both: a named
    file may hold rows of several versions, each read only by its own code. Rows without a
    version (written before session 15) are ignored. An article's analysis is found by its
    content, and comes back with the caller's article (id, path, URL). ``version`` is the code
    version to read and write under (default: ``code_version()`` of the files now on disk): a
    run that imported its code once passes the version read then, since files edited while it
    runs would key rows on code it never ran.
    """
    from crossbrief.options import Options
    from crossbrief.pipeline import analyze

    OUT.mkdir(parents=True, exist_ok=True)
    version, pipeline = version or code_version(), model_key(model)
    path = path or OUT / f"{name}-{pipeline}-{version}.jsonl"
    cached: dict[str, AnalyzedArticle] = {}
    ignored = 0
    for row in read_rows(path):
        if row.get("code") != version or row.get("model") != pipeline:
            ignored += 1
            continue
        cached[row["key"]] = AnalyzedArticle.from_dict(row["analysis"])
    if ignored:
        print(
            f"cache {path.name}: {ignored} rows of another code version or model (or of none) "
            f"ignored; reading only those of code {version}, model {pipeline}",
            file=sys.stderr,
        )
    # one analysis per content: an article read twice (two paths, two ids) is analysed once
    missing = list({content_key(a): a for a in articles if content_key(a) not in cached}.values())
    if missing:
        print(f"analyzing {len(missing)} articles (cache: {path.name})", file=sys.stderr)
        done = analyze(missing, Options(model=model, processes=processes))
        rows = []
        for a in done:
            key = content_key(a.article)
            cached[key] = a
            rows.append({"key": key, "code": version, "model": pipeline, "analysis": a.to_dict()})
        append_rows(path, rows)
    # the analysis of this content, carrying the caller's own identity (id, path)
    return [dataclasses.replace(cached[content_key(a)], article=a) for a in articles]


def require_section(heading: str, docs: Path = DOCS) -> list[str]:
    """The lines of ``docs`` (docs/benchmarks.md); ``SystemExit`` naming the file when it has
    no line ``## <heading>`` (a benchmark asks before its run, not after)."""
    lines = docs.read_text(encoding="utf-8").split("\n")
    if f"## {heading}" not in lines:
        raise SystemExit(f"{docs}: no line '## {heading}' to write the results under")
    return lines


def write_section(heading: str, body: str, docs: Path = DOCS) -> None:
    """Replace the body under ``## <heading>`` in ``docs`` (docs/benchmarks.md), up to the
    next ``## `` heading, leaving the rest (``require_section`` when there is no heading)."""
    lines = require_section(heading, docs)
    start = lines.index(f"## {heading}") + 1
    end = next(
        (i for i in range(start, len(lines)) if lines[i].startswith("## ")),
        len(lines),
    )
    new = [*lines[:start], "", body.strip(), "", *lines[end:]]
    write_atomic(docs, "\n".join(new))


def polnear_articles(root: Path) -> list[Article]:
    """Every PolNeAR text of every split (dev, train; the test split ships no text), in file
    order: first line the headline, the publisher as source, the publication date as date.

    Ids are the file stems ("nyt_2016-05-03_..."); paths are relative to ``root``
    ("train/text/<stem>.txt"), so the analysis cache does not depend on where the data is.
    """
    with (root / "metadata.tsv").open(encoding="utf-8", newline="") as f:
        meta = {r["filename"]: r for r in csv.DictReader(f, delimiter="\t")}
    found = []
    for split in sorted(p for p in root.iterdir() if (p / "text").is_dir()):
        for path in sorted((split / "text").glob("*.txt")):
            row = meta[path.stem]
            title, _, body = path.read_text(encoding="utf-8").strip().partition("\n")
            found.append(
                Article(
                    id=path.stem,
                    text=body.strip(),
                    source=row["publisher"],
                    title=title.strip(),
                    published=row["publication_date"] or None,
                    path=path.relative_to(root).as_posix(),
                )
            )
    return found
