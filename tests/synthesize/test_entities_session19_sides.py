"""Entity rows of the session-19 read: teams of a cup draw typed people or places, a team's
short form with abbreviated words left apart from its full name, and two teams one letter
apart taken for one spelled two ways. Invented articles; the NER's slips are tagged by hand."""

from __future__ import annotations

from crossbrief.model import Entity
from crossbrief.synthesize.entities import build_entities
from crossbrief.synthesize.story import Story
from tests.synthesize.builders import tagged_article


def _row(found: list[Entity], form: str) -> Entity:
    return next(e for e in found if any(a.form == form for a in e.aliases))


_DRAW = [
    "Kestrel Rovers handed a home tie",
    "Velmora host Kestrel Rovers in the fifth round of the Orla Shield.",
    "Ann Lee hosts a radio show in Tarnby every Sunday.",
    "Tarnby v Kest Rvrs",
    "Dunmore or Velmora v Holt Town",
]


def test_the_sides_of_a_fixture_line_and_a_plural_tie_verb_are_teams() -> None:
    article = tagged_article(
        "a1",
        _DRAW,
        [
            ("Kestrel Rovers", "ORG"),
            ("Velmora", "PERSON"),
            ("Ann Lee", "PERSON"),
            ("Tarnby", "GPE"),
            ("Kest Rvrs", "PERSON"),
            ("Dunmore", "NORP"),
            ("Holt Town", "FAC"),
        ],
    )
    found, _ = build_entities(Story([article]))
    assert _row(found, "Velmora").type == "ORG"
    assert _row(found, "Dunmore").type == "ORG"
    assert _row(found, "Holt Town").type == "ORG"
    # A person with a singular verb stays a person.
    assert _row(found, "Ann Lee").type == "PERSON"
    # The abbreviated form joins the one full name it shortens.
    assert _row(found, "Kest Rvrs") is _row(found, "Kestrel Rovers")


def test_no_team_without_a_fixture_or_a_plural_tie_verb() -> None:
    lines = [
        "Velmora hosts a festival every spring.",
        "Ann Lee and Bo Tan face charges in Tarnby.",
        "The case of Kestrel Rovers went to court.",
        "Kest Rvrs was painted on the wall.",
    ]
    names = [
        ("Velmora", "GPE"),
        ("Ann Lee", "PERSON"),
        ("Bo Tan", "PERSON"),
        ("Tarnby", "GPE"),
        ("Kestrel Rovers", "ORG"),
        ("Kest Rvrs", "PERSON"),
    ]
    found, _ = build_entities(Story([tagged_article("a1", lines, names)]))
    assert _row(found, "Velmora").type == "GPE"
    # Coordinated people take the plural: they stay people.
    assert _row(found, "Bo Tan").type == "PERSON"
    assert _row(found, "Tarnby").type == "GPE"
    # Not a team: no joining by abbreviation.
    assert _row(found, "Kest Rvrs") is not _row(found, "Kestrel Rovers")


def test_a_tie_verb_used_as_a_noun_makes_no_team() -> None:
    # "host" before a common noun ("host city", "host nation") is a noun, not a team's verb:
    # a tie's object is a name or a determined phrase.
    lines = [
        "The committee named Tarnby host city for the winter games.",
        "Velmora host the Tarnby Dragons on Saturday.",
    ]
    names = [("Tarnby", "GPE"), ("Velmora", "GPE"), ("Tarnby Dragons", "ORG")]
    found, _ = build_entities(Story([tagged_article("a1", lines, names)]))
    assert _row(found, "Tarnby").type == "GPE"
    # Negative: a tie with a determined object still makes its subject a team.
    assert _row(found, "Velmora").type == "ORG"


def test_a_short_form_shortening_two_teams_joins_neither() -> None:
    lines = [
        "Kestrel Rovers v Kestrel Rangers",
        "Kest Holt v Tarnby",
    ]
    names = [
        ("Kestrel Rovers", "ORG"),
        ("Kestrel Rangers", "ORG"),
        ("Kest Holt", "ORG"),
        ("Tarnby", "ORG"),
    ]
    found, _ = build_entities(Story([tagged_article("a1", lines, names)]))
    assert _row(found, "Kestrel Rovers") is not _row(found, "Kestrel Rangers")
    assert _row(found, "Kest Holt") is not _row(found, "Kestrel Rovers")


def test_two_names_a_letter_apart_both_written_twice_in_one_article_stay_apart() -> None:
    lines = [
        "Dolton v Tarnby",
        "Holt v Doston",
        "Dolton were drawn at home, and Doston away.",
    ]
    names = [("Dolton", "ORG"), ("Tarnby", "ORG"), ("Holt", "ORG"), ("Doston", "ORG")]
    found, _ = build_entities(Story([tagged_article("a1", lines, names)]))
    assert _row(found, "Dolton") is not _row(found, "Doston")


def test_a_slip_written_once_beside_the_right_spelling_still_joins() -> None:
    lines = [
        "Maria Dolenko spoke first.",
        "Dolenko said the board would meet.",
        "Later Dolenkho repeated it.",
    ]
    names = [("Maria Dolenko", "PERSON"), ("Dolenko", "PERSON"), ("Dolenkho", "PERSON")]
    found, _ = build_entities(Story([tagged_article("a1", lines, names)]))
    assert _row(found, "Dolenkho") is _row(found, "Maria Dolenko")


def test_a_one_word_team_is_no_abbreviation_of_a_longer_word() -> None:
    lines = ["Kelmarsh v Tarnby", "Marsh v Holt", "Orla v Orla Town"]
    names = [("Kelmarsh", "ORG"), ("Tarnby", "ORG"), ("Marsh", "ORG"), ("Holt", "ORG")]
    names += [("Orla Town", "GPE"), ("Orla", "ORG")]
    found, _ = build_entities(Story([tagged_article("a1", lines, names)]))
    assert _row(found, "Marsh") is not _row(found, "Kelmarsh")
    # A one-word team that is the first word of the one longer name joins it, a team too.
    assert _row(found, "Orla") is _row(found, "Orla Town")
    assert _row(found, "Orla Town").type == "ORG"


def test_a_plural_written_twice_beside_its_singular_still_joins() -> None:
    lines = [
        "The Velmoran delegation arrived.",
        "Velmorans cheered, and one Velmoran wept.",
        "Velmorans waved flags.",
    ]
    names = [("Velmoran", "NORP"), ("Velmorans", "NORP")]
    found, _ = build_entities(Story([tagged_article("a1", lines, names)]))
    assert _row(found, "Velmorans") is _row(found, "Velmoran")


def test_two_names_joined_by_a_slash_are_two_rows() -> None:
    lines = ["Tarnby v Dunmore/Holt Town", "Holt Town visit Tarnby.", "The AC/DC tour came."]
    names = [("Tarnby", "GPE"), ("Dunmore/Holt Town", "ORG"), ("Holt Town", "ORG")]
    names += [("AC/DC", "ORG")]
    found, _ = build_entities(Story([tagged_article("a1", lines, names)]))
    assert not any(a.form == "Dunmore/Holt Town" for e in found for a in e.aliases)
    assert any(a.form == "Dunmore" for e in found for a in e.aliases)
    assert _row(found, "Dunmore") is not _row(found, "Holt Town")
    # Capitals on both sides are one name.
    assert _row(found, "AC/DC").name == "AC/DC"


def test_a_slash_in_a_firm_name_outside_a_fixture_stays_one_name() -> None:
    lines = ["Shares of Velmora/Orla Group rose.", "Velmora/Orla Group said profits fell."]
    names = [("Velmora/Orla Group", "ORG")]
    found, _ = build_entities(Story([tagged_article("a1", lines, names)]))
    assert _row(found, "Velmora/Orla Group").name == "Velmora/Orla Group"
