"""Which sentence of another article holds a ledger line's words: the evidence a reader is
shown for that article (``BriefQuote.also_sentences``).

A longer quote there ('"Trade is slow. We will not close the quay."') carries the line's
words from one of its sentences on, not always the one it opens in; and an article can carry
the words more than once. Of the sentences its carrying quotes span, the first whose quoted
words are mostly the line's is cited: where the line's words begin there (a line of several
sentences is cited where it opens, with its speaker, not at its longest sentence); failing
one, the sentence holding most of the line's words."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from crossbrief.model import AnalyzedArticle, Quote
from crossbrief.synthesize.text import fold

_WORD = re.compile(r"\w+")

# One article's carrier of a line: (article id, sentence the quote opens in, quote).
Carrier = tuple[str, int, Quote]


def _words(text: str) -> set[str]:
    return set(_WORD.findall(fold(text)))


def evidence_sentences(
    line: str, carriers: Sequence[Carrier], articles: Mapping[str, AnalyzedArticle]
) -> dict[str, int]:
    """For each article of ``carriers``, the index of the sentence holding most of the words
    of ``line`` (the ledger line's quote text) within the span its quotes there cover."""
    wanted = _words(line)
    opens_line: dict[str, int] = {}  # article: the first sentence mostly of the line's words
    most: dict[str, tuple[int, int]] = {}  # article: (words held, -sentence), the larger wins
    for art, opens, q in carriers:
        a = articles[art]
        text = a.article.text
        last = max(a.sentence_index(max(q.end - 1, q.start)), opens)
        for s in range(opens, min(last, len(a.sentences) - 1) + 1):
            span = a.sentences[s]
            words = _words(text[max(span.start, q.start) : min(span.end, q.end)])
            held = len(wanted & words)
            if words and 2 * held > len(words):
                opens_line[art] = min(opens_line.get(art, s), s)
            if (held, -s) > most.get(art, (-1, 0)):
                most[art] = (held, -s)
    return {art: opens_line.get(art, -neg) for art, (_, neg) in most.items()}
