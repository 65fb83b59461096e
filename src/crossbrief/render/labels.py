"""Names shared by the renderers: short article labels and speaker names."""

from __future__ import annotations

from collections.abc import Iterable

from crossbrief.model import Brief, BriefArticle, SentenceRef


def article_labels(brief: Brief) -> dict[str, str]:
    """A short label per article: its outlet when it has one, else its number."""
    labels = {}
    for n, a in enumerate(brief.articles, start=1):
        labels[a.id] = f"{n}" + (f" {a.source}" if a.source else "")
    return labels


def article_numbers(brief: Brief) -> dict[str, int]:
    """Each article's 1-based number in the brief."""
    return {a.id: n for n, a in enumerate(brief.articles, start=1)}


def cite(brief: Brief, refs: Iterable[SentenceRef]) -> str:
    """ "[1, 3]" for citations of articles 1 and 3."""
    numbers = article_numbers(brief)
    nums = sorted({numbers[r.article] for r in refs if r.article in numbers})
    return "[" + ", ".join(str(n) for n in nums) + "]"


def entity_names(brief: Brief) -> dict[str, str]:
    """Entity id to canonical name."""
    return {e.id: e.name for e in brief.entities}


def speaker_name(brief: Brief, speaker: str | None, speaker_text: str | None) -> str:
    """How the ledger names a speaker: the entity's name, else the text, else unknown."""
    if speaker:
        return entity_names(brief).get(speaker, speaker)
    return speaker_text or "unattributed"


def outlet_name(article: BriefArticle) -> str:
    """The outlet a reader sees for an article: its source, else its id."""
    return article.source.strip() or article.id
