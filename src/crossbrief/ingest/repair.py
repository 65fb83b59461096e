"""Repairs every reader applies to an article's text, title and source.

Two kinds of damage come with text copied out of web pages and feeds: HTML character
references left undecoded ("Jos&#233;" for "Jos\u00e9", "&amp;" for "&"), and UTF-8 read as
cp1252 or latin-1 (``mojibake``). A name written with a reference is cut at it by the tagger
("Manuel Barroso"), so both are put back before analysis.
"""

from __future__ import annotations

import html
import re
from dataclasses import replace

from crossbrief.ingest.mojibake import repair_mojibake
from crossbrief.model import Article

# Only references closed by ";": ``html.unescape`` also decodes legacy names with no ";"
# ("&not", "&copy"), which in plain text are more often the start of a word after an "&".
_CHAR_REF = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")


def decode_char_refs(text: str) -> str:
    """``text`` with its HTML character references decoded ("caf&#233;" -> "caf\u00e9",
    "R&amp;D" -> "R&D"); an "&" that opens no reference ("AT&T", "&nothing") stays."""
    if "&" not in text:
        return text
    return _CHAR_REF.sub(lambda ref: html.unescape(ref.group()), text)


def repair_article(article: Article) -> Article:
    """``article`` with character references and mojibake repaired in its text, title and
    source: every reader calls this, so every input kind reads the same."""
    fields = {
        k: repair_mojibake(decode_char_refs(getattr(article, k)))
        for k in ("text", "title", "source")
    }
    if all(getattr(article, k) == v for k, v in fields.items()):
        return article
    return replace(article, **fields)
