"""Versions of one report count once, as one outlet chosen whatever the input order
(invented sentences)."""

from __future__ import annotations

import itertools

from crossbrief.model import AnalyzedArticle, Article, Span
from crossbrief.synthesize.facts import build_facts, group_sentences
from crossbrief.synthesize.story import Story

REPORT = [
    "The Tarnow bridge collapsed on Friday and cut the road to four farms.",
    "Volunteers carried food to the farms on foot on Saturday.",
    "The county engineer inspected the river banks and ordered new piers.",
    "Residents had complained of loose railings on the bridge last winter.",
]
LATER = [
    "Four farms were cut off when the Tarnow bridge collapsed on Friday.",
    "A cheese shop on the market square reopened after a fire.",
    "Its owner thanked the volunteers.",
]


def _article(aid: str, source: str, lines: list[str], published: str | None) -> AnalyzedArticle:
    text = "\n".join(lines)
    spans, pos = [], 0
    for line in lines:
        spans.append(Span(pos, pos + len(line)))
        pos += len(line) + 1
    return AnalyzedArticle(
        Article(id=aid, text=text, source=source, published=published), tuple(spans)
    )


def _support(articles: list[AnalyzedArticle]) -> list[tuple[str, int, list[str]]]:
    story = Story(articles)
    facts = build_facts(story, group_sentences(story), set())
    return sorted((f.text, f.support, sorted(r.article for r in f.sources)) for f in facts)


def test_support_does_not_depend_on_the_input_order() -> None:
    # a copy of one outlet's report under another outlet's name, and a second report of the
    # first outlet: whichever of the two copies is read first, the set counts as one outlet
    articles = [
        _article("post", "Field Gazette", REPORT, "2031-04-12"),
        _article("copy", "Valley Daily", REPORT, "2031-04-12"),
        _article("post2", "Field Gazette", LATER, "2031-04-12"),
    ]
    briefs = [_support(list(order)) for order in itertools.permutations(articles)]
    assert all(b == briefs[0] for b in briefs)
    assert [Story(list(o)).versions["copy"] for o in itertools.permutations(articles)] == [
        "post"
    ] * 6


def test_the_earliest_published_version_is_the_report() -> None:
    # the outlet that published first holds the report, whatever its name or place in input
    first = _article("z-first", "Valley Daily", REPORT, "2031-04-11")
    copy = _article("a-copy", "Field Gazette", REPORT, "2031-04-12")
    undated = _article("b-undated", "Aaron News", REPORT, None)
    for order in itertools.permutations([first, copy, undated]):
        assert set(Story(list(order)).versions.values()) == {"z-first"}


def test_versions_of_one_report_still_count_once_and_others_apart() -> None:
    story = Story(
        [
            _article("copy", "Valley Daily", REPORT, None),
            _article("post", "Field Gazette", REPORT, None),
            _article("other", "Coast Wire", LATER, None),
        ]
    )
    assert story.versions == {"copy": "post", "post": "post", "other": "other"}
    assert story.outlets(["copy", "post"]) == 1
    assert story.outlets(["copy", "post", "other"]) == 2
