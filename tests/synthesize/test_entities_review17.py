"""Review fixes of session 17 on the entity side: a kinship noun counts after a name only
when it heads the apposition, a team joined to its numbered nickname is a team, and a legal
form after a firm's name (AS, SE, BV) is the firm itself. Invented articles; NER slips are
tagged by hand where the model's own labels would vary."""

from __future__ import annotations

from crossbrief.synthesize.entities.gender import FEMALE, MALE, relation_cue, sure_gender
from tests.synthesize.builders import (
    story_with_entities,
    tagged_everywhere,
    types_with_form,
    with_form,
)


def _kin(body: str, name: str) -> tuple[str | None, str | None]:
    """The sure gender and the relation cue of the first ``name`` in ``body``."""
    start = body.index(name)
    end = start + len(name)
    return sure_gender(body, start, name), relation_cue(body, start, start, end)


def test_a_kinship_noun_after_a_preposition_in_the_apposition_is_someone_elses() -> None:
    # "a lawyer for the mother" is the lawyer, not the mother.
    assert _kin("Dana Brook, a lawyer for the mother, spoke.", "Dana Brook") == (None, None)
    assert _kin("Dana Brook, a neighbour of the father, spoke.", "Dana Brook") == (None, None)
    assert _kin("Dana Brook, an aide to the widow, spoke.", "Dana Brook") == (None, None)


def test_a_mother_of_several_marks_no_relative() -> None:
    assert _kin("Dana Brook, a mother of three, spoke.", "Dana Brook") == (None, None)
    assert _kin("Dana Brook, the father of two, spoke.", "Dana Brook") == (None, None)


def test_a_kinship_noun_heading_the_apposition_still_counts() -> None:
    # Negative of the two above: a possessive or "of" a person marks the relative.
    assert _kin("Dana Brook, his father, spoke.", "Dana Brook") == (MALE, "kin")
    assert _kin("Dana Brook, the boy's mother, spoke.", "Dana Brook") == (FEMALE, "kin")
    assert _kin("Dana Brook, the father of the boy, spoke.", "Dana Brook") == (MALE, "kin")
    assert _kin("Dana Brook, a sister of the victim, spoke.", "Dana Brook") == (FEMALE, "kin")
    assert _kin("Dana Brook, her late husband, spoke.", "Dana Brook") == (MALE, "kin")


def test_a_team_joined_to_its_numbered_nickname_is_a_team() -> None:
    # The NER tags the nickname a person in most of its mentions.
    _, found = story_with_entities(
        tagged_everywhere(
            "a1",
            [
                "The Tessaly 84ers won the cup on Friday.",
                "The Fourers trailed at half-time.",
                "Coach Dana Brook praised the Fourers.",
            ],
            [("Tessaly 84ers", "ORG"), ("Fourers", "PERSON"), ("Dana Brook", "PERSON")],
        ),
    )
    assert with_form(found, "Fourers") == with_form(found, "Tessaly 84ers")
    assert types_with_form(found, "Fourers") == ["ORG"]
    # Negative: the person beside the team keeps her type.
    assert types_with_form(found, "Dana Brook") == ["PERSON"]


def test_a_legal_form_after_a_firms_name_is_the_firm() -> None:
    _, found = story_with_entities(
        tagged_everywhere(
            "a1",
            ["Kestrel AS said it would cut jobs.", "Kestrel said orders fell."],
            [("Kestrel AS", "ORG"), ("Kestrel", "ORG")],
        ),
        tagged_everywhere(
            "a2",
            ["Kestrel BV opened a plant.", "Kestrel said it was hiring."],
            [("Kestrel BV", "ORG"), ("Kestrel", "ORG")],
        ),
    )
    assert with_form(found, "Kestrel AS") == with_form(found, "Kestrel")
    assert with_form(found, "Kestrel BV") == with_form(found, "Kestrel")


def test_a_common_abbreviation_after_a_firms_name_still_stops_the_join() -> None:
    # Negative: "Kestrel FM" is the firm's station, not the firm.
    _, found = story_with_entities(
        tagged_everywhere(
            "a1",
            ["Kestrel FM aired the match.", "Kestrel said profits rose."],
            [("Kestrel FM", "ORG"), ("Kestrel", "ORG")],
        ),
    )
    assert with_form(found, "Kestrel FM")
    assert with_form(found, "Kestrel FM") != with_form(found, "Kestrel")
