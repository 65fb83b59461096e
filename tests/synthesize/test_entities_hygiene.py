"""Entity panel hygiene from a read of real briefs (session 8): seats of government and
datelines, party tags, title-only spans, bracketed short forms (invented text)."""

from __future__ import annotations

import re
from dataclasses import replace

import pytest

from crossbrief.model import Entity, Mention
from crossbrief.synthesize.entities.brackets import spells
from tests.synthesize.test_entities import article, entities, holding
from tests.synthesize.test_entities_panel import _forms


def test_a_seat_of_government_is_its_own_entity_and_its_acronym_joins_it() -> None:
    text = "The United States voted. The White House said no. WH aides left. America waits."
    found, _ = entities(
        article(
            "a",
            text,
            [("United States", "GPE"), ("White House", "ORG"), ("WH", "ORG"), ("America", "GPE")],
        )
    )
    us, seat = holding(found, "United States"), holding(found, "White House")
    assert seat is not us and holding(found, "WH") is seat and holding(found, "America") is us
    assert us.name == "United States"


def test_a_capital_in_a_dateline_is_the_city_and_elsewhere_a_metonym() -> None:
    text = "VELMOR CITY\nSTOCKHOLM -- Sweden voted. Stockholm said no."
    found, _ = entities(
        article("a", text, [("STOCKHOLM", "GPE"), ("Sweden", "GPE"), ("Stockholm", "GPE")])
    )
    sweden = holding(found, "Sweden")
    assert holding(found, "STOCKHOLM") is not sweden
    assert holding(found, "Stockholm") is sweden


def test_a_city_named_only_in_a_dateline_is_not_shouted() -> None:
    text = "BEIJING (AP) -- China said on Monday it would respond. Beijing warned Washington."
    mentions = [("BEIJING", "GPE"), ("China", "GPE"), ("Beijing", "GPE"), ("Washington", "GPE")]
    found, _ = entities(article("a", text, mentions))
    city = holding(found, "BEIJING")
    assert city.name == "Beijing" and city is not holding(found, "China")


def test_a_name_written_outside_datelines_is_spelled_as_written() -> None:
    dated = [article(x, "LEEDS -- Police said so.", [("LEEDS", "GPE")]) for x in "ab"]
    found, _ = entities(*dated, article("c", "Police in Leeds said so.", [("Leeds", "GPE")]))
    assert holding(found, "LEEDS").name == "Leeds"
    found, _ = entities(article("a", "The NATO summit ended. NATO left.", [("NATO", "ORG")] * 2))
    assert holding(found, "NATO").name == "NATO"


@pytest.mark.parametrize(
    ("text", "label"), [("CNN -- It rained.", "ORG"), ("MLB said it rained.", "GPE")]
)
def test_an_acronym_opening_a_line_is_no_dateline_to_title_case(text: str, label: str) -> None:
    found, _ = entities(article("a", "Words.\n" + text, [(text.split()[0], label)]))
    assert found[0].name == text.split()[0]


@pytest.mark.parametrize(
    ("text", "tagged"),
    [
        ("Ann Pike (R-Va.) spoke. Virginia voted.", ["R-", "Va."]),
        ("Ann Pike, D- Calif., spoke. Virginia voted.", ["D-", "Calif."]),
        ("Ann Pike, R- S.C., spoke. Virginia voted.", ["R-", "S.C."]),
        ("Ann Pike (D-CA) spoke. Virginia voted.", ["D-CA"]),
    ],
)
def test_a_party_and_state_tag_is_no_name(text: str, tagged: list[str]) -> None:
    mentions = [("Ann Pike", "PERSON"), *((t, "GPE") for t in tagged), ("Virginia", "GPE")]
    found, _ = entities(article("a", text, mentions))
    assert _forms(found) == {"Ann Pike", "Virginia"}


def test_a_state_after_a_comma_that_is_no_party_tag_stays() -> None:
    text = "They met in Reno, Nev., on Monday. Ann Pike spoke."
    found, _ = entities(
        article("a", text, [("Reno", "GPE"), ("Nev.", "GPE"), ("Ann Pike", "PERSON")])
    )
    assert "Nev." in _forms(found)


def test_a_person_span_ending_in_a_title_is_no_name() -> None:
    text = "Police Sgt. Ann Pike spoke. Ben Ross spoke."
    found, _ = entities(
        article(
            "a", text, [("Police Sgt.", "PERSON"), ("Ann Pike", "PERSON"), ("Ben Ross", "PERSON")]
        )
    )
    assert {e.name for e in found} == {"Ann Pike", "Ben Ross"}


def test_a_bracketed_short_form_after_a_name_is_its_alias() -> None:
    text = (
        "Velmor Data Systems Inc. (VDS) was sold. VDS had 40 staff. Tarsk Corp. (NYSE: TRK) paid."
    )
    found, _ = entities(
        article(
            "a",
            text,
            [
                ("Velmor Data Systems Inc.", "ORG"),
                ("VDS", "ORG"),
                ("VDS", "ORG"),
                ("Tarsk Corp.", "ORG"),
                ("NYSE", "ORG"),
                ("TRK", "ORG"),
            ],
        )
    )
    vds = holding(found, "Velmor Data Systems Inc.")
    assert holding(found, "VDS") is vds and vds.mentions and len(vds.mentions) == 3
    assert holding(found, "TRK") is holding(found, "Tarsk Corp.")
    assert holding(found, "NYSE") is not holding(found, "Tarsk Corp.")


def test_a_bracket_that_spells_nothing_of_the_name_stays_apart() -> None:
    text = "Velmor Data Systems (Reuters) fell. Ann Pike (UPI) wrote."
    found, _ = entities(
        article(
            "a",
            text,
            [
                ("Velmor Data Systems", "ORG"),
                ("Reuters", "ORG"),
                ("Ann Pike", "PERSON"),
                ("UPI", "ORG"),
            ],
        )
    )
    assert holding(found, "Reuters") is not holding(found, "Velmor Data Systems")
    assert holding(found, "UPI") is not holding(found, "Ann Pike")


@pytest.mark.parametrize(
    ("short", "name", "expected"),
    [
        ("VHB HS", "VHB Harbour Services", True),
        ("RCMP", "Royal Canadian Mounted Police", True),
        ("HS", "VHB Harbour Services", False),
        ("CMP", "Royal Canadian Mounted Police", False),
        ("A", "Ann", False),
    ],
)
def test_spells(short: str, name: str, expected: bool) -> None:
    assert spells(short, name) is expected


def test_a_person_whose_surname_is_a_title_word_stays() -> None:
    text = "Ben King spoke. King left."
    found, _ = entities(article("a", text, [("Ben King", "PERSON"), ("King", "PERSON")]))
    assert holding(found, "King") is holding(found, "Ben King")


def _people(*texts: str) -> list[Entity]:
    """Articles with every "Lee" name tagged a person, each at its own offsets."""
    articles = []
    for i, text in enumerate(texts):
        found = article(f"a{i}", text, [])
        names = re.finditer(r"(?:Mrs\. )?(?:Ann |Tom )?Lee\b", text)
        mentions = tuple(Mention(n.group(), n.start(), n.end(), "PERSON") for n in names)
        articles.append(replace(found, mentions=mentions))
    return entities(*articles)[0]


def test_a_titled_surname_stands_for_whom_it_stood_for_where_one_was_named() -> None:
    found = _people(
        "Ann Lee spoke. Mrs. Lee left.",
        "Tom Lee came. Ann Lee came. Tom Lee sat. Mrs. Lee spoke. Lee waved.",
    )
    ann, tom = holding(found, "Ann Lee"), holding(found, "Tom Lee")
    assert sum(m.text == "Mrs. Lee" for m in ann.mentions) == 2
    # The bare surname of an article naming both, neither named far more, stays open.
    assert not any(m.text == "Lee" for m in [*ann.mentions, *tom.mentions])


def test_the_far_more_named_counts_the_surnames_resolved_elsewhere() -> None:
    found = _people(
        "Ann Lee spoke. Lee left. Lee sat. Lee ran. Lee won.",
        "Tom Lee came. Ann Lee came. Lee spoke.",
    )
    ann = holding(found, "Ann Lee")
    assert [m.article for m in ann.mentions if m.text == "Lee"] == ["a0"] * 4 + ["a1"]


@pytest.mark.parametrize(
    ("text", "linked"),
    [
        ("Chairwoman Tom Ross spoke. Mr. Ross left. The chairwoman was sorry.", False),
        ("Chairwoman Ann Ross spoke. Ms. Ross left. The chairwoman was sorry.", True),
    ],
)
def test_a_womans_role_never_joins_a_man_addressed_as_mr(text: str, linked: bool) -> None:
    names = re.finditer(r"(?:Mr\. |Ms\. |Chairwoman )?(?:Tom |Ann )?Ross\b", text)
    mentions = tuple(Mention(n.group(), n.start(), n.end(), "PERSON") for n in names)
    found, _ = entities(replace(article("a", text, []), mentions=mentions))
    forms = {a.form for e in found for a in e.aliases if a.kind == "role"}
    assert ("The chairwoman" in forms) is linked


def test_a_name_the_story_calls_a_newspaper_is_an_organisation() -> None:
    text = "Velmor newspaper wrote it. Peace is near, said Velmor. Ann Pike said so."
    found, _ = entities(
        article("a", text, [("Velmor", "PERSON"), ("Velmor", "PERSON"), ("Ann Pike", "PERSON")])
    )
    assert holding(found, "Velmor").type == "ORG" and holding(found, "Ann Pike").type == "PERSON"


def test_a_person_after_newspaper_heading_a_clause_stays_a_person() -> None:
    text = "The Gazette is a newspaper John Smith founded in 1990. Smith said so. John Smith left."
    mentions = [("Gazette", "ORG"), ("John Smith", "PERSON"), ("Smith", "PERSON")]
    found, _ = entities(article("a", text, [*mentions, ("John Smith", "PERSON")]))
    assert holding(found, "John Smith").type == "PERSON"


@pytest.mark.parametrize(
    "text",
    [
        "It ran in the newspaper Velmor on Monday. Velmor agreed.",
        "The daily Velmor reported it. Velmor agreed.",
        "Peace is near, wrote the newspaper Velmor. Velmor agreed.",
        "The daily Velmor's editor left. Velmor agreed.",
    ],
)
def test_a_name_right_after_newspaper_is_its_title(text: str) -> None:
    found, _ = entities(article("a", text, [("Velmor", "PERSON"), ("Velmor", "PERSON")]))
    assert holding(found, "Velmor").type == "ORG"


def test_markup_the_ner_took_for_a_name_is_no_entity() -> None:
    text = "Its skills %%VDSX%% complement ours. Velmor Data agreed."
    found, _ = entities(article("a", text, [("VDSX%%", "ORG"), ("Velmor Data", "ORG")]))
    assert _forms(found) == {"Velmor Data"}


def test_a_span_opened_inside_a_wire_credit_starts_after_its_dash() -> None:
    text = "VELMOR (Reuters)-The Velmor Party met."
    found, _ = entities(article("a", text, [("Reuters)-The Velmor Party", "ORG")]))
    assert _forms(found) == {"The Velmor Party"}


def test_a_person_before_daily_or_radio_or_owning_a_newspaper_stays_a_person() -> None:
    text = "Ann Pike spoke. Pike daily briefings, Pike radio shows, Pike's newspaper went on."
    names = re.finditer(r"(?:Ann )?Pike\b", text)
    mentions = tuple(Mention(n.group(), n.start(), n.end(), "PERSON") for n in names)
    found, _ = entities(replace(article("a", text, []), mentions=mentions))
    assert [(e.name, e.type, len(e.mentions)) for e in found] == [("Ann Pike", "PERSON", 4)]
