"""Stories of invented articles through the real analysis, as synthesis tests build them: one
article per text, or one per named list of paragraphs."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from crossbrief.analyze import analyze_articles
from crossbrief.model import Article
from crossbrief.synthesize.story import Story


def texts_story(
    nlp: Any, *texts: str, ids: str = "a", source: str = "outlet", published: str | None = None
) -> Story:
    """The story of ``texts``, one article each: ``{ids}0``, ``{ids}1``, ... from the outlets
    ``{source}0``, ``{source}1``, ..., all published on ``published``."""
    articles = [
        Article(id=f"{ids}{n}", text=t, source=f"{source}{n}", published=published)
        for n, t in enumerate(texts)
    ]
    return Story(list(analyze_articles(articles, nlp=nlp)))


def lines_story(
    nlp: Any, published: str | None = None, one_each: bool = True, **articles: Sequence[str]
) -> Story:
    """The story of one article per keyword, named and sourced by it, each of its lines a
    paragraph, all published on ``published``. With ``one_each``, analysis must read each
    line as one sentence, so that a test can pick a sentence by its line: that is asserted
    here, not assumed (``one_each=False`` where a line holds several on purpose)."""
    built = [
        Article(id=k, text="\n\n".join(lines), source=k, published=published)
        for k, lines in articles.items()
    ]
    story = Story(list(analyze_articles(built, nlp=nlp)))
    if one_each:
        assert [s.text for s in story.sentences] == [t for v in articles.values() for t in v]
    return story
