"""When two outlets' quotes are one remark, read on their compared words (``quote_key``).

Outlets trim a remark ("... until May" for "... from the old pier until May"), spell a word
their own way ("centre", "center"), add a name in brackets or drop one; such quotes are one
remark when the shorter one's words, all but at most one in ten and spelling aside, appear in
order in a stretch of the longer one no more than twice its length, and the words one quote
has and the other lacks stand only at the other's ends, where the other marks a cut ("..."),
inside brackets (the outlet's own words, not the speaker's), or are an article or a "that".
A remark that only shares a phrase with another falls short of that; one with a word in
another's place ("Monday", "Tuesday"; "increase", "decrease"; "2014", "2015") or a word put
in its middle ("we will not win" for "we will win") is another wording, and a negation one
has and the other lacks always is. Words a longer quote holds inside its own inner quote
marks ('she told us "the pier will close"') are that speaker quoting someone, not the same
remark by the same mouth. Only words in quote marks are compared so loosely: reported speech
keeps exact containment.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from difflib import SequenceMatcher

NEAR = 0.9  # share of the shorter quote's words found in order in the longer one
_SPREAD = 2  # the longer one's stretch holding them, in multiples of the shorter's length
# An inner quote mark: any double mark, or a single one neither between two letters nor
# after an "s" before a space or a stop (both apostrophes: "they'll", "the boats' crews").
_INNER_MARK = re.compile(
    r"``|''|[\"\u201c\u201d\u2018]|(?<![^\W\d_])['\u2019]|(?<![sS])['\u2019](?![^\W\d_])"
)
# Where an outlet marks its own edit of the words: a cut ("...", "…") or its own words in
# brackets ("[the mayor]", "(Ann) Lee").
_EDIT = re.compile(r"(\.\s?\.\s?\.|\u2026)|(\[[^\]]*\]|\([^)]*\))")
# Words one wording may have and the other lack without saying anything else.
_LIGHT = frozenset({"the", "a", "an", "that"})
# Words that turn a claim around ("n't" is "t" once quote_key splits it off).
_NEGATION_WORDS = """not no never nothing nobody none neither nor without cannot t nt hardly
    barely scarcely"""
_NEGATIONS = frozenset(_NEGATION_WORDS.split())
# Words whose near spellings name something else: days, months and numbers.
_NAMED_WORDS = """monday tuesday wednesday thursday friday saturday sunday january february march
    april may june july august september october november december zero one two three
    four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen
    seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety
    hundred hundreds thousand thousands million millions billion billions trillion
    trillions first second third fourth fifth sixth seventh eighth ninth tenth dozen
    dozens"""
_NAMED = frozenset(_NAMED_WORDS.split())
# Prefixes that make a word's opposite or its undoing ("legal", "illegal").
_PREFIXES = ("in", "un", "dis", "de", "il", "im", "ir", "non")
_SHORTEST = 5  # letters a word needs before a one-letter change can be its spelling
_LONG_WORD = 8  # letters a word needs before a two-letter change can be


@dataclass(frozen=True)
class Compared:
    """A quote's compared words, where its outlet marked a cut ("...", before the word at
    that index) and which of its words the outlet put in brackets (their indices)."""

    words: tuple[str, ...]
    cuts: frozenset[int] = frozenset()
    bracketed: frozenset[int] = frozenset()


def compared(text: str, key: Callable[[str], str]) -> Compared:
    """A quote's text as compared words (``key`` of each stretch, split), with its cuts and
    bracketed words."""
    words: list[str] = []
    cuts: set[int] = set()
    bracketed: set[int] = set()
    pos = 0
    for m in _EDIT.finditer(text):
        words += key(text[pos : m.start()]).split()
        if m.group(1):
            cuts.add(len(words))
        else:
            inner = key(m.group(2)).split()
            bracketed.update(range(len(words), len(words) + len(inner)))
            words += inner
        pos = m.end()
    words += key(text[pos:]).split()
    return Compared(tuple(words), frozenset(cuts), frozenset(bracketed))


def near_same(short: Compared, long: Compared) -> bool:
    """Whether the words of ``short`` are in ``long`` in order within a stretch at most
    twice their length, but for at most one in ten left out and words spelled another way,
    with what either has and the other lacks only where the module's docstring allows it."""
    s, lw = short.words, long.words
    if not s or len(s) > len(lw):
        return False
    matched, first, last = 0, None, 0
    for tag, i1, i2, j1, j2 in SequenceMatcher(None, s, lw, autojunk=False).get_opcodes():
        if tag == "equal" or (
            tag == "replace"
            and i2 - i1 == j2 - j1
            and all(spelling(a, b) for a, b in zip(s[i1:i2], lw[j1:j2], strict=True))
        ):
            matched += i2 - i1
            first = j1 if first is None else first
            last = j2
            continue
        # a word in another's place: the outlet's own bracketed words may stand for others
        swapped = tag == "replace" and not (
            set(range(i1, i2)) <= short.bracketed or set(range(j1, j2)) <= long.bracketed
        )
        if swapped:
            return False
        if not _may_lack(lw, j1, j2, i1, len(s), short.cuts, long.bracketed):
            return False
        if not _may_lack(s, i1, i2, j1, len(lw), long.cuts, short.bracketed):
            return False
    if first is None or matched < NEAR * len(s):
        return False
    return last - first <= _SPREAD * len(s)


def _may_lack(
    words: Sequence[str],
    start: int,
    end: int,
    at: int,
    other_length: int,
    other_cuts: frozenset[int],
    bracketed: frozenset[int],
) -> bool:
    """Whether the other wording may lack ``words[start:end]``, which would stand at index
    ``at`` of it: no negation, and at its ends, at its cut, in brackets, or light words."""
    added = words[start:end]
    if not added:
        return True
    if any(w in _NEGATIONS for w in added):
        return False
    return (
        at in (0, other_length)
        or at in other_cuts
        or set(range(start, end)) <= bracketed
        or all(w in _LIGHT for w in added)
    )


def spelling(a: str, b: str) -> bool:
    """One word spelled two ways ("centre", "center"; "offence", "offense"): same first
    letter, no digits, one letter changed (two from eight letters up; a swap of neighbours
    is one), not a day, a month or a number, and not told apart by a prefix ("legal",
    "illegal")."""
    if a == b:
        return True
    shorter = min(len(a), len(b))
    if shorter < _SHORTEST or a[0] != b[0] or a in _NAMED or b in _NAMED:
        return False
    if any(ch.isdigit() for ch in a + b) or _prefixed(a, b):
        return False
    return _edits(a, b) <= (2 if shorter >= _LONG_WORD else 1)


def _prefixed(a: str, b: str) -> bool:
    """Whether one word is the other with a prefix put on or swapped ("able", "unable";
    "increase", "decrease")."""
    options = ("", *_PREFIXES)
    return any(
        p != q and a.startswith(p) and b.startswith(q) and a[len(p) :] == b[len(q) :]
        for p in options
        for q in options
    )


def _edits(a: str, b: str) -> int:
    """Letters inserted, dropped, changed or swapped with a neighbour to turn ``a`` into
    ``b`` (optimal string alignment distance)."""
    rows = [list(range(len(b) + 1))]
    for i in range(1, len(a) + 1):
        row = [i] + [0] * len(b)
        for j in range(1, len(b) + 1):
            row[j] = min(rows[-1][j] + 1, row[j - 1] + 1, rows[-1][j - 1] + (a[i - 1] != b[j - 1]))
            if i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                row[j] = min(row[j], rows[-2][j - 2] + 1)
        rows.append(row)
    return rows[-1][-1]


def inner_quotes(text: str) -> list[str]:
    """The stretches of a quote's text inside its own inner quote marks (every other piece
    between marks, from the first mark on)."""
    return _INNER_MARK.split(text)[1::2]


# Words that link reported content to the sentence before it ("However, all sides ..."):
# one outlet's link, not part of what was said.
_LINK_WORDS = "however but and also meanwhile still yet so indeed instead"
_LINKS = frozenset(_LINK_WORDS.split())


def same_report(short: str, long: str, least: int) -> bool:
    """Whether the compared keys of two reported contents are one report: the same words, at
    least ``least`` of them, but for a link word opening either ("however all sides are
    ...") or words the longer carries on with ("... before the board meets, and
    again in May"): an outlet cutting the same clause shorter, not another claim."""
    a, b = (_unlinked(k.split()) for k in (short, long))
    if len(a) > len(b):
        a, b = b, a
    return len(a) >= least and b[: len(a)] == a


def _unlinked(words: list[str]) -> list[str]:
    """The words without a link word opening them."""
    return words[1:] if words[:1] and words[0] in _LINKS else words
