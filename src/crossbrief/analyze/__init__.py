"""Per-article analysis: parse each article's paragraphs with spaCy, then extract sentences,
mentions, quotes, time expressions and figures.

Each article is analyzed on its own (never looking at another), so the work can be spread
over processes or machines; ``analyze_article`` is the per-article stage contract and
``analyze_articles`` streams many through ``nlp.pipe``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import Any

from crossbrief.analyze.acts import extract_acts
from crossbrief.analyze.clauses import extract_clauses
from crossbrief.analyze.doc_cache import span_text
from crossbrief.analyze.figures import extract_figures
from crossbrief.analyze.mentions import extract_mentions
from crossbrief.analyze.nlp import load_nlp
from crossbrief.analyze.paragraphs import Paragraph, heading_spans, paragraph_spans
from crossbrief.analyze.quotes import extract_quotes
from crossbrief.analyze.quotes.descriptors import person_speakers, strip_descriptors
from crossbrief.analyze.times import extract_times
from crossbrief.model import AnalyzedArticle, Article, Span
from crossbrief.options import Options

__all__ = ["analyze_article", "analyze_articles", "build_analysis", "sentence_spans"]


def sentence_spans(paragraphs: Sequence[Paragraph]) -> tuple[Span, ...]:
    """The sentences spaCy found in the parsed paragraphs, less their outer white space:
    offsets into the article text."""
    sentences = []
    for p in paragraphs:
        for sent in p.doc.sents:
            text = span_text(sent)
            if not text.strip():
                continue
            lead = len(text) - len(text.lstrip())
            start = p.offset + sent.start_char + lead
            sentences.append(Span(start, start + len(text.strip())))
    return tuple(sentences)


def build_analysis(article: Article, paragraphs: Sequence[Paragraph]) -> AnalyzedArticle:
    """Everything per-article analysis finds in ``article``, from its parsed paragraphs."""
    mentions = strip_descriptors(extract_mentions(paragraphs))
    sentences = sentence_spans(paragraphs)
    return AnalyzedArticle(
        article=article,
        sentences=sentences,
        mentions=tuple(mentions),
        quotes=tuple(person_speakers(extract_quotes(article.text, paragraphs, mentions), mentions)),
        times=tuple(extract_times(paragraphs, article.published)),
        figures=tuple(extract_figures(paragraphs)),
        headings=tuple(Span(s, e) for s, e in heading_spans(article.text, paragraphs)),
        acts=extract_acts(paragraphs, sentences),
        clauses=extract_clauses(paragraphs, sentences),
    )


def analyze_article(article: Article, nlp: Any = None) -> AnalyzedArticle:
    """Analyze one article (loads the default pipeline when ``nlp`` is not given)."""
    return next(analyze_articles([article], Options(), nlp=nlp))


def analyze_articles(
    articles: Iterable[Article],
    options: Options | None = None,
    nlp: Any = None,
    on_done: Callable[[AnalyzedArticle], None] | None = None,
) -> Iterator[AnalyzedArticle]:
    """Analyze articles in input order, streaming paragraphs through one ``nlp.pipe``."""
    options = options or Options()
    nlp = nlp if nlp is not None else load_nlp(options.model)

    pending: dict[int, tuple[Article, int, list[Paragraph]]] = {}
    order: list[int] = []

    def tasks() -> Iterator[tuple[str, tuple[int, int]]]:
        for n, article in enumerate(articles):
            spans = paragraph_spans(article.text)
            pending[n] = (article, len(spans), [])
            order.append(n)
            for start, end in spans:
                yield article.text[start:end], (n, start)

    def finished(n: int) -> AnalyzedArticle:
        article, _, paras = pending.pop(n)
        result = build_analysis(article, paras)
        if on_done:
            on_done(result)
        return result

    next_out = 0
    for doc, (n, start) in nlp.pipe(
        tasks(), as_tuples=True, batch_size=options.batch_size, n_process=options.processes
    ):
        pending[n][2].append(Paragraph(start, doc))
        # Emit every article, in order, whose paragraphs have all come back.
        while next_out < len(order):
            k = order[next_out]
            entry = pending.get(k)
            if entry is None or len(entry[2]) < entry[1]:
                break
            next_out += 1
            yield finished(k)
    while next_out < len(order):
        k = order[next_out]
        next_out += 1
        yield finished(k)
