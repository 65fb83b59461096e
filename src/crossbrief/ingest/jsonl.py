"""JSONL: one article per line, with the field names of the Article model."""

from __future__ import annotations

import json

from crossbrief.errors import InputError
from crossbrief.ingest.dates import published_date
from crossbrief.ingest.repair import repair_article
from crossbrief.ingest.text import article_id
from crossbrief.model import Article


def read_jsonl(path: str, text: str) -> tuple[list[Article], list[InputError], list[InputError]]:
    """Read every line; a bad line is an error naming the line, and the others are kept; a
    line whose date is no date is read undated, with a warning naming it."""
    articles: list[Article] = []
    errors: list[InputError] = []
    warnings: list[InputError] = []
    stem = article_id(path)
    # JSON Lines ends a record at "\n" alone (an "\r" before it is a Windows line end):
    # ``str.splitlines`` also breaks at U+2028, U+0085, a form feed and more, which a JSON
    # string may hold raw (``ensure_ascii=False`` writes them so) and would cut a record.
    for n, raw in enumerate(text.split("\n"), start=1):
        line = raw.removesuffix("\r")
        if not line.strip():
            continue
        where = f"{path}:{n}"
        try:
            data = json.loads(line)
        except json.JSONDecodeError as e:
            errors.append(InputError(where, f"line is not JSON ({e.msg})"))
            continue
        if not isinstance(data, dict):
            errors.append(InputError(where, "line is not a JSON object"))
            continue
        body = data.get("text")
        if not isinstance(body, str) or not body.strip():
            errors.append(InputError(where, "no 'text' field with article text"))
            continue
        published, unread = published_date(data.get("published") or data.get("date"), where)
        warnings.extend(unread)
        articles.append(
            repair_article(
                Article(
                    id=str(data.get("id") or f"{stem}-{n}"),
                    text=body.strip(),
                    source=str(data.get("source") or ""),
                    title=str(data.get("title") or ""),
                    published=published,
                    path=where,
                    url=data.get("url"),
                )
            )
        )
    if not articles and not errors:
        errors.append(InputError(path, "no articles in file"))
    return articles, errors, warnings
