"""A person split in two Who rows by the form of a surname: a full name with both surnames
in one outlet and with the first only in another ("Ana Ruiz Ortega" / "Ana Ruiz"), and a
surname ending in s written with the apostrophe before its s ("Mr Rees's" as "Mr Ree's").
Invented articles, the real pipeline."""

from __future__ import annotations

from typing import Any

from crossbrief.model import Entity
from tests.synthesize.builders import pipeline_entities


def _rows(found: list[Entity], *forms: str) -> set[str]:
    """The entity ids holding any of ``forms``."""
    return {e.id for e in found if any(a.form in forms for a in e.aliases)}


def test_a_name_with_both_surnames_is_the_name_with_the_first_only(nlp: Any) -> None:
    found = pipeline_entities(
        nlp,
        "President Ana Ruiz Ortega declared an emergency in Velmora on Monday.",
        "President Ana Ruiz visited the flooded towns of Velmora on Tuesday.",
    )
    assert len(_rows(found, "President Ana Ruiz Ortega", "President Ana Ruiz")) == 1


def test_two_people_with_different_second_surnames_stay_apart(nlp: Any) -> None:
    found = pipeline_entities(
        nlp,
        "President Ana Ruiz Ortega declared an emergency in Velmora on Monday.",
        "Minister Ana Ruiz Vidal visited the flooded towns of Velmora on Tuesday.",
        "Ana Ruiz thanked the harbour board on Wednesday.",
    )
    ortega = _rows(found, "President Ana Ruiz Ortega")
    vidal = _rows(found, "Minister Ana Ruiz Vidal")
    assert len(ortega) == 1 and len(vidal) == 1 and ortega != vidal
    # Negative: the short name may be either of them, so it joins neither.
    short = _rows(found, "Ana Ruiz")
    assert short and not short & (ortega | vidal)


def test_a_surname_s_written_after_the_apostrophe_is_the_surname(nlp: Any) -> None:
    found = pipeline_entities(
        nlp,
        "Former chief Tom Rees denies fraud at the harbour board of Velmora. Mr Rees said "
        "he knew nothing. Mr Ree's lawyers have said he was unaware of the accounts.",
        "Tom Rees went on trial in Velmora on Monday. Mr Rees spoke to reporters.",
    )
    assert len(_rows(found, "Tom Rees", "Mr Rees", "Mr Ree's", "Mr Ree")) == 1


def test_a_surname_ending_in_s_keeps_its_s_and_a_plain_shorter_surname_stays_apart(
    nlp: Any,
) -> None:
    found = pipeline_entities(
        nlp,
        "Tom Rees chairs the harbour board of Velmora. Mr Rees's deputy resigned on Monday.",
        "Mia Ree, a lawyer in Velmora, said on Monday that Mr Rees had been told. "
        "Ms Ree said the deputy would be replaced.",
    )
    rees = _rows(found, "Tom Rees", "Mr Rees")
    assert len(rees) == 1
    names = {e.name for e in found if e.id in rees}
    assert names == {"Tom Rees"}
    # Negative: a surname written without a possessive is no slip of the apostrophe.
    ree = _rows(found, "Mia Ree", "Ms Ree")
    assert len(ree) == 1 and ree != rees


def test_a_qualifier_before_a_country_or_a_firm_is_no_title_of_it(nlp: Any) -> None:
    found = pipeline_entities(
        nlp,
        "Aid came from Velmora and Ostrel. Former Velmoran President Ivo Brenn and his wife "
        "flew in on Monday. Senior Halvik Group managers followed on Tuesday.",
        "Velmora sent food, and Halvik Group sent trucks. Former President Ivo Brenn spoke.",
    )
    forms = {a.form for e in found for a in e.aliases}
    others = {a.form for e in found if e.type != "PERSON" for a in e.aliases}
    assert not {f for f in others if f.startswith(("Former ", "Senior "))}
    assert "Senior Halvik Group" not in forms
    # Negative: a qualifier before a title stays with the person's titled form.
    assert "Former President Ivo Brenn" in forms


def test_a_unit_glued_to_a_figure_is_no_part_of_the_name_after_it(nlp: Any) -> None:
    found = pipeline_entities(
        nlp,
        "The harbour board of Velmora lost $600m. Tessa Marlow said on Monday the money "
        "was gone. Marlow is the board's chair.",
        "Tessa Marlow said the board of Velmora would sell the pier.",
    )
    forms = {a.form for e in found for a in e.aliases}
    assert not {f for f in forms if f[:2] in {"m.", "m "}}
    # Negative: the name after the figure is still found, as itself.
    assert len(_rows(found, "Tessa Marlow")) == 1
