"""Quotation marks in the summary's sentences: a whole quotation and its fragments, and a
sentence opening inside a quotation begun before it.

- ``balanced_quotes``, ``wholly_quoted``: no quote fragment whose other half is in another
  sentence, no bare quotation whose speaker is named elsewhere;
- ``inside_quotation``: a sentence opening inside a quotation begun before it is the
  speaker's words, named only where the quotation opens;
- ``quoted_share``, ``in_own_words``: a summary tells the story in the outlets' own words;
  a sentence much of which is someone's quoted words is the quote ledger's.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from crossbrief.synthesize.story import Story
from crossbrief.synthesize.text import QUOTED as QUOTED

_QUOTE_PAIRS = (("``", "''"), ('"', '"'), ("\u201c", "\u201d"))
# the first characters of the opening marks: most sentences start with none of them
_OPENING_CHARS = frozenset(o[0] for o, _ in _QUOTE_PAIRS)
_ANY_QUOTE = re.compile("``|''|[\"\u201c\u201d]")
# the longest opening quotation mark (``), which a quotation's span may start just past
_MARK = 2
# A straight double mark right after a digit and before no letter or digit: an inch mark
# when the sentence's marks do not pair up without it ('14" of snow', 'a 6"-wide pipe').
_INCH = re.compile(r'(?<=\d)"(?!\w)')
# A single mark opening a quotation: at a word's start, before a letter ("‘We", "'We"; not
# "'90s"); one closing it: after a word or its punctuation and before none ("best.’",
# "sail,'"), neither inside a word ("can't") nor after a plural's s before a noun ("the
# dockers' union"; a quotation ending in such a word closes with its punctuation).
_SINGLE_OPEN = re.compile(r"(?<![\w.,;:!?\u2019'])[\u2018'](?=[^\W\d_])")
_SINGLE_CLOSE = re.compile(r"(?<=[^\s\u2018'])[\u2019'](?!\w)(?<!s[\u2019'](?=\s+[a-z]))")


def balanced_quotes(text: str) -> bool:
    """True when every quotation mark opened in ``text`` is closed in it. When the straight
    double marks do not pair up, those right after a digit are inch marks ('Up to 14" of
    snow'), not quotation marks."""
    straight = text.count('"')
    if straight % 2:
        straight -= len(_INCH.findall(text))
    double = straight + text.count("\u201c") + text.count("\u201d")
    return (
        double % 2 == 0
        and text.count("\u201c") == text.count("\u201d")
        and text.count("``") == text.count("''")
    )


def wholly_quoted(text: str) -> bool:
    """True when ``text`` is nothing but a quotation, so its speaker is in another sentence."""
    text = text.strip()
    if text[:1] not in _OPENING_CHARS:
        return False
    return any(
        len(text) > len(o) + len(c)
        and text.startswith(o)
        and text.endswith(c)
        and not _ANY_QUOTE.search(text[len(o) : -len(c)])
        for o, c in _QUOTE_PAIRS
    )


def inside_quotation(story: Story, i: int) -> bool:
    """True when sentence ``i`` opens inside a direct quotation begun in an earlier sentence
    ('... adding: "Do I hope so? I hope so. I cannot go into it."'): its words are the
    speaker's, and the speaker is named only where the quotation opens. The quotation's
    own marks must say so too, a mark opened where it begins and not closed before the
    sentence: a span the analysis read as a quotation with no mark open ("..., she said.
    The committee then ...") is the writer's own text, which reads alone."""
    s = story.sentences[i]
    a = story.by_id[s.article]
    opened = s.start
    # a plain loop, the span test first: it runs for every candidate over all of its
    # article's quotes, and most quotes are elsewhere
    for q in a.quotes:
        if (
            q.start < opened < q.end
            and q.kind != "indirect"
            # the span may start just past its opening mark (two characters for ``)
            and inside_quotes(a.article.text[max(0, q.start - _MARK) : opened])
        ):
            return True
    return False


def inside_quotes(prefix: str) -> bool:
    """Whether text after ``prefix`` is inside a quotation opened in it, in double marks or
    in single ones ('‘...’', "'...'"; an apostrophe is no mark)."""
    opened = prefix.count("\u201c") + prefix.count("``")
    if prefix.count('"') % 2 == 1 or opened > prefix.count("\u201d") + prefix.count("''"):
        return True
    single = prefix.replace("``", " ").replace("''", " ")
    return len(_SINGLE_OPEN.findall(single)) > len(_SINGLE_CLOSE.findall(single))


# Small words a title leaves in lower case ("Harbour Renewal and Ferry Safety Act").
_TITLE_SMALL = {
    "a", "an", "the", "of", "and", "or", "in", "on", "at", "to", "for", "by", "with", "from",
    "as", "nor", "but",
}  # fmt: skip


def _title_cased(run: str) -> bool:
    """Whether a quoted run is a title or a name ("the Harbour Renewal Act", "the Night
    Stalker"): every word but the small ones capitalised, and one at least."""
    words = [w.strip("\"'`“”‘’.,;:!?()") for w in run.split()]
    words = [w for w in words if w]
    big = [w for w in words if w.lower() not in _TITLE_SMALL]
    return bool(big) and all(w[0].isupper() or not w[0].isalpha() for w in big)


def _single_quoted(text: str) -> list[str]:
    """The runs of ``text`` in single quotation marks ("‘...’", "'...'"), each from an
    opening mark to the first closing mark after it (an apostrophe is no mark)."""
    runs: list[str] = []
    at = 0
    while (opened := _SINGLE_OPEN.search(text, at)) is not None:
        closed = _SINGLE_CLOSE.search(text, opened.end())
        if closed is None:
            break
        runs.append(text[opened.start() : closed.end()])
        at = closed.end()
    return runs


def quoted_share(text: str) -> float:
    """The share of ``text``'s words (split at white space) inside quotation marks: double
    (straight, curly or ``...''), or single where the sentence has no double ones ('...'
    in the British style); 0 for a sentence with none. A title-cased run is a title or a
    name, not someone's words ('the "Harbour Renewal and Ferry Safety Act"'), and does not
    count."""
    words = len(text.split())
    if not words:
        return 0.0
    runs = [m.group(0) for m in QUOTED.finditer(text)] or _single_quoted(text)
    return sum(len(run.split()) for run in runs if not _title_cased(run)) / words


def in_own_words(story: Story, indices: Sequence[int], max_share: float) -> list[int]:
    """Those of sentences ``indices`` with under ``max_share`` of their words quoted
    (``quoted_share``): the writer tells the story, and a word or a short phrase in marks
    (a scare quote), or a title or name of any length, does not make a sentence someone's
    words. All of ``indices`` when none is: a story told only in quotations is still
    told."""
    sents = story.sentences
    own = [i for i in indices if quoted_share(sents[i].text) < max_share]
    return own or list(indices)
