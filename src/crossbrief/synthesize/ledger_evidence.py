"""Which sentence of another article holds a ledger line's words: the evidence a reader is
shown for that article (``BriefQuote.also_sentences``).

A longer quote there ('"Trade is slow. We will not close the quay."') carries the line's
words in one of its sentences, not always the one it opens in; and an article can carry the
words more than once. Of the sentences its carrying quotes span, the one holding most of the
line's words is cited; a tie goes to the first, where the article first gives them."""

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
    best: dict[str, tuple[int, int]] = {}  # article: (words held, -sentence), the larger wins
    for art, opens, q in carriers:
        a = articles[art]
        text = a.article.text
        last = max(a.sentence_index(max(q.end - 1, q.start)), opens)
        for s in range(opens, min(last, len(a.sentences) - 1) + 1):
            span = a.sentences[s]
            score = len(wanted & _words(text[max(span.start, q.start) : min(span.end, q.end)]))
            if (score, -s) > best.get(art, (-1, 0)):
                best[art] = (score, -s)
    return {art: -neg for art, (_, neg) in best.items()}
