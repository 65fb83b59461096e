"""The shared builders of stories of invented articles (``tests/synthesize/stories.py``)."""

from __future__ import annotations

from typing import Any

import pytest

from tests.synthesize.stories import lines_story, texts_story


def test_texts_story_names_each_article_and_its_outlet(nlp: Any) -> None:
    story = texts_story(
        nlp, "The ferry sailed on Monday.", "The quay closed.", ids="r", published="2031-01-02"
    )
    got = [(a.article.id, a.article.source, a.article.published) for a in story.articles]
    assert got == [("r0", "outlet0", "2031-01-02"), ("r1", "outlet1", "2031-01-02")]


def test_lines_story_checks_each_line_is_one_sentence(nlp: Any) -> None:
    two = ["The ferry sailed on Monday. The quay closed on Tuesday."]
    with pytest.raises(AssertionError):
        lines_story(nlp, a=two)
    # Negative: told it holds several, the line is read as they are
    story = lines_story(nlp, one_each=False, a=two, b=["The pier opened."])
    assert [s.article for s in story.sentences] == ["a", "a", "b"]
