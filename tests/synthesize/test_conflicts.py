"""Conflicts on hand-built analyses (invented text; no model needed to place figures)."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

import pytest

from crossbrief.model import AnalyzedArticle, Article, Figure, Mention, TimeExpr
from crossbrief.synthesize.conflicts import build_conflicts
from crossbrief.synthesize.entities import build_entities
from crossbrief.synthesize.facts import group_sentences
from crossbrief.synthesize.story import Story
from tests.synthesize.builders import figures_at, line_spans


def _article(
    aid: str,
    text: str,
    figures: list[tuple[str, str]] = (),  # type: ignore[assignment]
    times: list[str] = (),  # type: ignore[assignment]
    people: list[str] = (),  # type: ignore[assignment]
    source: str = "",
) -> AnalyzedArticle:
    """One-sentence-per-line article with figures, times and people placed by search."""
    figs = figures_at(text, figures)
    tms = [TimeExpr(t, text.index(t), text.index(t) + len(t), "DATE", None) for t in times]
    ms = [Mention(p, text.index(p), text.index(p) + len(p), "PERSON") for p in people]
    return AnalyzedArticle(
        article=Article(id=aid, text=text, source=source or aid),
        sentences=line_spans(text),
        figures=figs,
        times=tuple(tms),
        mentions=tuple(ms),
    )


def _conflicts(*articles: AnalyzedArticle) -> list[tuple[str, set[str]]]:
    story = Story(articles)
    return [
        (c.kind, {v.value for v in c.values})
        for c in build_conflicts(story, group_sentences(story))
    ]


def test_same_toll_different_values_conflict_but_agreeing_figure_does_not() -> None:
    a = _article(
        "a",
        "The flood in Varnholm killed 43 people and injured 120 others on the coast.",
        [("43", "people"), ("120", "others")],
    )
    b = _article(
        "b",
        "The Varnholm flood killed 44 people and injured 120 others along the coast.",
        [("44", "people"), ("120", "others")],
    )
    found = _conflicts(a, b)
    assert found == [("figure", {"43", "44"})]


@pytest.mark.parametrize(
    ("x", "y"),
    [
        ("at least 43", "45"),  # a lower bound agrees with a higher exact figure
        ("about 300", "310"),  # an approximation covers a close figure
        ("300 miles", "483 kilometers"),  # a unit conversion
    ],
)
def test_compatible_values_are_not_conflicts(x: str, y: str) -> None:
    a = _article("a", f"The convoy of Ostrel travelled {x} before the border closed.", [(x, "")])
    b = _article("b", f"The Ostrel convoy travelled {y} before the border closed.", [(y, "")])
    assert _conflicts(a, b) == []


def test_figures_of_different_moments_are_not_conflicts() -> None:
    a = _article(
        "a",
        "Rescuers had identified 14 bodies by Friday evening in Kelmar.",
        [("14", "bodies")],
        ["Friday evening"],
    )
    b = _article(
        "b",
        "Rescuers had identified 40 bodies by Saturday noon in Kelmar.",
        [("40", "bodies")],
        ["Saturday noon"],
    )
    assert _conflicts(a, b) == []


def test_different_ages_of_one_person_conflict() -> None:
    # no time expressions: time analysis (TIMEX3) does not tag ages, they are read off the text
    a = _article(
        "a",
        "The driver, Tomas Orlik, 31, was arrested near the depot.",
        [],
        [],
        ["Tomas Orlik"],
    )
    b = _article(
        "b",
        "Police arrested the 33-year-old driver Tomas Orlik near the depot.",
        [],
        [],
        ["Tomas Orlik"],
    )
    assert _conflicts(a, b) == [("age", {"31", "33"})]


def test_far_apart_counts_are_different_quantities() -> None:
    a = _article(
        "a", "The army said 1,300 soldiers were killed near Dravo.", [("1,300", "soldiers")]
    )
    b = _article(
        "b", "The army said 12,000 soldiers were killed near Dravo.", [("12,000", "soldiers")]
    )
    assert _conflicts(a, b) == []


@pytest.mark.parametrize(
    ("x", "y", "conflict"),
    [
        ("Dorin Halvorsen", "Dorin Kalvorsen", False),  # one-letter typo: one name
        ("Dorin Halvorsen", "Dorin Alvorsenn", True),  # same role, another surname
        ("Dorin Halvorsen", "Dorin Miterrand", False),  # unrelated surnames: two people
    ],
)
def test_names_for_one_role(x: str, y: str, conflict: bool) -> None:
    a = _article("a", f"The second man charged, {x}, appeared in court in Tarnow.", [], [], [x])
    b = _article("b", f"The second man charged, {y}, appeared in court in Tarnow.", [], [], [y])
    found = _conflicts(a, b)
    assert found == ([("name", {x, y})] if conflict else [])


def test_unit_written_after_the_figure_is_converted() -> None:
    a = _article("a", "The 630-nautical-mile race from Brenn to Osk began.", [("630", "mile")])
    b = _article(
        "b", "The 1,160-kilometer race from Brenn to Osk began.", [("1,160-kilometer", "kilometer")]
    )
    assert _conflicts(a, b) == []


def _with_mentions(aid: str, text: str, mentions: list[tuple[str, str]]) -> AnalyzedArticle:
    """An article whose named mentions (text, NER label) are placed at their first occurrence."""
    base = _article(aid, text)
    placed = tuple(
        Mention(m, text.index(m), text.index(m) + len(m), label) for m, label in mentions
    )
    return replace(base, mentions=placed)


def _brief_conflicts(
    *articles: AnalyzedArticle, entities: bool = True
) -> list[tuple[str, set[str]]]:
    story = Story(articles)
    found = build_entities(story)[0] if entities else []
    return [
        (c.kind, {v.value for v in c.values})
        for c in build_conflicts(story, group_sentences(story), found)
    ]


def test_spelling_variants_of_one_entity_are_not_a_name_conflict() -> None:
    articles = [
        _with_mentions(
            aid,
            f"Ports Minister Oleksiy {name} said the ship lost power in the storm.",
            [(f"Oleksiy {name}", "PERSON")],
        )
        for aid, name in [("a", "Hrynchenko"), ("b", "Grynchenko"), ("c", "Hrinchenko")]
    ]
    # compared as written, two of the spellings look like two surnames for one role
    assert ("name", {"Oleksiy Grynchenko", "Oleksiy Hrinchenko"}) in _brief_conflicts(
        *articles, entities=False
    )
    assert _brief_conflicts(*articles) == []


def test_name_swapped_in_an_edited_sentence_conflicts() -> None:
    line = "On hearing of the protest, {} City Council met on Thursday and banned marches."
    a = _with_mentions("a", line.format("the Tarnow"), [("Tarnow", "GPE")])
    b = _with_mentions("b", line.format("Orlin's"), [("Orlin", "GPE")])
    assert _brief_conflicts(a, b) == [("name", {"Tarnow", "Orlin"})]
    # a name against a description of it is a rewording, not a second name
    c = _with_mentions("c", line.format("the northern Dravian"), [("Dravian", "NORP")])
    assert _brief_conflicts(a, c) == []


def test_unnamed_age_belongs_to_the_person_named_just_before() -> None:
    a = _with_mentions(
        "a",
        "Rescuers found the climber Anna Berec near the ridge.\n"
        "The 24-year-old teacher was flown to Dravo.",
        [("Anna Berec", "PERSON")],
    )
    a = replace(
        a,
        times=(
            TimeExpr(
                "24-year-old",
                a.article.text.index("24"),
                a.article.text.index("24") + 11,
                "DURATION",
                None,
            ),
        ),
    )
    b = _with_mentions(
        "b", "The climber, Anna Berec, 26, was flown to Dravo.", [("Anna Berec", "PERSON")]
    )
    b = replace(
        b,
        times=(
            TimeExpr(
                "26", b.article.text.index("26"), b.article.text.index("26") + 2, "DATE", None
            ),
        ),
    )
    assert _brief_conflicts(a, b) == [("age", {"24", "26"})]


def test_large_counts_of_one_counted_noun_are_one_quantity() -> None:
    a = _article(
        "a",
        "The fighting in Dravia has left more than 180,000 refugees, aid groups said.",
        [("more than 180,000", "refugees")],
    )
    b = _article(
        "b",
        "Envoys said the roughly 150,000 ethnic Dravian refugees must be allowed to go home.",
        [("roughly 150,000", "refugees")],
    )
    assert _conflicts(a, b) == [("figure", {"more than 180,000", "roughly 150,000"})]
    # the same sentences counting two different nouns are two quantities
    c = _article(
        "c",
        "Envoys said the roughly 150,000 ethnic Dravian villagers must be allowed to go home.",
        [("roughly 150,000", "villagers")],
    )
    assert _conflicts(a, c) == []


def _dated(a: AnalyzedArticle, day: str, value: str) -> AnalyzedArticle:
    """``a`` with the time expression ``day`` resolved to ``value``."""
    start = a.article.text.index(day)
    time = TimeExpr(day, start, start + len(day), "DATE", value)
    return replace(a, times=(time,))


@pytest.mark.parametrize(
    ("noun_a", "noun_b", "conflict"),
    [
        ("crew members", "sailors", True),  # one figure each, one day, related sentences
        ("", "", False),  # nothing counted: nothing says the two figures are one quantity
    ],
)
def test_single_counts_dated_to_one_day(noun_a: str, noun_b: str, conflict: bool) -> None:
    a = _article(
        "a",
        f"The ferry Orla ran aground off Brenn on Saturday and all 21 {noun_a} were rescued.",
        [("21", noun_a.split()[-1] if noun_a else "")],
    )
    b = _article(
        "b",
        f"A ferry with 23 {noun_b} aboard ran aground off Brenn early on Saturday, police said.",
        [("23", noun_b.split()[-1] if noun_b else "")],
    )
    found = _conflicts(_dated(a, "Saturday", "2031-05-10"), _dated(b, "Saturday", "2031-05-10"))
    assert found == ([("figure", {"21", "23"})] if conflict else [])
    # the same figures dated to two different days are the story moving on
    assert (
        _conflicts(_dated(a, "Saturday", "2031-05-10"), _dated(b, "Saturday", "2031-05-03")) == []
    )


def test_demo_story_flags_the_crew_count_and_no_spelling_variant(demo_brief: Any) -> None:
    values = [{v.value for v in c.values} for c in demo_brief.conflicts]
    assert {"21", "23"} in values
    assert all(c.kind != "name" for c in demo_brief.conflicts)


def test_bracketed_conversion_is_not_a_second_figure() -> None:
    a = _article(
        "a",
        "The storm hit Brenn with winds of 75 mph (121 kph) on the coast.",
        [("75 mph", "mph"), ("121 kph", "kph")],
    )
    b = _article(
        "b",
        "The storm hit Brenn with winds of 60 mph (97 kph) on the coast.",
        [("60 mph", "mph"), ("97 kph", "kph")],
    )
    assert _conflicts(a, b) == [("figure", {"75 mph", "60 mph"})]


@pytest.mark.parametrize(("x", "y", "conflict"), [("Two", "Three", False), ("20", "30", True)])
def test_small_counts_need_more_than_one_shared_word(x: str, y: str, conflict: bool) -> None:
    a = _article(
        "a", f"{x} astronauts began the first spacewalk from Orla on Monday.", [(x, "astronauts")]
    )
    b = _article(
        "b", f"The {y.lower()} spacewalk astronauts of Orla trained for months.", [(y.lower(), "")]
    )
    found = _conflicts(a, b)
    assert found == ([("figure", {x, y.lower()})] if conflict else [])


def test_conflict_lists_every_sentence_repeating_a_value() -> None:
    a = _article(
        "a",
        "The flood in Varnholm killed 43 people on the coast.\n"
        "A list of the 43 people will be published by Tarnow officials.",
        [("43", "people")],
    )
    # _article places a figure at its first occurrence; add the repeat by hand
    second = a.article.text.rindex("43")
    a = replace(a, figures=(*a.figures, Figure("43", second, second + 2, 43.0, "people")))
    b = _article("b", "The Varnholm flood killed 44 people along the coast.", [("44", "people")])
    story = Story([a, b])
    (conflict,) = build_conflicts(story, group_sentences(story))
    assert sorted((v.article, v.sentence) for v in conflict.values) == [
        ("a", 0),
        ("a", 1),
        ("b", 0),
    ]


def test_figures_of_two_places_are_two_quantities() -> None:
    def toll(aid: str, n: str, place: str) -> AnalyzedArticle:
        text = f"The storm killed {n} people in {place} on its way inland, officials said."
        a = _article(aid, text, [(n, "people")])
        at = text.index(place)
        return replace(a, mentions=(Mention(place, at, at + len(place), "GPE"),))

    assert _conflicts(toll("a", "21", "Velmora"), toll("b", "14", "Ostrel")) == []
    assert _conflicts(toll("a", "21", "Velmora"), toll("b", "14", "Velmora")) == [
        ("figure", {"21", "14"})
    ]


def test_name_after_another_preposition_fills_another_role() -> None:
    a = _with_mentions(
        "a",
        "The harbour mayor's statement on the storm was read out in Tarnow late on Friday.",
        [("Tarnow", "GPE")],
    )
    b = _with_mentions(
        "b",
        "The harbour mayor's statement on the storm was read out by Orlin Radio late on Friday.",
        [("Orlin Radio", "ORG")],
    )
    assert _brief_conflicts(a, b) == []
    c = _with_mentions(
        "c",
        "The harbour mayor's statement on the storm was read out in Orlin late on Friday.",
        [("Orlin", "GPE")],
    )
    assert _brief_conflicts(a, c) == [("name", {"Tarnow", "Orlin"})]
