"""Cues of a name's kind that must stay weak: a firm noun before a clause's subject, a
person's own headquarters, a storm word used as a common noun, a people's name after "a unit
of", and a general's bare rank. Invented articles; NER labels are tagged by hand."""

from __future__ import annotations

from crossbrief.model import Entity
from crossbrief.synthesize.entities.designators import designated_kind, form_kind, suffix_after
from crossbrief.synthesize.entities.gender import relation_cue, sure_gender
from tests.synthesize.builders import story_with_entities, tagged_everywhere


def _kind(text: str, form: str, label: str = "PERSON") -> str | None:
    at = text.index(form)
    return designated_kind(form, text, at, at + len(form), label, set())


def _holding(found: list[Entity], form: str) -> list[Entity]:
    return [e for e in found if any(a.form == form for a in e.aliases)]


def test_a_verb_after_the_name_makes_it_a_clause_subject_not_the_firm() -> None:
    assert _kind("The company Ann Lee sued last year must pay her.", "Ann Lee") is None
    assert _kind("The bank Ann Lee had trusted failed.", "Ann Lee") is None
    # Negative: a firm noun before a name that a verb of saying, a preposition or "to"
    # follows still names the firm.
    assert _kind("The insurer Velmar Dorn said claims would rise.", "Velmar Dorn") == "ORG"
    assert _kind("The company Velmar Dorn and its rivals fell.", "Velmar Dorn") == "ORG"
    assert _kind("They hired auditors Velmar Dorn to check.", "Velmar Dorn") == "ORG"


def test_a_persons_headquarters_or_board_is_no_firms_cue() -> None:
    assert _kind("Crowds gathered outside Ann Lee's headquarters in Orlen.", "Ann Lee") is None
    assert _kind("Ann Lee's board of advisers met.", "Ann Lee") is None
    # Negative: what only a firm has still marks one.
    assert _kind("Brava Tel's shareholders voted.", "Brava Tel") == "ORG"
    assert _kind("Brava Tel's chief executive resigned.", "Brava Tel") == "ORG"


def test_a_storm_word_after_an_article_designates_nothing() -> None:
    text = "After the hurricane Tessaly was without power for days."
    at = text.index("Tessaly")
    assert form_kind("Tessaly", text, at) is None
    # Negative: a lower-case designator with no article before it names the storm.
    other = "Residents fled as hurricane Ivara neared the coast."
    at = other.index("Ivara")
    assert form_kind("Ivara", other, at) == "EVENT"


def test_a_place_is_not_retyped_a_storm_by_a_lower_case_designator_alone() -> None:
    _, found = story_with_entities(
        tagged_everywhere(
            "a1",
            [
                "Hurricane Ivara struck Tessaly on Monday.",
                "Since hurricane Tessaly has had no power.",
                "Schools in Tessaly stayed shut.",
                "Officials in Tessaly counted the damage.",
            ],
            [("Hurricane Ivara", "ORG"), ("Tessaly", "GPE")],
        ),
        tagged_everywhere(
            "a2",
            ["Residents fled as hurricane Orvo neared.", "Orvo weakened overnight."],
            [("Orvo", "PERSON")],
        ),
    )
    assert [e.type for e in _holding(found, "Tessaly")] == ["GPE"]
    # Negative: a name the story only ever writes after a lower-case designator is the storm.
    assert [e.type for e in _holding(found, "Orvo")] == ["EVENT"]


def test_a_name_set_after_in_is_not_retyped_a_storm_by_a_lower_case_designator() -> None:
    _, found = story_with_entities(
        tagged_everywhere(
            "a1",
            [
                "Since hurricane Kestra has had no power.",
                "Schools in Kestra stayed shut.",
                "Officials in Kestra counted the damage.",
                "Hurricane Orvo moved on to Velmora.",
                "Residents fled as hurricane Orvo neared.",
                "Ivo Marsh said Orvo was the worst he had seen.",
            ],
            [("Hurricane Orvo", "ORG"), ("Kestra", "WORK_OF_ART"), ("Orvo", "PERSON")],
        ),
    )
    # Negative: the storm's short name still joins it.
    assert [e.type for e in _holding(found, "Orvo")] == ["EVENT"]
    assert [e.type for e in _holding(found, "Kestra")] != ["EVENT"]


def test_a_peoples_name_after_a_unit_of_stays_a_people() -> None:
    assert _kind("A unit of Velmoran soldiers reached Orlen.", "Velmoran", "NORP") is None
    assert _kind("Shares of Velmoran carmakers fell.", "Velmoran", "NORP") is None
    # Negative: a firm tagged a person after "a unit of" or "shares of" is still the firm.
    assert _kind("A unit of Dorn Halvik bought the mill.", "Dorn Halvik") == "ORG"
    assert _kind("Shares of Dorn Halvik fell.", "Dorn Halvik") == "ORG"


def test_a_generals_bare_rank_finds_the_general() -> None:
    _, found = story_with_entities(
        tagged_everywhere(
            "a1",
            [
                "Maj. Gen. Ann Lee, who commands the garrison in Orlen, met the mayor, "
                "Tom Lee, on Monday.",
                "General Lee said the troops would leave by June.",
            ],
            [("Maj. Gen. Ann Lee", "PERSON"), ("Tom Lee", "PERSON"), ("General Lee", "PERSON")],
        ),
    )
    assert [e.name for e in _holding(found, "General Lee")] == ["Ann Lee"]


def test_a_bare_office_is_not_a_deputys() -> None:
    _, found = story_with_entities(
        tagged_everywhere(
            "a1",
            [
                "Lt. Gov. Ann Lee met Tom Lee in Orlen on Monday.",
                "Gov. Lee said the budget was balanced.",
            ],
            [("Lt. Gov. Ann Lee", "PERSON"), ("Tom Lee", "PERSON"), ("Gov. Lee", "PERSON")],
        ),
    )
    # Negative: "Gov. Lee" is not the lieutenant governor.
    assert "Ann Lee" not in [e.name for e in _holding(found, "Gov. Lee")]


def test_an_age_after_the_name_leaves_the_kinship_noun_in_the_opening_clause() -> None:
    text = "After she divorced her husband, Ann Lee, 41, moved to Tessaly."
    at = text.index("Ann Lee")
    assert relation_cue(text, at, 0, at + 7) is None
    assert sure_gender(text, at, "Ann Lee", 0) is None
    # Negative: an apposition inside the opening clause is the relative, age or not.
    inner = "When his wife, Mira Velko, 41, arrived, the hall fell silent."
    at = inner.index("Mira Velko")
    assert relation_cue(inner, at, 0, at + 10) == "kin"
    assert sure_gender(inner, at, "Mira Velko", 0) == "f"


def test_a_suffix_is_no_hyphenated_words_first_part() -> None:
    assert suffix_after("Ann Lee Re-Elected", 7) == ""
    assert suffix_after("Brava Tel Co-Founder Ann Lee", 9) == ""
    # Negative: the suffix itself is still taken.
    assert suffix_after("Velmar Re said", 6) == " Re"
    assert suffix_after("Brava Tel Co. said", 9) == " Co."
