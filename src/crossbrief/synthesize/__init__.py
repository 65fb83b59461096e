"""Synthesis: one story's analyzed articles in, one Brief out.

Works only on what analysis produced (offsets, labels, values): it never runs the NLP model
and never looks at files. Each section has its own module; this one wires them.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator, Sequence
from contextlib import contextmanager

from crossbrief.model import AnalyzedArticle, Brief, BriefArticle
from crossbrief.options import Options
from crossbrief.synthesize.citations import agreeing_facts, agreeing_summary, agreeing_timeline
from crossbrief.synthesize.conflicts import build_conflicts
from crossbrief.synthesize.dates import infer_dates
from crossbrief.synthesize.differ import FigureCheck
from crossbrief.synthesize.entities import build_entities
from crossbrief.synthesize.facts import build_facts, claim_sentences, group_facts
from crossbrief.synthesize.quotes import build_quotes
from crossbrief.synthesize.relayed import unwrap_relays
from crossbrief.synthesize.story import Story
from crossbrief.synthesize.summary import summarize
from crossbrief.synthesize.summary_who import who_is_who
from crossbrief.synthesize.timeline import build_timeline

__all__ = ["synthesize"]


@contextmanager
def _collector_paused() -> Iterator[None]:
    """Python's cycle collector off for the duration (as it was before, after).

    Synthesis allocates hundreds of thousands of short-lived tuples, sets and strings that
    reference counting frees; the bursts set off collections, some walking every live object
    (the analyzed articles, the NLP model), some 5% of synthesis CPU for next to no garbage.
    What little cyclic garbage one brief leaves goes at the next collection after it.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def synthesize(articles: Sequence[AnalyzedArticle], options: Options | None = None) -> Brief:
    """The brief of one story."""
    with _collector_paused():
        return _synthesize(articles, options or Options())


def _synthesize(articles: Sequence[AnalyzedArticle], options: Options) -> Brief:
    story = Story(articles)
    dates = infer_dates(story)
    entities, key_to_id = build_entities(story)
    figures = FigureCheck(story, entities)
    # the grouping hands on the pairs it kept apart only for their figures: the conflicts'
    grouping = group_facts(story, entities=entities, paraphrase=options.paraphrase, figures=figures)
    groups = list(grouping.groups)
    relayed = unwrap_relays(story.articles)  # "According to Z, Lee said ...": Lee's, via Z
    quotes = build_quotes(story if relayed is None else Story(relayed), key_to_id, entities)
    attributed = claim_sentences(story, quotes)
    days = {k: v.date for k, v in dates.items()}
    summary = summarize(story, groups, options.words, days)
    conflicts = build_conflicts(
        story, groups, entities, days, figures.values, grouping.blocked, figures.entities
    )
    shown = tuple(agreeing_summary(story, summary, conflicts, figures, groups, entities))
    return Brief(
        articles=tuple(
            BriefArticle(
                id=a.article.id,
                source=a.article.source,
                title=a.article.title,
                published=dates[a.article.id].date,
                published_inferred=dates[a.article.id].inferred,
                published_from=dates[a.article.id].evidence,
                path=a.article.path,
                url=a.article.url,
                words=a.article.words,
                sentences=tuple(a.sentence_text(i) for i in range(len(a.sentences))),
                same_as=story.copies.get(a.article.id),
                version_of=story.version_of(a.article.id),
            )
            for a in articles
        ),
        summary=shown,
        entities=tuple(entities),
        quotes=tuple(quotes),
        facts=tuple(
            agreeing_facts(
                story, build_facts(story, groups, attributed), conflicts, attributed, figures
            )
        ),
        conflicts=tuple(conflicts),
        timeline=tuple(agreeing_timeline(build_timeline(story, dates), conflicts, figures)),
        who=who_is_who(shown, entities),
    )
