"""Two undated reports of one day's event, told in other words, are told once: their days
match as far as both give them."""

from __future__ import annotations

from typing import Any

import pytest

from crossbrief.analyze import analyze_articles
from crossbrief.model import Article
from crossbrief.synthesize import summary as summary_module
from crossbrief.synthesize.story import Story
from crossbrief.synthesize.summary import same_event
from crossbrief.synthesize.summary_days import event_days, share_a_day

# Invented: three undated reports; two tell one grounding on one day, one a later one.
REPORTS = [
    "The trawler Silver Wren ran aground near Keld Point on June 2 after losing power.",
    "A fishing boat with eleven men aboard ran aground near Keld Point on June 2.",
    "A second trawler ran aground near Keld Point on June 9 in thick fog.",
    "The Silver Wren ran aground near Keld Point on Sunday after losing power.",
    "A fishing boat with eleven men aboard ran aground near Keld Point on Sunday.",
    "A second trawler ran aground near Keld Point on Tuesday in thick fog.",
]


@pytest.fixture(scope="module")
def story(nlp: Any) -> Story:
    articles = [
        Article(id=f"r{k}", text=text, source=f"outlet{k}", published=None)
        for k, text in enumerate(REPORTS)
    ]
    built = Story(list(analyze_articles(articles, nlp=nlp)))
    assert [s.text for s in built.sentences] == REPORTS
    return built


def _one_event(story: Story, x: int, y: int) -> bool:
    concepts = [summary_module._concepts(s.text) for s in story.sentences]
    weights = {c: 1.0 for cs in concepts for c in cs}
    return bool(same_event(story, [x, y], concepts, weights)[0, 1])


def test_undated_reports_of_one_day_are_one_event(story: Story) -> None:
    assert event_days(story, 0) == {"XXXX-06-02"}
    # one month-day, or one weekday of no known week
    assert _one_event(story, 0, 1)
    assert _one_event(story, 3, 4)
    # another day is another event, however alike the words
    assert not _one_event(story, 0, 2)
    assert not _one_event(story, 1, 2)
    assert not _one_event(story, 3, 5)


def test_a_year_less_day_matches_a_full_date_s_month_and_day() -> None:
    assert share_a_day({"XXXX-06-02"}, {"2031-06-02"})
    assert share_a_day({"2031-06-02"}, {"2031-06-02"})
    # two full dates of other years, or a weekday against a date, are not one day
    assert not share_a_day({"2030-06-02"}, {"2031-06-02"})
    assert not share_a_day({"XXXX-WXX-7"}, {"2031-06-01"})
    assert not share_a_day({"XXXX-06-02"}, {"XXXX-06-09"})


def test_a_past_and_a_coming_weekday_of_one_name_are_two_days(nlp: Any) -> None:
    # Invented: one vote gone and one to come, both "on Tuesday" in undated articles.
    texts = [
        "The Velmora council voted on Tuesday to close the Orsk harbour road for repairs.",
        "The Velmora council will vote on Tuesday to reopen the Orsk harbour road after repairs.",
        "The Velmora council met on Tuesday to close the Orsk harbour road for repairs.",
    ]
    articles = [
        Article(id=f"v{k}", text=text, source=f"outlet{k}", published=None)
        for k, text in enumerate(texts)
    ]
    votes = Story(list(analyze_articles(articles, nlp=nlp)))
    assert not share_a_day(event_days(votes, 0), event_days(votes, 1))
    # Negative: two past Tuesdays of undated reports are still one day.
    assert share_a_day(event_days(votes, 0), event_days(votes, 2))
    # a weekday of no known direction matches either
    assert share_a_day({"XXXX-WXX-2"}, {"XXXX-WXX-2@past"})
    assert not share_a_day({"XXXX-WXX-2@past"}, {"XXXX-WXX-2@future"})
