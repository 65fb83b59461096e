"""Entity fixes after the session 15 review: a relative called by a short first name is no
person whose full name that first name begins, and a country's abbreviation is no kind of
security. Invented articles; NER labels tagged by hand where the model's own would vary."""

from __future__ import annotations

from tests.synthesize.builders import story_with_entities, tagged_everywhere, with_form

_FULL = ("Melanie Brandt", "PERSON")


def test_a_short_first_name_after_a_kinship_noun_is_a_relative() -> None:
    _, found = story_with_entities(
        tagged_everywhere(
            "a1",
            ["Melanie Brandt was honoured on Friday.", "Her husband Mel was on board that night."],
            [_FULL, ("Mel", "PERSON")],
        ),
        tagged_everywhere("a2", ["Mel said the waves were high."], [("Mel", "PERSON")]),
    )
    assert with_form(found, "Mel") and with_form(found, "Melanie Brandt")
    assert with_form(found, "Mel") != with_form(found, "Melanie Brandt")
    # Negative: with no kinship noun before it the short name is still hers
    _, joined = story_with_entities(
        tagged_everywhere("a1", ["Melanie Brandt was honoured on Friday."], [_FULL]),
        tagged_everywhere("a2", ["Mel said the waves were high."], [("Mel", "PERSON")]),
    )
    assert with_form(joined, "Mel") == with_form(joined, "Melanie Brandt")


def test_a_short_first_name_where_the_article_calls_the_full_name_by_surname_is_another() -> None:
    # an article that calls her "Brandt" calls no one else of her "Mel": Mel is someone else
    _, found = story_with_entities(
        tagged_everywhere(
            "a1",
            ["Melanie Brandt was honoured on Friday.", "Mel was on board.", "Brandt thanked him."],
            [_FULL, ("Brandt", "PERSON"), ("Mel", "PERSON")],
        ),
    )
    assert with_form(found, "Mel") and with_form(found, "Mel") != with_form(found, "Brandt")
    # Negative: another article's surname alone does not set this article's Mel apart
    _, joined = story_with_entities(
        tagged_everywhere(
            "a1",
            ["Melanie Brandt was honoured on Friday.", "Brandt thanked the crew."],
            [_FULL, ("Brandt", "PERSON")],
        ),
        tagged_everywhere("a2", ["Mel said the waves were high."], [("Mel", "PERSON")]),
    )
    assert with_form(joined, "Mel") == with_form(joined, "Melanie Brandt")


def test_a_countrys_abbreviation_is_no_kind_of_security() -> None:
    lines = [
        "Ann Holt grew up in the GDR before she moved to Velmora.",
        "She left the GDR in 1987.",
    ]
    _, found = story_with_entities(
        tagged_everywhere("a1", lines, [("Ann Holt", "PERSON"), ("GDR", "GPE")])
    )
    assert with_form(found, "GDR")
    # Negative: the same letters tagged a company are the kind of security they abbreviate
    shares = ["Orvex sold GDR shares in Velmora on Monday.", "The GDR issue raised $40m."]
    _, kind = story_with_entities(
        tagged_everywhere("a1", shares, [("Orvex", "ORG"), ("GDR", "ORG"), ("Velmora", "GPE")])
    )
    assert not with_form(kind, "GDR")
