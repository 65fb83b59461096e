"""UTF-8 read as cp1252 or latin-1 ("Pe\u00c3\u00b1a" for "Pe\u00f1a"), put back where certain."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import replace

from crossbrief.model import Article

# A run UTF-8 bytes take when read as cp1252 or latin-1, only for the characters news text
# carries: a two-byte lead for U+00A0-U+017F ("\u00c2", "\u00c3", "\u00c4", "\u00c5", or
# the capital A and a combining accent where the text was decomposed since) and one
# continuation, or the three-byte lead "\u00e2" (a, combining circumflex) and two. Other
# leads are letters of their own that a curly quote, a dash or a no-break space follows
# often ("CAF\u00c9\u201d", "Spa\u00df\u201c", "ferm\u00e9\u00a0\u00bb").
_CONTINUATION = r"[\u0080-\u00bf\u0152-\u2122]"
_MOJIBAKE = re.compile(
    rf"(?:[\u00c2-\u00c5]|A[\u0302\u0303\u0308\u030a]){_CONTINUATION}"
    rf"|(?:\u00e2|a\u0302){_CONTINUATION}{{2}}"
)


def _certain(ch: str) -> bool:
    """Whether a decoded character is one mojibake of news text is made of: a letter or sign
    of the Latin-1 Supplement or Latin Extended-A, general punctuation, the euro or the
    trade mark sign."""
    code = ord(ch)
    return 0xA0 <= code <= 0x17F or 0x2010 <= code <= 0x206F or ch in "\u20ac\u2122"


def repair_mojibake(text: str) -> str:
    """``text`` with UTF-8 read as cp1252 or latin-1 put back ("Pe\u00c3\u00b1a" ->
    "Pe\u00f1a", "\u00e2\u20ac\u0153" -> an opening curly quote): a run changes only when
    its bytes decode as UTF-8 to a Latin-1 Supplement or Latin Extended-A character or to
    punctuation, so text read right ("Z\u00fcrich", "the \u201cCAF\u00c9\u201d sign") is left
    as it is."""
    return _MOJIBAKE.sub(_repaired, text) if _MOJIBAKE.search(text) else text


def repair_article(article: Article) -> Article:
    """``article`` with mojibake repaired in its text, title and source: every reader calls
    this, so every input kind reads the same."""
    fields = {
        "text": repair_mojibake(article.text),
        "title": repair_mojibake(article.title),
        "source": repair_mojibake(article.source),
    }
    if all(getattr(article, k) == v for k, v in fields.items()):
        return article
    return replace(article, **fields)


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
        decoded = raw.decode("utf-8")
    except UnicodeDecodeError:
        return run.group()
    return decoded if len(decoded) == 1 and _certain(decoded) else run.group()
