"""Age holders: an unnamed "N-year-old" belongs to the person named just before unless it
introduces someone new (invented sentences; names placed by hand)."""

from __future__ import annotations

import re

import pytest

from crossbrief.model import AnalyzedArticle, Article, Mention
from crossbrief.synthesize.conflicts.ages import age_conflicts
from crossbrief.synthesize.conflicts.context import EntityIndex
from crossbrief.synthesize.story import Story
from tests.synthesize.builders import line_spans


def _article(aid: str, text: str, names: list[str]) -> AnalyzedArticle:
    return AnalyzedArticle(
        article=Article(id=aid, text=text, source=aid),
        sentences=line_spans(text),
        mentions=tuple(Mention(n, text.index(n), text.index(n) + len(n), "PERSON") for n in names),
    )


def _ages(*articles: AnalyzedArticle) -> list[list[str]]:
    story = Story(articles)
    return [[f.value for f in found] for found in age_conflicts(story, EntityIndex(()))]


NAMED = _article("a", "Rescuers found Anna Berec, 34, near the ridge.", ["Anna Berec"])


@pytest.mark.parametrize(
    ("second", "conflict"),
    [
        ("The 11-year-old teacher was flown to the coast.", True),  # the one named before
        ("An 11-year-old boy was also hurt.", False),  # someone new
        ("Two 11-year-old boys were also hurt.", False),
        ("Guides said 9- and 11-year-old children were safe.", False),
        ("Guides said 11-year-old twins were safe.", False),  # a plural verb agrees
        ("Both 11-year-old pupils were safe.", False),
        # a verb in -s after the age is no plural noun: the one named before
        ("The 11-year-old faces two charges.", True),
        ("The 11-year-old admits the theft.", True),
        ("The 11-year-old denies it.", True),
    ],
)
def test_an_indefinite_or_plural_age_introduces_someone_new(second: str, conflict: bool) -> None:
    b = _article("b", f"Anna Berec was found near the ridge.\n{second}", ["Anna Berec"])
    assert _ages(NAMED, b) == ([["34", "11"]] if conflict else [])


def _typed(aid: str, text: str, names: list[tuple[str, str]]) -> AnalyzedArticle:
    return AnalyzedArticle(
        article=Article(id=aid, text=text, source=aid),
        sentences=line_spans(text),
        # every occurrence of each name, as the NER tags a name each time it appears
        mentions=tuple(
            Mention(m.group(), m.start(), m.end(), t)
            for n, t in names
            for m in re.finditer(n, text)
        ),
    )


@pytest.mark.parametrize(
    ("second", "conflict"),
    [
        # the age modifies the name right after it, whatever type the NER gave that name
        ("Police say the 29-year-old Hollis was drunk.", False),
        ("Police say the 29-year-old Hollis had been drinking.", False),
        ("Police say the 29-year-old Hollis pleaded guilty.", False),
        ("Police say the 29-year-old Hollis, of Marrow Bay, was held.", False),
        # a nationality is a word for a person, no name: the one named before
        ("Police say the 29-year-old Velmoran was flown out.", True),
        # a place name before a noun is a modifier: the person is the one named before
        ("Police say the 29-year-old Velmora teacher was flown out.", True),
    ],
)
def test_an_age_belongs_to_the_name_it_modifies_even_one_typed_a_place(
    second: str, conflict: bool
) -> None:
    b = _typed(
        "b",
        f"Anna Berec was struck by Hollis's car near Velmora.\n{second}",
        [("Anna Berec", "PERSON"), ("Hollis", "GPE"), ("Velmoran", "NORP"), ("Velmora\\b", "GPE")],
    )
    assert _ages(NAMED, b) == ([["34", "29"]] if conflict else [])
