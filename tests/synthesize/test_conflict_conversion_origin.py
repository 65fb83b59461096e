"""A sum converted in brackets ("$10 million (£5.3 million)") is shown with the sum it
converts, so a reader can check the conversion: in the brief's values, in Markdown and on the
page. Invented articles, the real pipeline."""

from __future__ import annotations

import json
from typing import Any

from crossbrief.analyze import analyze_articles
from crossbrief.model import Article, Brief, BriefArticle, Conflict
from crossbrief.render import render_html, render_json, render_markdown
from crossbrief.schema import validate_brief
from crossbrief.synthesize.conflicts import build_conflicts
from crossbrief.synthesize.facts import group_sentences
from crossbrief.synthesize.story import Story

_DEAL = "The harbour board of Velmora agreed to pay {} for the old ferry terminal on Monday."


def _found(nlp: Any, *texts: str) -> tuple[Brief, list[Conflict]]:
    articles = [Article(id=f"a{i}", text=t, source=f"s{i}") for i, t in enumerate(texts)]
    story = Story(list(analyze_articles(articles, nlp=nlp)))
    found = build_conflicts(story, group_sentences(story))
    arts = tuple(
        BriefArticle(a.id, a.source, "", None, False, None, None, None, 20, (a.text,))
        for a in articles
    )
    return Brief(articles=arts, conflicts=tuple(found)), found


def test_a_converted_sum_is_shown_with_the_sum_it_converts(nlp: Any) -> None:
    brief, found = _found(
        nlp, _DEAL.format("$10 million (£5.3 million)"), _DEAL.format("$10 million (£5.6 million)")
    )
    assert [c.kind for c in found] == ["conversion"]
    assert {v.converted_from for v in found[0].values} == {"$10 million"}
    labels = {v.label for v in found[0].values}
    assert labels == {"£5.3 million (from $10 million)", "£5.6 million (from $10 million)"}
    md = render_markdown(brief)
    assert "£5.3 million (from $10 million) [1]" in md
    assert "(from $10 million)" in render_html(brief)
    # the JSON brief carries the original and still validates
    data = json.loads(render_json(brief))
    validate_brief(data)
    assert {v["converted_from"] for v in data["conflicts"][0]["values"]} == {"$10 million"}


def test_a_sum_written_as_it_is_has_no_origin(nlp: Any) -> None:
    brief, found = _found(
        nlp, _DEAL.format("$10 million (£5.3 million)"), _DEAL.format("£5.6 million")
    )
    assert [c.kind for c in found] == ["conversion"]
    by_article = {v.article: v for v in found[0].values}
    assert by_article["a0"].converted_from == "$10 million"
    # the second outlet wrote its pound sum as it is: nothing converted, no origin shown
    assert by_article["a1"].converted_from is None
    assert by_article["a1"].label == by_article["a1"].value
    assert "£5.6 million [2]" in render_markdown(brief)


def test_two_plain_sums_that_differ_show_no_origin(nlp: Any) -> None:
    brief, found = _found(nlp, _DEAL.format("£5.3 million"), _DEAL.format("£6.1 million"))
    assert [c.kind for c in found] == ["figure"]
    assert all(v.converted_from is None for v in found[0].values)
    assert "from" not in render_markdown(brief).split("## Where outlets differ")[1].split("##")[0]


def test_every_sum_listed_in_a_conversion_bracket_converts_the_first(nlp: Any) -> None:
    _, found = _found(
        nlp, _DEAL.format("€6bn (£3.1bn; $5.5bn)"), _DEAL.format("€6bn (£3.1bn; $5.9bn)")
    )
    # the dollar sums differ by the rate only: the euro sum both give agrees
    assert [c.kind for c in found] == ["conversion"], [(c.kind, c.about) for c in found]
    # the span may leave the dollar sign out ("$" + "5.5bn"); the origin is shown either way
    shown = {v.label.lstrip("$") for v in found[0].values}
    assert {"5.5bn (from €6bn)", "5.9bn (from €6bn)"} <= shown


def test_sums_listed_after_no_conversion_still_disagree(nlp: Any) -> None:
    # a list of two currencies' sums outside any bracket is no conversion of either
    frame = (
        "The harbour board of Velmora paid $4bn, £{}bn of it in cash, for the ferry line on Monday."
    )
    _, found = _found(nlp, frame.format("2.1"), frame.format("2.9"))
    assert [c.kind for c in found] == ["figure"], [(c.kind, c.about) for c in found]
    assert all(v.converted_from is None for v in found[0].values)


def test_a_converted_sum_shows_its_sign_and_scale_as_written(nlp: Any) -> None:
    # the NER span of "(£4.2m)" may be "4.2" alone: the value keeps the sign and the "m"
    _, found = _found(nlp, _DEAL.format("$8m (£4.2m)"), _DEAL.format("$8m (£4.7m)"))
    assert [c.kind for c in found] == ["conversion"], [(c.kind, c.about) for c in found]
    assert {v.label for v in found[0].values} == {"£4.2m (from $8m)", "£4.7m (from $8m)"}
    # Negative: no bare number, and the sign is not written twice
    assert all(not v.value[:1].isdigit() and "££" not in v.value for v in found[0].values)


def test_sums_listed_with_or_in_a_conversion_bracket_convert_the_first(nlp: Any) -> None:
    _, found = _found(
        nlp, _DEAL.format("€7bn (£3.4bn, or $5.1bn)"), _DEAL.format("€7bn (£3.4bn, or $5.8bn)")
    )
    # the dollar sums differ by the rate only, and each shows its sign and scale
    assert [c.kind for c in found] == ["conversion"], [(c.kind, c.about) for c in found]
    assert {v.label for v in found[0].values} == {"$5.1bn (from €7bn)", "$5.8bn (from €7bn)"}


def test_sums_joined_by_and_outside_a_bracket_still_disagree(nlp: Any) -> None:
    # Negative: "and" lists two currencies' sums as parts, no conversion, outside a bracket
    frame = "The harbour board of Velmora paid $4bn and £{}bn in cash for the ferry line on Monday."
    _, found = _found(nlp, frame.format("2.1"), frame.format("2.9"))
    assert [c.kind for c in found] == ["figure"], [(c.kind, c.about) for c in found]
    assert all(v.converted_from is None for v in found[0].values)
