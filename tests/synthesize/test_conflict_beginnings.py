"""A thing is founded once: two founding years of one named thing, or a founding after a year
it is said to have existed "since", are a date conflict (invented sentences; names and
years tagged by hand as analysis would give them)."""

from __future__ import annotations

import re
from dataclasses import replace

from crossbrief.model import AnalyzedArticle, TimeExpr
from crossbrief.synthesize.conflicts import build_conflicts
from crossbrief.synthesize.facts import group_sentences
from tests.synthesize.builders import story_with_entities, tagged_article

NAMES = (
    ("Ravel Clinic", "ORG"),
    ("Brae School", "ORG"),
    ("Dorel Vask", "PERSON"),
    ("Ilse Marn", "PERSON"),
)


def _article(aid: str, *lines: str) -> AnalyzedArticle:
    """One sentence a line, every four-digit year tagged as a year."""
    article = tagged_article(aid, lines, NAMES)
    text = article.article.text
    years = tuple(
        TimeExpr(m.group(), m.start(), m.end(), "DATE", m.group())
        for m in re.finditer(r"\b\d{4}\b", text)
    )
    return replace(article, times=years)


def _dates(*articles: AnalyzedArticle) -> list[list[str]]:
    story, entities = story_with_entities(*articles)
    found = build_conflicts(story, group_sentences(story), entities)
    return [[v.value for v in c.values] for c in found if c.kind == "date"]


FOUNDED = "In 1985, Dorel Vask founded the Ravel Clinic near the harbour."


def test_a_thing_existing_since_a_year_before_its_founding_conflicts() -> None:
    since = "The Ravel Clinic has been a fixture for fishing families since 1981."
    assert _dates(_article("a", FOUNDED), _article("b", since)) == [["1985", "since 1981"]]


def test_two_founding_years_of_one_thing_conflict() -> None:
    other = "Set on the quay, the Ravel Clinic, founded in 1983, treats fishermen."
    assert _dates(_article("a", FOUNDED), _article("b", other)) == [["1985", "1983"]]


def test_a_later_beginning_agrees_with_the_founding() -> None:
    since = "The Ravel Clinic has been a fixture for fishing families since 1992."
    assert _dates(_article("a", FOUNDED), _article("b", since)) == []


def test_two_things_founded_in_two_years_do_not_conflict() -> None:
    school = "In 1983, Dorel Vask founded the Brae School near the harbour."
    assert _dates(_article("a", FOUNDED), _article("b", school)) == []


def test_a_person_in_a_post_since_an_earlier_year_does_not_conflict() -> None:
    # the person who has held a post since 1981 is not the clinic founded in 1985
    since = "Ilse Marn has been a doctor for fishing families since 1981."
    assert _dates(_article("a", FOUNDED), _article("b", since)) == []


def test_the_subject_of_an_active_founding_verb_is_not_the_thing_founded() -> None:
    # the clinic set up a unit in 1990; nothing dates the clinic itself
    unit = "The Ravel Clinic established a dental unit in 1990."
    assert _dates(_article("a", FOUNDED), _article("b", unit)) == []


def test_a_name_before_a_passive_or_participle_founding_verb_is_the_thing_founded() -> None:
    passive = "The Ravel Clinic was established in 1983 by two nurses."
    relative = "The Ravel Clinic, which was founded in 1983, treats fishermen."
    for other in (passive, relative):
        assert _dates(_article("a", FOUNDED), _article("b", other)) == [["1985", "1983"]]


def test_a_founding_in_a_new_role_dates_no_founding() -> None:
    role = "The Ravel Clinic was established as a charity in 1990, its director said."
    assert _dates(_article("a", FOUNDED), _article("b", role)) == []


def test_a_founders_death_year_is_no_founding_year() -> None:
    comma = "Ilse Marn, who founded the Ravel Clinic, died in 1990."
    joined = "Ilse Marn founded the Ravel Clinic and died there in 1990."
    for other in (comma, joined):
        assert _dates(_article("a", FOUNDED), _article("b", other)) == []


def test_a_year_after_a_comma_dates_the_next_clause() -> None:
    later = "Ilse Marn founded the Ravel Clinic, then moved to the capital in 1990."
    assert _dates(_article("a", FOUNDED), _article("b", later)) == []


def test_a_sentence_opening_with_a_year_and_an_active_verb_dates_no_subject() -> None:
    opened = "In 1990, the Ravel Clinic founded a nursing school."
    assert _dates(_article("a", FOUNDED), _article("b", opened)) == []
