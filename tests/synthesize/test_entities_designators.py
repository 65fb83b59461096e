"""Entity types the words in or around a name give away: a storm after its designator, a firm
by its suffix or the words news writes around a firm, a school by its head word. Invented
articles; NER slips are tagged by hand where the model's own labels would vary."""

from __future__ import annotations

from typing import Any

from crossbrief.model import Entity
from crossbrief.synthesize.entities import build_entities
from crossbrief.synthesize.entities.designators import designated_kind, suffix_after
from tests.synthesize.builders import story_with_entities, tagged_article, tagged_everywhere
from tests.synthesize.stories import texts_story


def _typed(found: list[Entity]) -> dict[str, str]:
    return {e.name: e.type for e in found}


def _holding(found: list[Entity], form: str) -> list[Entity]:
    return [e for e in found if any(a.form == form for a in e.aliases)]


def test_a_storms_short_name_joins_it_as_an_event() -> None:
    _, found = story_with_entities(
        tagged_everywhere(
            "a1",
            [
                "Hurricane Ivara struck the Orla coast on Monday.",
                "Ivara weakened as it moved inland.",
                "Ivara was the worst storm he had seen, the mayor said.",
            ],
            [("Hurricane Ivara", "ORG"), ("Ivara", "PERSON"), ("Orla", "GPE")],
        ),
        tagged_everywhere(
            "a2",
            [
                "Rescuers reached villages cut off by ex-hurricane Ivara.",
                "Hurricane Ivara was the strongest storm of the year.",
                "Forecaster Dana Storm said the rains would stop by Friday.",
            ],
            [("Hurricane Ivara", "EVENT"), ("Ivara", "PERSON"), ("Dana Storm", "PERSON")],
        ),
    )
    storm = _holding(found, "Hurricane Ivara")
    assert len(storm) == 1 and storm[0].type == "EVENT"
    assert storm[0].name == "Hurricane Ivara"
    # Negative: the short form joined it, no person "Ivara" is left, and a person whose
    # surname is a storm's word stays a person.
    assert "Ivara" not in _typed(found)
    assert _typed(found)["Dana Storm"] == "PERSON"


def test_a_person_addressed_with_a_storms_name_stays_a_person() -> None:
    _, found = story_with_entities(
        tagged_everywhere(
            "a1",
            [
                "Hurricane Ivara flooded the valley.",
                "Mr. Ivara, the mayor, said the dam held.",
            ],
            [("Hurricane Ivara", "EVENT"), ("Mr. Ivara", "PERSON")],
        ),
    )
    assert _holding(found, "Hurricane Ivara")[0].type == "EVENT"
    assert _holding(found, "Mr. Ivara")[0].type == "PERSON"


def test_a_company_suffix_left_out_of_the_span_makes_the_firm() -> None:
    assert suffix_after("Velmar Re said on Monday", len("Velmar")) == " Re"
    assert suffix_after("Brava Holdings, Inc. said", len("Brava Holdings")) == ", Inc."
    # Negative: a mail subject's "Re:", a lower-case word and a person's next word are none.
    assert suffix_after("Velmar Re: the claims", len("Velmar")) == ""
    assert suffix_after("Velmar reported a loss", len("Velmar")) == ""
    assert suffix_after("Ann Lee Reyes said", len("Ann Lee")) == ""
    _, found = story_with_entities(
        tagged_article(
            "a1",
            ["Velmar Re said claims would be large."],
            [("Velmar", "GPE")],
        ),
        tagged_article(
            "a3", ["Dora Velmar Reyes, a broker, agreed."], [("Dora Velmar Reyes", "PERSON")]
        ),
        tagged_article(
            "a2", ["Velmar Re, the reinsurer, said costs would rise."], [("Velmar", "NORP")]
        ),
    )
    firm = _holding(found, "Velmar Re")
    assert len(firm) == 1 and firm[0].type == "ORG" and len(firm[0].mentions) == 2
    # Negative: a person whose surname opens with the suffix's letters is no firm.
    assert [e.type for e in _holding(found, "Dora Velmar Reyes")] == ["PERSON"]


def test_the_words_around_a_firm_overrule_a_person_tag() -> None:
    text = "The harbour board hired auditors Dorn Halvik to check its books."
    at = text.index("Dorn")
    assert designated_kind("Dorn Halvik", text, at, at + 11, "PERSON", set()) == "ORG"
    for other in (
        "Shares of Dorn Halvik fell 4%.",
        "Dorn Halvik's chief executive resigned.",
    ):
        at = other.index("Dorn")
        assert designated_kind("Dorn Halvik", other, at, at + 11, "PERSON", set()) == "ORG"
    # Negative: a lawyer is one person, a firm a person founded leaves its founder a person,
    # a person's husband is no firm's, and a place keeps its label.
    for other in (
        "The lawyer Dorn Halvik checked the books.",
        "The firm Dorn Halvik founded grew fast.",
        "Dorn Halvik's husband said nothing.",
    ):
        at = other.index("Dorn")
        assert designated_kind("Dorn Halvik", other, at, at + 11, "PERSON", set()) is None
    place = "She bought a stake in Velmora."
    at = place.index("Velmora")
    assert designated_kind("Velmora", place, at, at + 7, "GPE", set()) is None


def test_a_firm_named_by_its_cue_once_is_the_firm_throughout() -> None:
    _, found = story_with_entities(
        tagged_everywhere(
            "a1",
            [
                "The harbour board hired auditors Dorn Halvik to check its books.",
                "Halvik found no gaps in the ledgers.",
                "Mrs. Halvik, a clerk, was not involved.",
            ],
            [("Dorn Halvik", "PERSON"), ("Mrs. Halvik", "PERSON"), ("Halvik", "PERSON")],
        ),
    )
    firm = _holding(found, "Dorn Halvik")
    assert firm and firm[0].type == "ORG"
    # Negative: the woman addressed by the name stays a person.
    assert all(e.type == "PERSON" for e in _holding(found, "Mrs. Halvik"))


def test_a_firms_possessive_before_a_speakers_name_is_the_firm() -> None:
    text = "Brava Tel's Ivo Marsh said the market would recover."
    at = text.index("Ivo")
    assert designated_kind("Brava Tel", text, 0, 9, "PERSON", {at}) == "ORG"
    quoted = '"It will recover," said Brava Tel\'s Ivo Marsh.'
    start = quoted.index("Brava")
    person = {quoted.index("Ivo")}
    assert designated_kind("Brava Tel", quoted, start, start + 9, "PERSON", person) == "ORG"
    # Negative: with no person's name after the possessive nothing is said, and a work
    # titled with a person's name leaves its author a person ("Ann Lee's Vera Marsh").
    assert designated_kind("Brava Tel", text, 0, 9, "PERSON", set()) is None
    work = "Her films include Dora Velk's Vera Marsh, which won a prize."
    start, person = work.index("Dora"), {work.index("Vera")}
    assert designated_kind("Dora Velk", work, start, start + 9, "PERSON", person) is None


def test_a_school_is_an_organisation_even_after_a_title() -> None:
    _, found = story_with_entities(
        tagged_article(
            "a1",
            [
                "Former Orlen University coach Tam Reyes spoke at the hearing.",
                "He had studied at the University of Tessaly.",
                "Mr. Orlen, his coach, said he was shocked.",
            ],
            [
                ("Former Orlen University", "PERSON"),
                ("Tam Reyes", "PERSON"),
                ("University of Tessaly", "PERSON"),
                ("Mr. Orlen", "PERSON"),
            ],
        ),
    )
    types = _typed(found)
    assert types["Orlen University"] == "ORG"
    assert types["University of Tessaly"] == "ORG"
    # Negative: a man addressed by the school's first word stays a person.
    assert _holding(found, "Mr. Orlen")[0].type == "PERSON"
    assert types["Tam Reyes"] == "PERSON"


def test_storm_and_firm_names_with_the_real_model(nlp: Any) -> None:
    texts = (
        "Typhoon Keldra hit the island of Oruma on Sunday, officials said. "
        "Keldra brought heavy rain to the north of Oruma.",
        "Keldra weakened on Monday after Typhoon Keldra crossed the strait. "
        "Keldra was the worst storm she had known, a farmer said. "
        "Mitchell Storm, a teacher in Oruma, said his school was closed.",
    )
    found, _ = build_entities(texts_story(nlp, *texts, source="s"))
    storm = _holding(found, "Typhoon Keldra")
    assert len(storm) == 1 and storm[0].type == "EVENT"
    assert not [e for e in found if e.name == "Keldra" and e.type == "PERSON"]
    # Negative: a person whose surname is "Storm" stays a person, joined to no storm.
    teacher = _holding(found, "Mitchell Storm")
    assert teacher and teacher[0].type == "PERSON"
