"""Plain-text articles, with optional header lines or a bare leading ``date YYYY-MM-DD``."""

from __future__ import annotations

import os
import re

from crossbrief.errors import InputError
from crossbrief.ingest.dates import published_date
from crossbrief.ingest.repair import repair_article
from crossbrief.model import Article

HEADER_FIELDS = ("title", "source", "date", "url", "published", "id")
_HEADER = re.compile(r"^(" + "|".join(HEADER_FIELDS) + r")\s*:\s*(.*)$", re.IGNORECASE)
_BARE_DATE = re.compile(r"^\s*date\s+(\d{4}-\d{2}-\d{2})\b\s*")


def article_id(path: str) -> str:
    """An article id from its file name: the stem, without folders or extension."""
    return os.path.splitext(os.path.basename(path))[0]


def read_text(path: str, text: str) -> tuple[Article, list[InputError]]:
    """Parse a plain-text article: header lines ended by a blank line, then the body; with a
    warning when its date header holds no date."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    meta: dict[str, str] = {}
    lines = text.split("\n")
    i = 0
    while i < len(lines) and _HEADER.match(lines[i].strip()):
        m = _HEADER.match(lines[i].strip())
        assert m is not None
        meta[m.group(1).lower()] = m.group(2).strip()
        i += 1
    if meta and (i == len(lines) or not lines[i].strip()):
        body = "\n".join(lines[i:])
    else:
        meta, body = {}, text
    bare = _BARE_DATE.match(body)
    if bare and "date" not in meta:
        meta["date"] = bare.group(1)
        body = body[bare.end() :]
    published, warnings = published_date(meta.get("date") or meta.get("published"), path)
    article = repair_article(
        Article(
            id=meta.get("id") or article_id(path),
            text=body.strip(),
            source=meta.get("source", ""),
            title=meta.get("title", ""),
            published=published,
            path=path,
            url=meta.get("url") or None,
        )
    )
    return article, warnings
