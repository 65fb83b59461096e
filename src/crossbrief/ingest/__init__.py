"""Ingest: turn paths (files, folders, globs) into Articles, one module per input kind.

``read_paths`` never raises for a bad input: every file that cannot be read becomes an
``InputError`` in the result, next to the articles that could, so one bad file never takes
the others down.
"""

from __future__ import annotations

import glob
import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

from crossbrief.errors import InputError
from crossbrief.ingest.files import read_bytes
from crossbrief.ingest.html import read_html
from crossbrief.ingest.jsonl import read_jsonl
from crossbrief.ingest.text import read_text
from crossbrief.model import Article
from crossbrief.options import DEFAULT_MAX_BYTES

__all__ = ["IngestResult", "expand_paths", "read_file", "read_paths"]

HTML_SUFFIXES = (".html", ".htm", ".xhtml")
JSONL_SUFFIXES = (".jsonl", ".ndjson")


@dataclass
class IngestResult:
    """Articles read, and the inputs that failed (errors) or were read with a caveat."""

    articles: list[Article] = field(default_factory=list)
    errors: list[InputError] = field(default_factory=list)
    warnings: list[InputError] = field(default_factory=list)


def expand_paths(paths: Iterable[str]) -> Iterator[str | InputError]:
    """Yield the files named by ``paths`` (folders recursively, globs expanded), sorted.

    A path that names nothing yields an InputError instead of vanishing.
    """
    for raw in paths:
        if os.path.isdir(raw):
            found = sorted(
                os.path.join(d, f)
                for d, _, files in os.walk(raw)
                for f in files
                if not f.startswith(".")
            )
            if not found:
                yield InputError(raw, "folder holds no files")
            yield from found
        elif os.path.exists(raw):
            yield raw
        elif glob.has_magic(raw):
            matches = sorted(p for p in glob.glob(raw, recursive=True) if os.path.isfile(p))
            if not matches:
                yield InputError(raw, "pattern matches no files")
            yield from matches
        else:
            yield InputError(raw, "no such file or directory")


def read_file(
    path: str, max_bytes: int = DEFAULT_MAX_BYTES
) -> tuple[list[Article], list[InputError], list[InputError]]:
    """Read one file by its kind; returns (articles, errors, warnings)."""
    decoded = read_bytes(path, max_bytes)
    lower = path.lower()
    if lower.endswith(JSONL_SUFFIXES):
        articles, errors, warnings = read_jsonl(path, decoded.text)
        return articles, errors, decoded.warnings + warnings
    if lower.endswith(HTML_SUFFIXES) or decoded.text.lstrip()[:15].lower().startswith(
        ("<!doctype html", "<html")
    ):
        return [read_html(path, decoded.text)], [], decoded.warnings
    article, warnings = read_text(path, decoded.text)
    return [article], [], decoded.warnings + warnings


def read_paths(paths: Iterable[str], max_bytes: int = DEFAULT_MAX_BYTES) -> IngestResult:
    """Read every article named by ``paths``; ids are made unique in input order."""
    result = IngestResult()
    seen: set[str] = set()
    for item in expand_paths(paths):
        if isinstance(item, InputError):
            result.errors.append(item)
            continue
        try:
            articles, errors, warnings = read_file(item, max_bytes)
        except InputError as e:
            result.errors.append(e)
            continue
        result.errors.extend(errors)
        result.warnings.extend(warnings)
        for article in articles:
            result.articles.append(_unique(article, seen))
    return result


def _unique(article: Article, seen: set[str]) -> Article:
    base = article.id or "article"
    new_id, n = base, 2
    while new_id in seen:
        new_id, n = f"{base}-{n}", n + 1
    seen.add(new_id)
    if new_id == article.id:
        return article
    return Article(**{**article.to_dict(), "id": new_id})
