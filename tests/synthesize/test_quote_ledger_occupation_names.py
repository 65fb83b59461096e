"""An occupation noun set before a name as a title, with no determiner ("Engineer Velko said",
"site manager Dora Lintz said"), is news style's job title: the name after it is the
speaker's, even where the tagger found no name in the phrase. A name after a preposition, a
conjunction or a possessive is someone else's. Invented text, the real pipeline."""

from __future__ import annotations

from typing import Any

import pytest

from crossbrief.analyze import analyze_articles
from crossbrief.model import Article, Brief
from crossbrief.synthesize import synthesize
from crossbrief.synthesize.titled_names import after_occupation

# The second article names the engineer in full, so the story has his entity.
_NAMED = (
    "The dam above Ostrava cracked on Sunday, officials said. "
    "Tom Velko, the engineer in charge, told residents it was safe."
)


def _brief(nlp: Any, first: str) -> Brief:
    articles = [Article(id="a", text=first, source="s"), Article(id="b", text=_NAMED, source="t")]
    return synthesize(list(analyze_articles(articles, nlp=nlp)))


def _speaker(brief: Brief, words: str) -> str | None:
    names = {e.id: e.name for e in brief.entities}
    (q,) = [q for q in brief.quotes if words in q.text]
    return names.get(q.speaker or "")


def test_a_surname_after_an_occupation_names_the_speaker(nlp: Any) -> None:
    text = "A dam near Ostrava cracked on Sunday. Engineer Velko said the dam would hold."
    assert _speaker(_brief(nlp, text), "dam would hold") == "Tom Velko"


def test_a_name_after_of_and_an_occupation_is_not_the_speaker(nlp: Any) -> None:
    # Negative: a critic of the engineer is someone else
    text = (
        "A dam near Ostrava cracked on Sunday. A critic of engineer Velko said the dam would hold."
    )
    assert _speaker(_brief(nlp, text), "dam would hold") != "Tom Velko"


_KEYS = {"velko": "E1", "tom velko": "E1", "ostrava": "E2"}


@pytest.mark.parametrize(
    "phrase", ["Engineer Velko", "chief engineer Velko", "Site manager Tom Velko"]
)
def test_an_occupation_before_a_name_is_a_title(phrase: str) -> None:
    assert after_occupation(phrase, _KEYS, {"E1"}) == "E1"


@pytest.mark.parametrize(
    "phrase",
    [
        "the engineer Velko",  # a description, left to the role rules
        "a critic of engineer Velko",
        "Engineer Velko's lawyer",
        "engineers and Velko",
        "Velko",  # no occupation before it
        "Engineer Ostrava",  # a name that is no person's
        "Border Velko",  # a word shaped like a job ("-er") is not one
    ],
)
def test_no_occupation_title_before_the_name(phrase: str) -> None:
    # Negative: each phrase names no speaker through an occupation title
    assert after_occupation(phrase, _KEYS, {"E1"}) is None
