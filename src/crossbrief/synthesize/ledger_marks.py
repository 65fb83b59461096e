"""Quote marks in a ledger line's reported content.

Analysis may end reported content right before a closing quote mark ('said the plan was
"a costly mistake."' gives 'the plan was "a costly mistake'), or start it right after an
opening one; shown as cut, the line has a mark that never closes. A line whose marks do not
pair takes in the mark the article has right outside its content -- after at most the
sentence punctuation and a space that stand before a closing mark, or a space after an
opening one -- so its text stays a stretch of the article, word for word.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from crossbrief.model import Quote

# Marks that only open or only close; the typewriter pair '' and the straight " do either,
# told apart by where they stand (``opens_quote``, which the renderers' labels.display uses
# too). A single ' is left alone: it is mostly an apostrophe.
_MARK = re.compile(r"``|''|[\"\u201c\u201d]")
# Where a quote opens: at the text's start or after a space, a bracket or a dash.
_OPENS_AFTER = " \t\n([{\u2014\u2013-"
# A closing mark after the content, past sentence punctuation and a space on either side of
# it (tokenised corpus text writes "unsafe . ''").
_CLOSE_AFTER = re.compile(r"\s?[.,;:!?]{0,2}\s?(''|[\"\u201d])")
_OPEN_BEFORE = re.compile(r"(?:``|''|[\"\u201c])\s?$")


def opens_quote(text: str, start: int, end: int) -> bool:
    """Whether the mark ``text[start:end]`` that can open or close a quote ('' or a straight
    ") opens one: at the text's start or after a space, a bracket or a dash, with a word
    right after it (the New York Times writes both marks '': ''Yes,'' she said)."""
    before = text[start - 1] if start else " "
    after = text[end : end + 1]
    return before in _OPENS_AFTER and after != "" and not after.isspace()


def _opens(text: str, start: int, end: int, mark: str) -> bool:
    """Whether ``mark`` at ``text[start:end]`` opens a quote: `` and \u201c always, \u201d
    never, the others by where they stand."""
    if mark in ("``", "\u201c"):
        return True
    if mark == "\u201d":
        return False
    return opens_quote(text, start, end)


def unpaired(text: str, start: int, end: int) -> tuple[int, int]:
    """How many marks of ``text[start:end]`` open and never close in it, and how many close
    with none open before them (each read in the whole text, so that a mark's neighbours
    outside the span still tell its side)."""
    depth = unopened = 0
    for m in _MARK.finditer(text, start, end):
        if _opens(text, m.start(), m.end(), m.group()):
            depth += 1
        elif depth:
            depth -= 1
        else:
            unopened += 1
    return depth, unopened


def balanced(text: str, start: int, end: int) -> tuple[int, int]:
    """The span ``start:end`` of ``text`` widened to the quote mark right outside it that its
    own unpaired marks call for; unchanged where its marks pair or no such mark stands
    there."""
    unclosed, unopened = unpaired(text, start, end)
    if unclosed:
        m = _CLOSE_AFTER.match(text, end)
        if (
            m is not None
            and not _opens(text, m.start(1), m.end(1), m.group(1))
            and not unpaired(text, start, m.end())[0] >= unclosed
        ):
            end = m.end()
    if unopened:
        m = _OPEN_BEFORE.search(text, max(0, start - 3), start)
        if m is not None and _opens(
            text, m.start(), m.start() + len(m.group().strip()), m.group().strip()
        ):
            start = m.start()
    return start, end


# Content that is one quotation and nothing else: an opening mark, words with no mark among
# them, the closing mark, then at most the sentence's punctuation.
_WHOLE = re.compile(r"\s*(?:``|[\"\u201c])([^\"\u201c\u201d`]+?)(?:''|[\"\u201d])[\s.,;:!?]*\Z")


def quoted_whole(content: str) -> tuple[int, int] | None:
    """The span, inside ``content``, of the words of a quotation that is all of it ('"The
    tolls are too high,"' as reported content): words in marks are a direct quote however
    the cue was parsed. None when anything of the writer's stands outside the marks."""
    m = _WHOLE.match(content)
    if m is None or "''" in m.group(1) or not m.group(1).strip():
        return None
    words = m.group(1)
    lead = len(words) - len(words.lstrip())  # tokenised text spaces its marks: `` Yes ''
    return m.start(1) + lead, m.start(1) + len(words.rstrip())


def left_open(text: str, r: Quote, pieces: Sequence[Quote]) -> Quote:
    """Reported content ``r`` that ends inside a quotation it opens ('added that crews
    "have leads', cut at the quotation's comma), carried on to the end of the quoted piece
    of the same cue that starts inside it, so that the line shows the quotation whole and
    the piece folds into it; else ``r`` as it is."""
    if text[r.start : r.end] != r.text or not unpaired(text, r.start, r.end)[0]:
        return r
    for p in pieces:
        same = p.cue_start is not None and p.cue_start == r.cue_start
        if p.kind != "indirect" and same and r.start < p.start < r.end < p.end:
            return Quote(**{**r.to_dict(), "text": text[r.start : p.end], "end": p.end})
    return r
