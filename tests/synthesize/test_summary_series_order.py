"""The summary's reading order: the first of a series before the latest ("the first ... to")."""

from __future__ import annotations

from typing import Any

import pytest

from crossbrief.analyze import analyze_articles
from crossbrief.model import Article
from crossbrief.synthesize.story import Story
from crossbrief.synthesize.summary_order import reading_order, series_rank
from crossbrief.synthesize.text import stem
from tests.synthesize.stories import lines_story


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ann Lee has become the latest rower to be dropped from the Velmora crew.",
            (99, "rower", "dropped"),
        ),
        (
            "Tom Kerr became the first rower to be dropped from the Velmora crew.",
            (1, "rower", "dropped"),
        ),
        (
            "Joe Bray was the second captain to resign from the harbour board.",
            (2, "captain", "resign"),
        ),
        ("The last boat to leave Dunmore sailed at midnight.", (99, "boat", "leave")),
        # an ordinal counting no act, a time, or nothing done
        ("Ann Lee won the first race of the Velmora regatta on Sunday.", None),
        ("For the first time, the crew rowed to Dunmore in an hour.", None),
        ("The latest figures show a fall in crossings to Dunmore.", None),
    ],
)
def test_series_rank(text: str, expected: tuple[int, str, str] | None) -> None:
    # the series is who or what and the act, compared stemmed: "dropped" and "drop" are one
    got = series_rank(text)
    assert got == (expected and (expected[0], f"{stem(expected[1])} {stem(expected[2])}"))


def test_one_act_of_two_kinds_of_holder_is_two_series() -> None:
    town = series_rank("Velmora became the latest town to become insolvent on Friday.")
    mayor = series_rank("Ann Lee was the first woman to become mayor of Orsk in 1990.")
    assert town is not None and mayor is not None and town[1] != mayor[1]
    same = series_rank("Orsk was the first town to become insolvent, in May.")
    assert same is not None and same[1] == town[1]


def test_a_series_move_keeps_the_full_name_first(nlp: Any) -> None:
    older = [
        "Rower Ann Lee was dropped from the Velmora crew on Monday.",
        "Lee was the first rower to be dropped this season.",
    ]
    newer = ["Tom Varga is the latest rower to be dropped from the Orsk crew."]
    story = lines_story(nlp, "2031-06-05", a=older, b=newer)
    dates = {"a": "2031-06-05", "b": "2031-06-05"}
    order = reading_order(story, [0, 1, 2], dates, {2: 1})
    # the surname alone is read after the full name, and the first before the latest
    assert order.index(0) < order.index(1) < order.index(2)


# Invented: a crew drops rowers one by one; the newest report leads with the latest.
LATEST = [
    "Ann Lee has become the latest rower to be dropped from the Velmora crew.",
    "The crew races at Dunmore next month.",
]
EARLIER = [
    "The Velmora crew trained on the river for a week before the regatta.",
    "Tom Kerr became the first rower to be dropped from the Velmora crew.",
]


@pytest.fixture(scope="module")
def crew_story(nlp: Any) -> Story:
    return lines_story(nlp, new=LATEST, old=EARLIER)


def test_the_first_of_a_series_is_read_before_the_latest(crew_story: Story) -> None:
    # the newest lead goes first (first=1), yet the first dropped is told before the latest
    order = reading_order(crew_story, [0, 1, 3], {}, {0: 1})
    texts = [crew_story.sentences[i].text for i in order]
    assert texts.index(EARLIER[1]) < texts.index(LATEST[0])
    # the other sentence keeps its place after the lead: only the series moves
    assert texts.index(LATEST[0]) < texts.index(LATEST[1])


def test_no_series_leaves_the_order_alone(crew_story: Story) -> None:
    # without the first dropped, the newest lead stays first
    order = reading_order(crew_story, [0, 1, 2], {}, {0: 1})
    assert order[0] == 0


def _two_reports(nlp: Any, latest: str, first: str) -> Story:
    articles = [
        Article(id="new", text=f"{latest}\n\nThe crew races at Dunmore next month.", source="new"),
        Article(id="old", text=f"The crew trained for a week.\n\n{first}", source="old"),
    ]
    story = Story(list(analyze_articles(articles, nlp=nlp)))
    assert [s.text for s in story.sentences][0::3] == [latest, first]
    return story


def test_people_of_one_act_named_by_other_nouns_are_one_series(nlp: Any) -> None:
    # two people, a "rower" and an "oarsman", dropped one after another: one series
    story = _two_reports(
        nlp,
        "Ann Lee has become the latest rower to be dropped from the Velmora crew.",
        "Tom Kerr became the first oarsman to be dropped from the Velmora crew.",
    )
    order = reading_order(story, [0, 1, 3], {}, {0: 1})
    assert order.index(3) < order.index(0)


def test_a_place_and_a_person_of_one_act_are_two_series(nlp: Any) -> None:
    story = _two_reports(
        nlp,
        "Velmora has become the latest town to become insolvent this year.",
        "Ann Lee became the first woman to become mayor of Orsk in 1990.",
    )
    order = reading_order(story, [0, 1, 3], {}, {0: 1})
    assert order[0] == 0
