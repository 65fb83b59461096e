"""Quoted spans found by their marks in the raw text, and the verbatim check."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, replace

from crossbrief.analyze.quotes.lexicon import (
    CLOSE_MARKS,
    DOUBLED,
    FORM_TO_BASE,
    MARKS,
    OPEN_MARKS,
    REPORTING_BASES,
    STRAIGHT,
)

# A cue inside a quote left open at its paragraph's end: ', said Ann Lee', ', Lee said', ', she
# says'. No quote goes on to name its own speaker so; the closing mark was left out. "I" is
# never the cue's name (', I told them' is the speaker talking about himself).
_SAYING = r"(?:said|says|added|adds|told|wrote|asked)"
_NAME_WORD = r"(?!I[\s'\u2019])[A-Z][\w.'\u2019-]*"
MISSING_CLOSE = re.compile(
    rf",\s+(?:{_SAYING}\s+[A-Z]|(?:he|she|they)\s+{_SAYING}\b|(?:{_NAME_WORD}\s+){{1,3}}{_SAYING}\b)"
)


@dataclass
class Seg:
    start: int  # content start, article offset
    end: int  # content end
    para: int
    open_end: bool = False  # ran to the paragraph end without a closing mark
    continues: bool = False  # continues the previous paragraph's open quote
    bare: bool = False  # continues it with no opening mark of its own (``_runs_on``)


def find_quote_spans(text: str, paragraphs: Sequence[tuple[int, int]]) -> list[Seg]:
    r"""Content spans inside double quote marks (and curly single ones), in text order.

    A mark opens when nothing is open, and closes otherwise, so mixed marks pair up; a
    closing curly mark after a space opens. Doubled apostrophes and backticks (\`\`...'',
    typewriter and archive style) are double marks. An unclosed quote ends at its
    paragraph's end, or at the comma before a cue inside it (', said Lee': the closing
    mark was left out).
    """
    out: list[Seg] = []
    prev_open = False
    run_to = -1  # the last paragraph of a quote running on through paragraphs with no mark
    backticks = False  # the open quote began with DUC's ``
    for pi, (p_start, p_end) in enumerate(paragraphs):
        open_at: int | None = None
        first = True
        continues = False
        if prev_open and run_to < pi:
            run_to = _runs_on(text, paragraphs, pi)
        bare = pi <= run_to
        if bare:
            open_at, first, continues = p_start, False, True
        else:
            backticks = False
        i = p_start
        while i < p_end:
            c = text[i]
            width = 2 if c in "'`" and text.startswith(DOUBLED, i) else 1
            if width == 1 and open_at is not None and backticks and _typo_close(text, open_at, i):
                out.append(Seg(open_at, i, pi, continues=continues))
                open_at = None
                i += 1
                continue
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
                    i = inner  # '"It isn't about "Fair Fares" anymore."': one quote
                    continue
            if open_at is None:
                if c == STRAIGHT and _closes(text, i, width, p_end):
                    i += width  # a closing mark with nothing open: a stray
                    continue
                if c not in CLOSE_MARKS or _opens(text, i):  # else a stray closing mark
                    open_at = i + width
                    backticks = text[i] == "`"
                    continues = prev_open and first and not text[p_start:i].strip()
                    first = False
            elif width == 1 and _inch(text, i, p_end):
                pass  # '"We got 14" of snow overnight," said Lee': an inch mark, inside
            elif _reopens(text, open_at, i, c, width, p_end):
                # A quote running over paragraphs re-opens each with a mark and closes
                # only at its end; with the paragraphs run together on one line, the
                # re-opening mark follows a finished sentence of the quote.
                out.append(Seg(open_at, i, pi, open_end=True, continues=continues))
                open_at = i + width
                continues = True
            else:
                if i > open_at:
                    out.append(Seg(open_at, i, pi, continues=continues))
                open_at = None
            i += width
        shut = None
        if open_at is not None and not _reopened_next(text, paragraphs, pi):
            shut = MISSING_CLOSE.search(text, open_at, p_end)
        if open_at is not None and shut is not None:
            # '"There was little help, said Lee, whose ...': the writer left out the closing
            # mark; the cue after the comma shows where the words end.
            out.append(Seg(open_at, shut.start() + 1, pi, continues=continues))
            open_at = None
        prev_open = open_at is not None
        if open_at is not None and p_end > open_at:
            out.append(Seg(open_at, p_end, pi, open_end=True, continues=continues))
        for seg in out[-2:] if bare else ():
            seg.bare = seg.bare or (seg.para == pi and seg.start == p_start)
        out.extend(_single_quoted(text, p_start, p_end, pi, out))
    segs = [_strip(text, s) for s in out]
    segs = [s for s in segs if s.end > s.start]
    segs.sort(key=lambda s: s.start)
    return segs


def _reopened_next(text: str, paragraphs: Sequence[tuple[int, int]], pi: int) -> bool:
    """The paragraph after ``pi`` opens with a quote mark: by the convention for a quote
    over several paragraphs, one left open at the end of ``pi`` goes on there, so a cue
    inside it (', they said') is the speaker's own words, not a missing closing mark."""
    if pi + 1 >= len(paragraphs):
        return False
    start, end = paragraphs[pi + 1]
    m = _ANY_MARK.match(text, start, end)
    return m is not None and _opens(text, m.start())


# How many paragraphs with no mark an open quote may run through to its closing mark.
RUN_ON = 4


def _runs_on(text: str, paragraphs: Sequence[tuple[int, int]], pi: int) -> int:
    """The paragraph where a quote left open before paragraph ``pi`` closes, when it runs on
    through paragraphs with no quote mark to one whose first mark can only close it (a
    statement set one sentence a line: '"We are sorry.' / 'We will do better."'); -1 when
    a paragraph on the way opens a mark of its own (news style re-opens each paragraph,
    or a new quote begins) or none closes it within ``RUN_ON`` paragraphs."""
    for k in range(pi, min(pi + RUN_ON + 1, len(paragraphs))):
        p_start, p_end = paragraphs[k]
        m = _ANY_MARK.search(text, p_start, p_end)
        if m is None:
            continue
        i = m.start()
        width = 2 if text.startswith(DOUBLED, i) else 1
        c = STRAIGHT if width == 2 else text[i]
        closing = c in CLOSE_MARKS or (c == STRAIGHT and _closes(text, i, width, p_end))
        return (
            k if closing and (not _opens(text, i) or _spaced_close(text, i, width, p_end)) else -1
        )
    return -1


# A double quote mark of any style; single marks are mostly apostrophes.
_ANY_MARK = re.compile("``|''|[" + re.escape(OPEN_MARKS + CLOSE_MARKS + STRAIGHT) + "]")


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
    """Curly single-quoted spans outside double quotes (British style, partial quotes).

    The mark before a decade ('the \u201890s') is an apostrophe, and a mark whose close
    lies inside a double-quoted quote ('in \u201808 ... "the \u2018blame game\u2019"') was
    one too: quotes nest, they never cross."""
    inside = [(s.start, s.end) for s in doubles if s.para == pi]
    out = []
    for m in re.finditer("\u2018", text[start:end]):
        i = start + m.start()
        if not _opens(text, i) or any(s <= i < e for s, e in inside) or _DECADE.match(text, i):
            continue
        j = i + 1
        while j < end:
            if text[j] == "\u2019" and (j + 1 >= end or not text[j + 1].isalnum()):
                break
            j += 1
        if j < end and j > i + 1 and not any(s <= j < e for s, e in inside):
            out.append(Seg(i + 1, j, pi))
    return out


# An elided century before a decade: '\u201890s', '\u201820s'.
_DECADE = re.compile("\u2018\\d0s\\b")


def _closes(text: str, i: int, width: int, end: int) -> bool:
    """A straight mark that can only close: a word or punctuation right before it, and a
    space, punctuation or the paragraph's end after it ('crisis." On Sunday'); or one
    spaced like an opener but between a quote's own comma and its cue ('her, "she said')."""
    if _spaced_close(text, i, width, end):
        return True
    if i == 0 or text[i - 1].isspace() or _opens(text, i):
        return False
    after = i + width
    return after >= end or text[after].isspace() or text[after] in ".,;:!?)]}"


def _spaced_close(text: str, i: int, width: int, end: int) -> bool:
    """A straight mark with a space before it, after a comma, '?' or '!' that ends a word,
    then a cue ('great, "he says', 'her, "said Lee', 'her, "Lee said.') and no mark
    later in the paragraph: tokenised text spaces a closing mark so; a quote that opens
    after the writer's comma closes later ('shut, "at least until May," while ...')."""
    if text[i] not in STRAIGHT + "'" or i < 3 or text[i - 1] != " ":
        return False
    if text[i - 2] not in ",?!" or not text[i - 3].isalnum():
        return False
    after = i + width
    if _ANY_MARK.search(text, after, end) is not None:
        return False
    words = text[after : after + 40].split(maxsplit=2)
    first = words[0].strip(",.") if words else ""
    second = words[1].strip(",.") if len(words) > 1 else ""
    if _reporting_form(first) or (first in _PRONOUNS and _reporting_form(second)):
        return True
    return _NAME_CUE.match(text, after) is not None


def _reporting_form(word: str) -> bool:
    return FORM_TO_BASE.get(word) in REPORTING_BASES


_PRONOUNS = frozenset({"he", "she", "they", "we", "I"})
# A name and a reporting verb ending the clause right after a mark: 'her, "Lee said.',
# 'it, "Ann Lee added,'; not words that go on ('"Nobody asked the fishermen."').
_NAME_CUE = re.compile(rf"(?:{_NAME_WORD}\s+){{1,3}}{_SAYING}\s*(?:[.,;]|$)", re.MULTILINE)


def _reopens(text: str, open_at: int, i: int, c: str, width: int, end: int) -> bool:
    """A mark that opens (a space before it, a word after it) while a quote is open, right
    after a finished sentence of that quote, and a closing mark still to come in the
    paragraph: the quote's next paragraph, re-opened."""
    if c in CLOSE_MARKS or not _opens(text, i) or i == 0 or not text[i - 1].isspace():
        return False
    after = i + width
    if after >= end or text[after].isspace() or text[after] in MARKS:
        return False
    if text[open_at:i].rstrip()[-1:] not in (".", "?", "!"):
        return False
    # The re-opened quote closes later in the paragraph; with no mark left, this one closes
    # the quote, only badly spaced ('Velmora? "Varga questioned').
    rest = text[after:end]
    return any(m in rest for m in (STRAIGHT, *CLOSE_MARKS, "''"))


def _inch(text: str, i: int, end: int) -> bool:
    """A straight mark inside an open quote that is an inch mark: right after a small bare
    number that no capitalised word names ('14"', not 'Phase 2"'), a space and a word that
    measures after it ('14" of snow', '55" screen'; not '"Phase 2" in a speech' or '"It
    was 14" he said'), and another straight mark later in the paragraph to close the
    quote."""
    if text[i] != STRAIGHT or not re.search(
        r"(?<![\d,.$\u20ac\u00a3])\d{1,3}$", text[max(0, i - 5) : i]
    ):
        return False  # a small bare number ('14"'), not '$200,000"' or an id
    if re.search(r"\b[A-Z][\w-]*\s+\d{1,3}$", text[max(0, i - 40) : i]):
        return False  # 'Phase 2"', 'Section 8"': a name ending in a number
    m = re.match(r" ([A-Za-z]+)\b", text[i + 1 : end])
    if m is None or m.group(1).lower() not in _MEASURES:
        return False
    return text.find(STRAIGHT, i + 1, end) >= 0


# Words that follow a length in inches ('14" of snow', '55" TV', '3" thick').
_MEASURES_WORDS = """of wide long tall high deep thick across x inch inches screen screens tv
    tvs display displays monitor monitors laptop wheels rims pipe diameter"""
_MEASURES = frozenset(_MEASURES_WORDS.split())


def _typo_close(text: str, open_at: int, i: int) -> bool:
    r"""A single apostrophe right after a clause's final punctuation closes a quote opened
    with \`\` (a typo for ''), unless a single quote opened inside it: "bias,' The paper
    wrote"."""
    if text[i] != "'" or text[i - 1] not in ",.?!":
        return False
    if i + 1 < len(text) and not (text[i + 1].isspace() or text[i + 1] == "`"):
        return False
    return not re.search(r"(?:^|\s)`(?!`)", text[open_at:i])


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
