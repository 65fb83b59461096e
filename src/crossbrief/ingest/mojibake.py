"""UTF-8 read as cp1252 or latin-1 ("Pe\u00c3\u00b1a" for "Pe\u00f1a"), put back where certain.

Limit: an all-caps word ending in "\u00c3", "\u00c4" or "\u00c5" before a curly quote, a dash,
an ellipsis, a guillemet or a no-break space ("\u201cIRM\u00c3\u201d") reads the same as the
mojibake of a capital such as "\u00d4" would; it is left as it is, so such mojibake at the end of
an all-caps word stays. Likewise a Vietnamese letter written as "\u00e1", "\u00bb" and a
no-break space, dash or ellipsis at a word's end is left, as it can be a Spanish "\u00e1" before
a closing guillemet.
"""

from __future__ import annotations

import re
import unicodedata

# A run UTF-8 bytes take when read as cp1252 or latin-1, only for the characters news text
# carries: a two-byte lead for U+00A0-U+017F ("\u00c2", "\u00c3", "\u00c4", "\u00c5", or
# the capital A and a combining accent where the text was decomposed since) or for the
# Romanian s and t with a comma ("\u00c8" and one of four continuations), and one
# continuation; the three-byte lead "\u00e2" (a, combining circumflex) and two; or the
# Vietnamese letters' lead "\u00e1" and "\u00b8"-"\u00bb" and one. Other leads are letters
# of their own that a curly quote, a dash or a no-break space follows often
# ("CAF\u00c9\u201d", "Spa\u00df\u201c", "ferm\u00e9\u00a0\u00bb").
_CONTINUATION = r"[\u0080-\u00bf\u0152-\u2122]"
_MOJIBAKE = re.compile(
    rf"(?:[\u00c2-\u00c5]|A[\u0302\u0303\u0308\u030a]){_CONTINUATION}"
    r"|(?:\u00c8|E\u0300)[\u02dc\u2122\u0161\u203a]"
    rf"|(?:\u00e2|a\u0302){_CONTINUATION}{{2}}"
    rf"|(?:\u00e1|a\u0301)[\u00b8-\u00bb]{_CONTINUATION}"
)
# What can follow a word read right: after a capital ("\u201cIRM\u00c3\u201d") or an "\u00e1\u00bb"
# ("est\u00e1\u00bb\u2026") such a mark is real text unless a letter follows it in the word.
_WORD_END = "\u201c\u201d\u2018\u2019\u2013\u2014\u2026\u00a0\u00ab\u00bb"


def _certain(ch: str) -> bool:
    """Whether a decoded character is one mojibake of news text is made of: a letter or sign
    of the Latin-1 Supplement or Latin Extended-A, the Romanian s and t with a comma, a
    Vietnamese letter (Latin Extended Additional), general punctuation, a currency sign or
    the trade mark sign."""
    code = ord(ch)
    return (
        0xA0 <= code <= 0x17F
        or 0x218 <= code <= 0x21B
        or 0x1E00 <= code <= 0x1EFF
        or 0x2010 <= code <= 0x206F
        or 0x20A0 <= code <= 0x20CF
        or ch == "\u2122"
    )


def _word_end(run: re.Match[str]) -> bool:
    """Whether a two-byte run after a capital, or an "\u00e1\u00bb" run, ends in a mark that
    ends words read right (see ``_WORD_END``) with no letter after it: real text."""
    text, last = run.string, run.group()[-1]
    lead = unicodedata.normalize("NFC", run.group())[0]
    if last not in _WORD_END or lead == "\u00e2":
        return False
    after = text[run.end() : run.end() + 1]
    if last != "\u00a0" and after.isalpha():
        return False  # the mark is inside a word: mojibake
    if lead == "\u00e1":
        return last in "\u00a0\u2013\u2014\u2026"
    return text[run.start() - 1 : run.start()].isupper()


def repair_mojibake(text: str) -> str:
    """``text`` with UTF-8 read as cp1252 or latin-1 put back ("Pe\u00c3\u00b1a" ->
    "Pe\u00f1a", "\u00e2\u20ac\u0153" -> an opening curly quote): a run changes only when
    its bytes decode as UTF-8 to a Latin-1 Supplement or Latin Extended-A character or to
    punctuation, so text read right ("Z\u00fcrich", "the \u201cCAF\u00c9\u201d sign") is left
    as it is."""
    return _MOJIBAKE.sub(_repaired, text) if _MOJIBAKE.search(text) else text


def _repaired(run: re.Match[str]) -> str:
    """The character a run's bytes decode to as UTF-8, or the run unchanged when it is not
    certainly mojibake."""
    if _word_end(run):
        return run.group()
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
