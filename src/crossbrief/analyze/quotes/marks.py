"""Quoted spans found by their marks in the raw text, and the verbatim check."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, replace

from crossbrief.analyze.quotes.lexicon import CLOSE_MARKS, DOUBLED, MARKS, OPEN_MARKS, STRAIGHT


@dataclass
class Seg:
    start: int  # content start, article offset
    end: int  # content end
    para: int
    open_end: bool = False  # ran to the paragraph end without a closing mark
    continues: bool = False  # continues the previous paragraph's open quote


def find_quote_spans(text: str, paragraphs: Sequence[tuple[int, int]]) -> list[Seg]:
    r"""Content spans inside double quote marks (and curly single ones), in text order.

    A mark opens when nothing is open, and closes otherwise, so mixed marks pair up; a
    closing curly mark after a space opens. Doubled apostrophes and backticks (\`\`...'',
    typewriter and archive style) are double marks. An unclosed quote ends at its
    paragraph's end.
    """
    out: list[Seg] = []
    prev_open = False
    for pi, (p_start, p_end) in enumerate(paragraphs):
        open_at: int | None = None
        first = True
        continues = False
        i = p_start
        while i < p_end:
            c = text[i]
            width = 2 if c in "'`" and text.startswith(DOUBLED, i) else 1
            if width == 2:
                c = OPEN_MARKS[0] if c == "`" else STRAIGHT
            elif c not in OPEN_MARKS and c not in CLOSE_MARKS and c != STRAIGHT:
                i += 1
                continue
            if (
                open_at is not None
                and c in OPEN_MARKS
                and text[open_at - 1] == STRAIGHT
                and text[open_at:i].strip()
            ):
                inner = _nested_end(text, i, p_end)
                if inner is not None:
                    i = inner  # '"It isn't about "Equal Justice" anymore."': one quote
                    continue
            if open_at is None:
                if c not in CLOSE_MARKS or _opens(text, i):  # else a stray closing mark
                    open_at = i + width
                    continues = prev_open and first and not text[p_start:i].strip()
                    first = False
            else:
                if i > open_at:
                    out.append(Seg(open_at, i, pi, continues=continues))
                open_at = None
            i += width
        prev_open = open_at is not None
        if open_at is not None and p_end > open_at:
            out.append(Seg(open_at, p_end, pi, open_end=True, continues=continues))
        out.extend(_single_quoted(text, p_start, p_end, pi, out))
    segs = [_strip(text, s) for s in out]
    segs = [s for s in segs if s.end > s.start]
    segs.sort(key=lambda s: s.start)
    return segs


def _nested_end(text: str, i: int, end: int) -> int | None:
    """Where a curly quote opened at ``i`` inside a straight-quoted one closes (the offset
    after its mark), when it closes before the next straight mark: a title or a phrase
    quoted inside the quote, not its end. None when it does not."""
    close = min((k for k in (text.find(m, i + 1, end) for m in CLOSE_MARKS) if k >= 0), default=-1)
    straight = text.find(STRAIGHT, i + 1, end)
    if close < 0 or (0 <= straight < close):
        return None
    return close + 1


def _single_quoted(text: str, start: int, end: int, pi: int, doubles: list[Seg]) -> list[Seg]:
    """Curly single-quoted spans outside double quotes (British style, partial quotes)."""
    inside = [(s.start, s.end) for s in doubles if s.para == pi]
    out = []
    for m in re.finditer("\u2018", text[start:end]):
        i = start + m.start()
        if not _opens(text, i) or any(s <= i < e for s, e in inside):
            continue
        j = i + 1
        while j < end:
            if text[j] == "\u2019" and (j + 1 >= end or not text[j + 1].isalnum()):
                break
            j += 1
        if j < end and j > i + 1:
            out.append(Seg(i + 1, j, pi))
    return out


def _opens(text: str, i: int) -> bool:
    # Invisible format characters (a direction mark, a zero-width space pasted from a post)
    # do not count as what comes before the mark.
    while i > 0 and unicodedata.category(text[i - 1]) == "Cf":
        i -= 1
    return i == 0 or text[i - 1].isspace() or text[i - 1] in "([{-\u2014\u2013:"


def _strip(text: str, s: Seg) -> Seg:
    a, b = s.start, s.end
    while a < b and text[a].isspace():
        a += 1
    while b > a and (text[b - 1].isspace() or text[b - 1] in MARKS):
        b -= 1
    return replace(s, start=a, end=b)


def is_verbatim(article_text: str, quote_text: str) -> bool:
    """True when ``quote_text`` appears in the article character for character, after
    normalising quote marks and whitespace only."""
    return normalise(quote_text) in normalise(article_text)


_NORM_MARKS = str.maketrans(
    {c: '"' for c in OPEN_MARKS + CLOSE_MARKS} | {"\u2018": "'", "\u2019": "'"}
)


def normalise(text: str) -> str:
    return " ".join(text.translate(_NORM_MARKS).split())
