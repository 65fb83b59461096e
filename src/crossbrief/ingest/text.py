"""Plain-text articles, with optional header lines or a bare leading ``date YYYY-MM-DD``."""

from __future__ import annotations

import os
import re
import unicodedata

from crossbrief.ingest.dates import normalise_date
from crossbrief.model import Article

HEADER_FIELDS = ("title", "source", "date", "url", "published", "id")
_HEADER = re.compile(r"^(" + "|".join(HEADER_FIELDS) + r")\s*:\s*(.*)$", re.IGNORECASE)
_BARE_DATE = re.compile(r"^\s*date\s+(\d{4}-\d{2}-\d{2})\b\s*")
# A run of characters UTF-8 bytes take when read as cp1252 or latin-1: a lead byte
# (U+00C2-U+00F4, or its letter and a combining accent where the text was decomposed
# since) and one to three continuation bytes ("\u00c3\u00b1" for "\u00f1").
_MOJIBAKE = re.compile(
    r"(?:[\u00c2-\u00f4]|[AaEeIiOo][\u0300-\u0308])[\u0080-\u00bf\u0152-\u2122]{1,3}"
)


def repair_mojibake(text: str) -> str:
    """``text`` with UTF-8 read as cp1252 or latin-1 put back ("Pe\u00c3\u00b1a" ->
    "Pe\u00f1a"): only runs whose bytes decode as UTF-8 change, so text that was read right
    ("Z\u00fcrich", "\u00c0 la carte") is left as it is."""
    return _MOJIBAKE.sub(_repaired, text) if _MOJIBAKE.search(text) else text


def _repaired(run: re.Match[str]) -> str:
    raw = bytearray()
    for ch in unicodedata.normalize("NFC", run.group()):
        try:
            raw += ch.encode("cp1252")
        except UnicodeEncodeError:
            if ord(ch) > 0xFF:
                return run.group()
            raw.append(ord(ch))  # a byte cp1252 leaves undefined, read as latin-1
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        return run.group()


def article_id(path: str) -> str:
    """An article id from its file name: the stem, without folders or extension."""
    return os.path.splitext(os.path.basename(path))[0]


def read_text(path: str, text: str) -> Article:
    """Parse a plain-text article: header lines ended by a blank line, then the body."""
    text = repair_mojibake(text.replace("\r\n", "\n").replace("\r", "\n"))
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
    date = meta.get("date") or meta.get("published")
    return Article(
        id=meta.get("id") or article_id(path),
        text=body.strip(),
        source=meta.get("source", ""),
        title=meta.get("title", ""),
        published=normalise_date(date) if date else None,
        path=path,
        url=meta.get("url") or None,
    )
