"""A date conflict shows each time with the day it resolves to ("Saturday (2031-05-10)"
against "Saturday (2031-05-17)"), in the brief's JSON and its renders; two times of one
resolved day are no conflict (invented sentences; times placed as analysis gives them)."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema

from crossbrief.model import Brief, BriefArticle, Conflict
from crossbrief.render import render_html, render_json, render_markdown
from crossbrief.synthesize.conflicts import build_conflicts
from crossbrief.synthesize.entities import build_entities
from crossbrief.synthesize.facts import group_sentences
from crossbrief.synthesize.story import Story
from tests.synthesize.test_conflict_dates import article

SCHEMA = Path(__file__).resolve().parents[2] / "src/crossbrief/schema/brief.schema.json"
SAT_10 = ("Saturday", "2031-05-10", "W:5:-1")
SAT_17 = ("Saturday", "2031-05-17", "W:5:0")
LINE = "Dorel Vask and Ilse Marn were arrested by police on {} in Korvath."


def _conflicts(*articles: object) -> tuple[list[Conflict], Story]:
    story = Story(articles)  # type: ignore[arg-type]
    entities, _ = build_entities(story)
    groups = group_sentences(story, entities=entities)
    return [c for c in build_conflicts(story, groups, entities) if c.kind == "date"], story


def _two_saturdays() -> tuple[list[Conflict], Story]:
    a = article("a", LINE.format("Saturday"), [SAT_10], "2031-05-11")
    b = article("b", LINE.format("Saturday"), [SAT_17], "2031-05-17")
    return _conflicts(a, b)


def test_two_weekdays_of_one_name_show_the_days_they_resolve_to() -> None:
    found, _ = _two_saturdays()
    assert len(found) == 1
    values = found[0].values
    assert [v.value for v in values] == ["Saturday", "Saturday"]  # as written
    assert [v.resolved for v in values] == ["2031-05-10", "2031-05-17"]
    assert "Saturday (2031-05-10) vs Saturday (2031-05-17)" in found[0].about
    assert "Saturday vs Saturday" not in found[0].about


def test_a_time_that_writes_its_year_gets_no_resolved_day() -> None:
    a = article("a", "Dorel Vask was ousted in 2002 by the elders.", [("2002", "2002", None)])
    b = article(
        "b",
        "Dorel Vask was ousted on March 3, 2003 by the elders.",
        [("March 3, 2003", "2003-03-03", None)],
    )
    found, _ = _conflicts(a, b)
    assert [[v.resolved for v in c.values] for c in found] == [[None, None]]
    assert "2002 vs March 3, 2003" in found[0].about


def test_a_weekday_and_a_date_of_one_resolved_day_agree() -> None:
    a = article("a", LINE.format("Saturday"), [SAT_10], "2031-05-11")
    b = article("b", LINE.format("May 10"), [("May 10", "2031-05-10", None)], "2031-05-12")
    assert _conflicts(a, b)[0] == []
    # the same weekday against another day is a conflict, each shown as resolved
    c = article("c", LINE.format("May 9"), [("May 9", "2031-05-09", None)], "2031-05-12")
    found, _ = _conflicts(a, c)
    assert [(v.value, v.resolved) for v in found[0].values] == [
        ("Saturday", "2031-05-10"),
        ("May 9", "2031-05-09"),
    ]


def _brief() -> Brief:
    found, story = _two_saturdays()
    articles = tuple(
        BriefArticle(
            a.article.id,
            a.article.id,
            "",
            a.article.published,
            False,
            None,
            None,
            None,
            10,
            tuple(a.sentence_text(n) for n in range(len(a.sentences))),
        )
        for a in story.articles
    )
    return Brief(articles=articles, conflicts=tuple(found))


def test_renders_show_each_weekday_with_its_day() -> None:
    brief = _brief()
    for page in (render_markdown(brief), render_html(brief)):
        assert "Saturday (2031-05-10)" in page
        assert "Saturday (2031-05-17)" in page


def test_the_json_carries_the_resolved_day_and_stays_valid() -> None:
    data = json.loads(render_json(_brief()))
    jsonschema.validate(data, json.loads(SCHEMA.read_text()))
    values = data["conflicts"][0]["values"]
    assert [(v["value"], v["resolved"]) for v in values] == [
        ("Saturday", "2031-05-10"),
        ("Saturday", "2031-05-17"),
    ]
    # a resolved day must be a day: the schema refuses anything else
    values[0]["resolved"] = "Saturday"
    try:
        jsonschema.validate(data, json.loads(SCHEMA.read_text()))
    except jsonschema.ValidationError:
        pass
    else:
        raise AssertionError("a resolved value that is no date passed the schema")
