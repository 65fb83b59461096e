"""People sharing a surname: relatives set apart by a kinship noun or "the elder", a bare
surname's own pronoun, brothers whose names differ by a letter, a surname spelled like a
country code; and an organisation named by the words before its "of" (invented text)."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from crossbrief.model import Entity, Mention
from tests.synthesize.test_entities import article, entities


def _tagged(aid: str, text: str, forms: list[str]) -> Any:
    """The article with each form tagged a person after the end of the one before."""
    found, pos = [], 0
    for form in forms:
        start = text.index(form, pos)
        found.append(Mention(form, start, start + len(form), "PERSON"))
        pos = start + len(form)
    return replace(article(aid, text, []), mentions=tuple(found))


def _owner(found: list[Entity], aid: str, sentence: int) -> str:
    """The name of the entity holding the bare-surname mention of that sentence."""
    hits = [
        e.name
        for e in found
        for m in e.mentions
        if m.article == aid and m.sentence == sentence and " " not in m.text
    ]
    assert len(hits) == 1, hits
    return hits[0]


_MAIN = _tagged(
    "a",
    "Arun Velko spoke. Arun Velko left. Arun Velko came back. Velko waved.",
    ["Arun Velko", "Arun Velko", "Arun Velko", "Velko"],
)


def test_a_bare_surname_is_not_the_relative_introduced_with_a_kinship_noun() -> None:
    other = _tagged(
        "b",
        "Velko came with his wife Mira Velko. Velko said yes.",
        ["Velko", "Mira Velko", "Velko"],
    )
    found, _ = entities(_MAIN, other)
    assert _owner(found, "b", 0) == "Arun Velko"
    assert _owner(found, "b", 1) == "Arun Velko"


def test_a_bare_surname_is_the_namesake_its_article_names_without_kinship() -> None:
    other = _tagged("b", "Mira Velko arrived. Velko said yes.", ["Mira Velko", "Velko"])
    found, _ = entities(_MAIN, other)
    assert _owner(found, "b", 1) == "Mira Velko"


_TRIAL = (
    "Tomas Velko was tried. His father, Arun Velko, waited outside. Velko denied it. "
    "The elder Velko said nothing."
)


def test_the_elder_with_a_surname_is_the_relative_and_the_bare_surname_the_other() -> None:
    found, _ = entities(_tagged("a", _TRIAL, ["Tomas Velko", "Arun Velko", "Velko", "Velko"]))
    assert _owner(found, "a", 2) == "Tomas Velko"
    assert _owner(found, "a", 3) == "Arun Velko"


def test_without_elder_the_bare_surname_is_not_the_father_introduced_by_kinship() -> None:
    text = _TRIAL.replace("The elder Velko", "Velko")
    found, _ = entities(_tagged("a", text, ["Tomas Velko", "Arun Velko", "Velko", "Velko"]))
    assert _owner(found, "a", 3) == "Tomas Velko"


def _couple(aid: str) -> Any:
    return _tagged(aid, "Arun Velko spoke. Mira Velko spoke.", ["Arun Velko", "Mira Velko"])


def test_a_pronoun_settles_a_bare_surname_the_story_leaves_open() -> None:
    other = _tagged("c", "Velko said he would stay.", ["Velko"])
    found, _ = entities(_couple("a"), _couple("b"), other)
    assert _owner(found, "c", 0) == "Arun Velko"


def test_without_a_pronoun_a_bare_surname_of_two_namesakes_stays_apart() -> None:
    other = _tagged("c", "Velko said they would stay.", ["Velko"])
    found, _ = entities(_couple("a"), _couple("b"), other)
    assert _owner(found, "c", 0) == "Velko"


def test_names_a_letter_apart_are_two_people_where_one_is_the_others_brother() -> None:
    text = "Lu Jianping spoke, and his younger brother, Lu Jianpeng, was jailed."
    found, _ = entities(_tagged("a", text, ["Lu Jianping", "Lu Jianpeng"]))
    assert {e.name for e in found} == {"Lu Jianping", "Lu Jianpeng"}


def test_names_a_letter_apart_in_two_articles_are_one_spelling_variant() -> None:
    one = _tagged("a", "Lu Jianping spoke in court.", ["Lu Jianping"])
    two = _tagged("b", "Lu Jianpeng spoke in court.", ["Lu Jianpeng"])
    found, _ = entities(one, two)
    assert len(found) == 1


def test_a_surname_spelled_like_a_country_code_joins_its_full_name() -> None:
    text = "His wife, Hu Lanfen, spoke. Ms. Hu said the trial was unfair."
    found, _ = entities(_tagged("a", text, ["Hu Lanfen", "Ms. Hu"]))
    assert [e.name for e in found] == ["Hu Lanfen"]


def test_a_country_code_in_capitals_is_no_surname() -> None:
    text = "Lanfen Dosa spoke. HU said no."
    found, _ = entities(article("a", text, [("Lanfen Dosa", "PERSON"), ("HU", "PERSON")]))
    assert len(found) == 2


def test_an_organisation_named_by_its_head_is_the_longer_name() -> None:
    text = (
        "The Velora Institute of Marine Studies said so. A report by the Velora Institute "
        "for Marine Studies agreed. The Velora Institute said more. The Velora Institute of "
        "Marine Studies closed."
    )
    forms = ["Velora Institute of Marine Studies", "Velora Institute for Marine Studies"]
    forms += ["Velora Institute", "Velora Institute of Marine Studies"]
    found, _ = entities(article("a", text, [(f, "ORG") for f in forms]))
    assert [e.name for e in found] == ["Velora Institute of Marine Studies"]


def test_a_head_written_more_often_than_its_one_longer_form_stays_apart() -> None:
    text = "The Velora Union met. The Velora Union voted. The Velora Union for Fishers wrote."
    forms = ["Velora Union", "Velora Union", "Velora Union for Fishers"]
    found, _ = entities(article("a", text, [(f, "ORG") for f in forms]))
    assert len(found) == 2


def test_an_acronym_spelling_the_of_of_its_expansion_joins_it() -> None:
    text = "The Velora Plan of Renewal, or V.P.O.R., passed. Critics of the V.P.O.R. spoke."
    tags = [("Velora Plan of Renewal", "ORG"), ("V.P.O.R.", "ORG"), ("V.P.O.R.", "ORG")]
    found, _ = entities(article("a", text, tags))
    assert [e.name for e in found] == ["Velora Plan of Renewal"]


def test_an_acronym_spelling_another_name_stays_apart() -> None:
    text = "The Velora Plan of Renewal passed. The V.P.O.D. spoke."
    tags = [("Velora Plan of Renewal", "ORG"), ("V.P.O.D.", "ORG")]
    found, _ = entities(article("a", text, tags))
    assert len(found) == 2


def test_an_organisation_headed_before_on_is_the_longer_name() -> None:
    # "on" heads a name as "of" and "for" do ("a commission on fisheries"), as documented.
    text = (
        "The Velora Commission on Fisheries met. The Velora Commission said more. "
        "The Velora Commission on Fisheries closed."
    )
    forms = [
        "Velora Commission on Fisheries",
        "Velora Commission",
        "Velora Commission on Fisheries",
    ]
    found, _ = entities(article("a", text, [(f, "ORG") for f in forms]))
    assert [e.name for e in found] == ["Velora Commission on Fisheries"]
