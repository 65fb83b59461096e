"""The summary's reading order: a person named by surname alone after their full name."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

import pytest

from crossbrief.analyze import analyze_articles
from crossbrief.model import Article
from crossbrief.synthesize.story import Story
from crossbrief.synthesize.summary_order import person_names, reading_order, same_surname

# Invented: a bridge closure told by two outlets; the surname-only sentence comes early in
# its article, the full introduction late in the other.
RIVER = [
    "The old river bridge in Tarnow was closed to traffic on Monday after cracks were found.",
    "Petrenko said repairs would take at least two months.",
]
POST = [
    "Engineers inspected the bridge over the weekend.",
    "Drivers were sent on a detour through the industrial zone.",
    "City engineer Anna Petrenko said the cracks had spread along two of the main beams.",
]


def _story(nlp: Any, post_published: str | None, post_name: str = "Petrenko") -> Story:
    post = [t.replace("Petrenko", post_name) for t in POST]
    articles = [
        Article(id="river", text="\n\n".join(RIVER), source="river", published="2031-06-02"),
        Article(id="post", text="\n\n".join(post), source="post", published=post_published),
    ]
    return Story(list(analyze_articles(articles, nlp=nlp)))


def _texts(story: Story, order: list[int]) -> list[str]:
    return [story.sentences[i].text for i in order]


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        ("petrenko", "petrenko", True),
        ("grynchenko", "hrynchenko", True),  # two outlets' transliterations
        ("hrinchenko", "hrynchenko", True),
        ("smith", "smyth", False),
        ("lee", "lea", False),  # too short to tell a spelling from another name
        ("petrenko", "kowalski", False),
    ],
)
def test_same_surname(a: str, b: str, expected: bool) -> None:
    assert same_surname(a, b) is expected


def test_person_names(nlp: Any) -> None:
    story = _story(nlp, "2031-06-02")
    texts = [s.text for s in story.sentences]
    assert person_names(story, texts.index(RIVER[1])) == (set(), {"petrenko"})
    assert person_names(story, texts.index(POST[2])) == ({"petrenko"}, set())
    assert person_names(story, texts.index(RIVER[0])) == (set(), set())


@pytest.mark.parametrize("published", ["2031-06-02", None])
def test_surname_alone_comes_after_the_full_name(nlp: Any, published: str | None) -> None:
    story = _story(nlp, published)
    texts = [s.text for s in story.sentences]
    chosen = [texts.index(RIVER[0]), texts.index(RIVER[1]), texts.index(POST[2])]
    dates = {"river": "2031-06-02", "post": published} if published else {}
    # By position alone the surname (second sentence) would come before the full name (third).
    assert _texts(story, reading_order(story, chosen, dates)) == [RIVER[0], POST[2], RIVER[1]]


def test_another_outlets_spelling_introduces_the_person(nlp: Any) -> None:
    story = _story(nlp, "2031-06-02", post_name="Petrenka")
    texts = [s.text for s in story.sentences]
    full = POST[2].replace("Petrenko", "Petrenka")
    chosen = [texts.index(RIVER[1]), texts.index(full)]
    assert _texts(story, reading_order(story, chosen, {})) == [full, RIVER[1]]


def test_order_unchanged_without_an_introduction(nlp: Any) -> None:
    story = _story(nlp, "2031-06-02")
    texts = [s.text for s in story.sentences]
    chosen = [texts.index(RIVER[1]), texts.index(POST[0]), texts.index(RIVER[0])]
    assert _texts(story, reading_order(story, chosen, {})) == [RIVER[0], POST[0], RIVER[1]]


def test_a_later_report_introducing_the_person_still_goes_first(nlp: Any) -> None:
    story = _story(nlp, "2031-06-03")
    texts = [s.text for s in story.sentences]
    chosen = [
        texts.index(RIVER[0]),
        texts.index(RIVER[1]),
        texts.index(POST[0]),
        texts.index(POST[2]),
    ]
    dates = {"river": "2031-06-02", "post": "2031-06-03"}
    # Chronology holds for the rest; only the surname waits for its introduction.
    assert _texts(story, reading_order(story, chosen, dates)) == [
        RIVER[0],
        POST[0],
        POST[2],
        RIVER[1],
    ]


def test_demo_summary_introduces_the_minister_before_his_surname(demo_brief: Any) -> None:
    texts = [s.text for s in demo_brief.summary]
    full = [n for n, t in enumerate(texts) if "Oleksiy" in t]
    alone = [n for n, t in enumerate(texts) if "rynchenko" in t and "Oleksiy" not in t]
    assert full
    assert all(n > min(full) for n in alone), texts


def test_a_surname_typed_otherwise_still_waits_for_the_full_name(nlp: Any) -> None:
    # the analysis reads the lone "Petrenko" as an organisation: still her surname, as the
    # story names "Anna Petrenko" as a person
    story = _story(nlp, "2031-06-02")
    retyped = [
        replace(
            a,
            mentions=tuple(
                replace(m, type="ORG") if m.text == "Petrenko" else m for m in a.mentions
            ),
        )
        for a in story.articles
    ]
    story = Story(retyped)
    texts = [s.text for s in story.sentences]
    assert person_names(story, texts.index(RIVER[1])) == (set(), {"petrenko"})
    chosen = [texts.index(RIVER[0]), texts.index(RIVER[1]), texts.index(POST[2])]
    dates = {"river": "2031-06-02", "post": "2031-06-02"}
    assert _texts(story, reading_order(story, chosen, dates)) == [RIVER[0], POST[2], RIVER[1]]
    # a lone word typed otherwise that is no person's name stays out
    assert person_names(story, texts.index(POST[0])) == (set(), set())
