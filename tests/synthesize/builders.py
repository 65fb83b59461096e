"""Builders of hand-made analyzed articles for synthesis tests: one sentence per line, each
figure found by searching the text, so a test states what analysis would have found."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import replace
from typing import Any

from crossbrief.analyze.figures import parse_number
from crossbrief.model import (
    AnalyzedArticle,
    Article,
    BriefQuote,
    Entity,
    Figure,
    Mention,
    Quote,
    QuoteKind,
    Span,
    TimeExpr,
)
from crossbrief.synthesize.conflicts import build_conflicts
from crossbrief.synthesize.entities import build_entities
from crossbrief.synthesize.facts import group_sentences
from crossbrief.synthesize.quotes import build_quotes
from crossbrief.synthesize.story import Story
from tests.synthesize.stories import texts_story


def line_spans(text: str) -> tuple[Span, ...]:
    """One sentence per line of ``text``."""
    spans, pos = [], 0
    for line in text.split("\n"):
        spans.append(Span(pos, pos + len(line)))
        pos += len(line) + 1
    return tuple(spans)


def outlets_story(texts: Mapping[str, str]) -> Story:
    """A story made by hand of one article per (id, text) of ``texts``, from the outlet
    "outlet <id>", one sentence per line and nothing else analysed."""
    return Story(
        [
            AnalyzedArticle(Article(id=k, text=t, source=f"outlet {k}"), sentences=line_spans(t))
            for k, t in texts.items()
        ]
    )


def figures_at(text: str, figures: Sequence[tuple[str, str]]) -> tuple[Figure, ...]:
    """Each (figure text, unit) at its first occurrence in ``text``, with its parsed value."""
    found = []
    for fig, unit in figures:
        start = text.index(fig)
        value = parse_number(fig)
        assert value is not None, fig
        found.append(Figure(fig, start, start + len(fig), value, unit))
    return tuple(found)


def figure_article(
    aid: str,
    text: str,
    figures: Sequence[tuple[str, str]],
    clocks: Sequence[str] = (),
) -> AnalyzedArticle:
    """An article of one sentence per line with its ``figures`` (text, unit) and clock times
    (TIME expressions) at their first occurrences, as analysis would give them."""
    return AnalyzedArticle(
        article=Article(id=aid, text=text, source=aid),
        sentences=line_spans(text),
        figures=figures_at(text, figures),
        times=tuple(
            TimeExpr(t, text.index(t), text.index(t) + len(t), "TIME", None) for t in clocks
        ),
    )


def conflict_values(*articles: AnalyzedArticle) -> list[list[str]]:
    """The values of each conflict the real synthesis finds among ``articles`` (one story)."""
    story = Story(articles)
    return [[v.value for v in c.values] for c in build_conflicts(story, group_sentences(story))]


def named_article(aid: str, text: str, names: Sequence[tuple[str, str]]) -> AnalyzedArticle:
    """One sentence per line; each (form, NER label) of ``names`` at its first occurrence."""
    mentions = tuple(Mention(n, text.index(n), text.index(n) + len(n), t) for n, t in names)
    return AnalyzedArticle(
        article=Article(id=aid, text=text, source=aid),
        sentences=line_spans(text),
        mentions=mentions,
    )


def name_conflict_values(*articles: AnalyzedArticle) -> list[set[str]]:
    """The values of each name conflict the real synthesis finds among ``articles``."""
    story, found = story_with_entities(*articles)
    return [
        {v.value for v in c.values}
        for c in build_conflicts(story, group_sentences(story), found)
        if c.kind == "name"
    ]


def tagged_article(
    aid: str, lines: Sequence[str], names: Sequence[tuple[str, str]] = ()
) -> AnalyzedArticle:
    """One sentence a line; each (form, label) of ``names`` tagged wherever it occurs."""
    text = "\n".join(lines)
    spans, pos = [], 0
    for line in lines:
        spans.append(Span(pos, pos + len(line)))
        pos += len(line) + 1
    return AnalyzedArticle(
        Article(id=aid, text=text, source=aid), tuple(spans), mentions=tag_names(text, names)
    )


def tag_names(text: str, names: Sequence[tuple[str, str]]) -> tuple[Mention, ...]:
    """Each (form, label) of ``names`` tagged wherever it occurs in ``text``, in text order."""
    mentions = []
    for form, label in names:
        at = text.find(form)
        while at >= 0:
            mentions.append(Mention(form, at, at + len(form), label))
            at = text.find(form, at + 1)
    return tuple(sorted(mentions, key=lambda m: m.start))


def outermost(article: AnalyzedArticle) -> AnalyzedArticle:
    """``article`` without a tagged span inside another (``tag_names`` tags nested forms
    too), as the NER never tags one."""
    kept: list[Mention] = []
    for m in sorted(article.mentions, key=lambda m: (m.start, -m.end)):
        if not kept or m.start >= kept[-1].end:
            kept.append(m)
    return replace(article, mentions=tuple(kept))


def story_with_entities(*articles: AnalyzedArticle) -> tuple[Story, list[Entity]]:
    """The story of ``articles`` and the entities built over it."""
    story = Story(articles)
    entities, _ = build_entities(story)
    return story, entities


def entities_of_tagged(*articles: tuple[list[str], list[tuple[str, str]]]) -> list[Entity]:
    """The entities built over articles ``a0``, ``a1``, ... given as (lines, tagged names),
    each with its nested tags dropped (``outermost``)."""
    story = Story(
        [
            outermost(tagged_article(f"a{i}", lines, names))
            for i, (lines, names) in enumerate(articles)
        ]
    )
    found, _ = build_entities(story)
    return found


# (expression, type, value, relative, tense)
Time = tuple[str, str, str | None, str | None, int]


def timed_article(
    aid: str, sentences: Sequence[str], times: Sequence[Time], published: str | None = None
) -> AnalyzedArticle:
    """An article from sentences (joined by spaces) and the times found in them."""
    text = " ".join(sentences)
    spans, pos = [], 0
    for s in sentences:
        spans.append(Span(pos, pos + len(s)))
        pos += len(s) + 1
    exprs = []
    for expr, typ, value, relative, tense in times:
        start = text.index(expr)
        exprs.append(TimeExpr(expr, start, start + len(expr), typ, value, None, relative, tense))  # type: ignore[arg-type]
    article = Article(aid, text, source=aid, published=published)
    return AnalyzedArticle(article, sentences=tuple(spans), times=tuple(exprs))


def lee_quote(
    text: str, content: str, cue: str, kind: QuoteKind = "indirect", negated: bool = False
) -> Quote:
    """A quote of ``content`` under ``cue``, spoken by the "Lee" of ``text``, as analysis
    would have found it."""
    start, c = text.index(content), text.index(cue)
    return Quote(
        text=content,
        start=start,
        end=start + len(content),
        kind=kind,
        speaker_text="Lee",
        speaker_start=text.index("Lee"),
        speaker_end=text.index("Lee") + 3,
        speaker_name="Lee",
        cue=cue,
        cue_start=c,
        cue_end=c + len(cue),
        negated=negated,
    )


def quoted_article(text: str, q: Quote, people: Sequence[str] = ()) -> AnalyzedArticle:
    """An article of one sentence with its one quote ``q`` and each of ``people`` tagged
    PERSON at its first occurrence."""
    found = tuple(Mention(p, text.index(p), text.index(p) + len(p), "PERSON") for p in people)
    return AnalyzedArticle(
        article=Article(id="a", text=text),
        sentences=(Span(0, len(text)),),
        mentions=found,
        quotes=(q,),
    )


def ledger_of(*items: tuple[str, str, Quote]) -> list[BriefQuote]:
    """The quote ledger of a story of one-sentence articles, each (id, text, its one quote)."""
    articles = [
        AnalyzedArticle(
            article=Article(id=aid, text=text), sentences=(Span(0, len(text)),), quotes=(q,)
        )
        for aid, text, q in items
    ]
    story = Story(articles)
    _, key_to_id = build_entities(story)
    return build_quotes(story, key_to_id)


def pipeline_entities(nlp: Any, *texts: str) -> list[Entity]:
    """The entity panel of one story of ``texts``, each an article, through the real pipeline."""
    found, _ = build_entities(texts_story(nlp, *texts, source="s"))
    return found


def with_form(found: list[Entity], form: str) -> list[Entity]:
    """The entities with an alias spelled ``form``."""
    return [e for e in found if any(a.form == form for a in e.aliases)]


def row_with_form(found: list[Entity], form: str) -> Entity:
    """The first entity with an alias spelled ``form``."""
    return with_form(found, form)[0]


def types_with_form(found: list[Entity], form: str) -> list[str]:
    """The types of the entities with an alias spelled ``form``, in panel order."""
    return [e.type for e in with_form(found, form)]


def tagged_everywhere(
    aid: str, lines: list[str], names: Sequence[tuple[str, str]]
) -> AnalyzedArticle:
    """A ``tagged_article`` with each (form, label) tagged wherever it occurs outside a form
    listed before it, as the NER tags "Ivara" alone beside "Hurricane Ivara"."""
    made = tagged_article(aid, lines)
    text, mentions = made.article.text, []
    for form, label in names:
        at = text.find(form)
        while at >= 0:
            if not any(m.start < at + len(form) and at < m.end for m in mentions):
                mentions.append(Mention(form, at, at + len(form), label))
            at = text.find(form, at + 1)
    return replace(made, mentions=tuple(sorted(mentions, key=lambda m: m.start)))


def reports_story(nlp: Any, reports: Sequence[str]) -> Story:
    """A story of one invented report per outlet (``r0``, ``r1``, ... from ``outlet0``, ...),
    undated, through the real analysis."""
    return texts_story(nlp, *reports, ids="r")
