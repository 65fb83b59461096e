"""The one public entry point: paths or articles in, a Brief out.

    ingest -> analyze (per article) -> synthesize (per story) -> Brief

Input errors do not stop the run: they are recorded in ``Brief.errors`` (and reported by the
caller) while the readable articles are briefed. Only a run with no readable article at all
raises NoArticlesError.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from typing import Any

from crossbrief.analyze import analyze_articles
from crossbrief.errors import InputError, NoArticlesError
from crossbrief.ingest import IngestResult, read_paths
from crossbrief.model import AnalyzedArticle, Article, Brief
from crossbrief.options import Options
from crossbrief.synthesize import synthesize

Progress = Callable[[AnalyzedArticle], None]


def analyze(
    articles: Sequence[Article],
    options: Options | None = None,
    progress: Progress | None = None,
    nlp: Any = None,
) -> list[AnalyzedArticle]:
    """Analyze every article (in order)."""
    return list(analyze_articles(articles, options, nlp=nlp, on_done=progress))


def brief_articles(
    articles: Sequence[Article],
    options: Options | None = None,
    progress: Progress | None = None,
    errors: Iterable[InputError] = (),
    nlp: Any = None,
) -> Brief:
    """The brief of ``articles``, taken as one story."""
    options = options or Options()
    analyzed = analyze(articles, options, progress, nlp)
    result = synthesize(analyzed, options)
    return Brief(**{**result.__dict__, "errors": tuple(e.to_dict() for e in errors)})


def read(
    paths: Iterable[str],
    options: Options | None = None,
    on_error: Callable[[InputError], None] | None = None,
) -> IngestResult:
    """Read ``paths`` (files, folders, globs); ``on_error`` hears about every input that
    could not be read (or was read with a caveat). Raises NoArticlesError when none could."""
    options = options or Options()
    result = read_paths(paths, options.max_bytes)
    for problem in (*result.errors, *result.warnings):
        if on_error:
            on_error(problem)
    if not result.articles:
        raise NoArticlesError(f"no article could be read ({len(result.errors)} input(s) failed)")
    return result


def brief(
    paths: Iterable[str],
    options: Options | None = None,
    progress: Progress | None = None,
    on_error: Callable[[InputError], None] | None = None,
    nlp: Any = None,
) -> Brief:
    """Read ``paths`` (files, folders, globs) and brief them as one story."""
    result = read(paths, options, on_error)
    return brief_articles(result.articles, options, progress, result.errors, nlp)
