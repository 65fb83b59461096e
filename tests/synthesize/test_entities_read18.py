"""Entity rows the session-18 read found joined wrong: a body named after another body
(the players' union of a league) run into the league's row. Invented articles, each name
tagged by hand wherever it occurs outside a longer name listed before it."""

from __future__ import annotations

from crossbrief.model import AnalyzedArticle
from crossbrief.synthesize.entities import build_entities
from crossbrief.synthesize.story import Story
from tests.synthesize.builders import tagged_everywhere, with_form

_LEAGUE = "Orlen Rowing League"


def _dispute(extra: str) -> AnalyzedArticle:
    lines = [
        f"The {_LEAGUE} locked out its crews on Monday.",
        f"Talks between the {_LEAGUE} and its rowers broke down.",
        f"The {_LEAGUE} said it would cancel the spring regatta.",
        extra,
    ]
    names = [(f"{_LEAGUE} {w}", "ORG") for w in ("Oarsmen Association", "Ends Lockout")]
    return tagged_everywhere(
        "a1", lines, [*names, ("Oarsmen Association", "ORG"), (_LEAGUE, "ORG")]
    )


def test_a_union_named_after_its_league_is_a_body_of_its_own() -> None:
    extra = (
        f"The {_LEAGUE} Oarsmen Association filed a grievance, "
        "and the Oarsmen Association will meet on Friday."
    )
    found, _ = build_entities(Story([_dispute(extra)]))
    league = with_form(found, _LEAGUE)
    union = with_form(found, f"{_LEAGUE} Oarsmen Association")
    assert league and union and league != union, [(e.name, e.aliases) for e in found]
    # The union's short name goes with the union, not with the league it bargains with.
    assert with_form(found, "Oarsmen Association") == union


def test_a_headline_run_on_of_the_league_still_joins_it() -> None:
    # Negative: a rare span running a headline on after the league's name is the league.
    extra = f"A story headed {_LEAGUE} Ends Lockout ran on Tuesday."
    found, _ = build_entities(Story([_dispute(extra)]))
    assert with_form(found, f"{_LEAGUE} Ends Lockout") == with_form(found, _LEAGUE)


def _owners(line: str) -> list[AnalyzedArticle]:
    first = tagged_everywhere(
        "a1",
        ["Tom Ravel scored twelve points for the Gulls.", "Portugal sent its sports minister."],
        [("Tom Ravel", "PERSON"), ("Portugal", "GPE")],
    )
    names = [("Ida Marsh", "PERSON"), ("Ben Oak", "PERSON"), ("Ravel", "GPE"), ("Lisbon", "GPE")]
    return [first, tagged_everywhere("a2", ["The talks went on all night.", line], names)]


def test_a_city_after_a_persons_name_and_of_is_no_players_surname() -> None:
    line = "The owners Ida Marsh of Ravel and Ben Oak of Lisbon came to the talks."
    found, _ = build_entities(Story(_owners(line)))
    rows = {e.name: [a.form for a in e.aliases] for e in found}
    assert with_form(found, "Ravel") != with_form(found, "Tom Ravel"), rows
    # ... and a capital after an owner's name is the city, no metonym of its country.
    assert with_form(found, "Lisbon") != with_form(found, "Portugal"), rows


def test_a_bare_surname_elsewhere_still_joins_the_player() -> None:
    # Negative: with no "<name> of" before it the surname is the player's, and a capital
    # that speaks stands for its country's government.
    line = "The coach praised Ravel after the game, and Lisbon said it would help."
    found, _ = build_entities(Story(_owners(line)))
    assert with_form(found, "Ravel") == with_form(found, "Tom Ravel")
    assert with_form(found, "Lisbon") == with_form(found, "Portugal")


_BODY = "Velmora Curling Association"


def _bodies(extra: str) -> AnalyzedArticle:
    lines = [
        f"The {_BODY} shut its rinks to the players on Monday.",
        f"The {_BODY} said the season might be lost.",
        f"Talks with the {_BODY} broke down.",
        extra,
    ]
    names = [(f"{_BODY} Players Association", "ORG"), ("Players Association", "ORG")]
    return tagged_everywhere("a1", lines, [*names, (_BODY, "ORG"), ("Curling Association", "ORG")])


def test_a_players_association_named_after_an_association_is_another_body() -> None:
    extra = f"The {_BODY} Players Association asked the Players Association lawyers to sue."
    found, _ = build_entities(Story([_bodies(extra)]))
    league = with_form(found, _BODY)
    union = with_form(found, f"{_BODY} Players Association")
    assert league and union and league != union, [(e.name, e.aliases) for e in found]
    assert with_form(found, "Players Association") == union


def test_a_shorter_form_of_the_association_still_joins_it() -> None:
    # Negative: a name keeping the body's words in order is a short form of it.
    found, _ = build_entities(Story([_bodies("The Curling Association will meet again.")]))
    assert with_form(found, "Curling Association") == with_form(found, _BODY)
