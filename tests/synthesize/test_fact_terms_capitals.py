"""A capital kept apart from its country as the city (session 17) is still read as its country
by the fact similarity, where the story names the country: one outlet's "talks in Paris" and
another's "talks in France" state one fact. Invented articles; NER labels tagged by hand."""

from __future__ import annotations

from crossbrief.synthesize.fact_terms import sentence_terms
from tests.synthesize.builders import story_with_entities, tagged_everywhere, with_form

_TAGS = [("Paris", "GPE"), ("France", "GPE"), ("Ann Lee", "PERSON")]


def test_a_capital_city_row_is_its_countrys_term() -> None:
    lines = ["Ann Lee held talks in Paris on Monday.", "France said the talks went well."]
    story, found = story_with_entities(tagged_everywhere("a1", lines, _TAGS))
    city, country = with_form(found, "Paris"), with_form(found, "France")
    assert city and country and city != country  # the city has a row of its own
    terms = sentence_terms(story, found)
    assert f"@{country[0].id}" in terms[0]
    # Negative: the city's own id is no term where its country stands for it
    assert f"@{city[0].id}" not in terms[0]


def test_a_capital_of_a_country_the_story_does_not_name_keeps_its_own_term() -> None:
    lines = ["Ann Lee held talks in Paris on Monday.", "The talks went well."]
    story, found = story_with_entities(tagged_everywhere("a1", lines, _TAGS))
    city = with_form(found, "Paris")
    assert city and f"@{city[0].id}" in sentence_terms(story, found)[0]
