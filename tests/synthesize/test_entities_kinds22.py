"""Entity rows split or typed wrong, as the session-22 readers found them: a full name the NER
tags an organisation whose surname is hyphenated. Invented articles; the NER's slips are
tagged by hand."""

from __future__ import annotations

from dataclasses import replace

from tests.synthesize.builders import (
    story_with_entities,
    tagged_everywhere,
    types_with_form,
    with_form,
)


def test_a_full_name_tagged_a_body_joins_the_person_of_its_hyphenated_surname() -> None:
    _, found = story_with_entities(
        tagged_everywhere(
            "a1",
            ["Daniel Orvel-Brant quit the harbour board.", "Mr Orvel-Brant said he was sorry."],
            [("Daniel Orvel-Brant", "ORG"), ("Orvel-Brant", "PERSON")],
        ),
        tagged_everywhere(
            "a2",
            ["Critics of Daniel Orvel-Brant met in Velmora.", "Orvel-Brant did not reply."],
            [("Daniel Orvel-Brant", "ORG"), ("Orvel-Brant", "PERSON"), ("Velmora", "GPE")],
        ),
    )
    assert [e.type for e in with_form(found, "Daniel Orvel-Brant")] == ["PERSON"]
    assert with_form(found, "Daniel Orvel-Brant") == with_form(found, "Mr Orvel-Brant")


def test_a_body_ending_in_another_hyphenated_name_stays_a_body() -> None:
    # Negative: the tail "Lund-Hale" is no person's surname of the story ("Lund-Vik" is), so
    # the body keeps its type and its row.
    _, found = story_with_entities(
        tagged_everywhere(
            "a1",
            ["Maria Lund-Hale won the tender.", "Mr Lund-Vik said he would appeal."],
            [("Maria Lund-Hale", "ORG"), ("Lund-Vik", "PERSON")],
        ),
    )
    assert [e.type for e in with_form(found, "Maria Lund-Hale")] == ["ORG"]
    assert with_form(found, "Maria Lund-Hale") != with_form(found, "Mr Lund-Vik")


def test_a_member_s_letters_alone_are_no_row() -> None:
    _, found = story_with_entities(
        tagged_everywhere(
            "a1",
            [
                "Ann Lee quit the Velmora party.",
                "The MEP said she was leaving.",
                "The MEP's aide left.",
            ],
            [("Ann Lee", "PERSON"), ("Velmora", "NORP"), ("MEP", "ORG")],
        ),
    )
    assert with_form(found, "MEP") == []
    assert with_form(found, "MEP's") == []


def test_a_body_whose_acronym_opens_with_a_member_s_letters_keeps_its_row() -> None:
    # Negative: letters that only begin with a member's ("MEPA", "MPC") are a body's name.
    _, found = story_with_entities(
        tagged_everywhere(
            "a1",
            ["The MEPA fined the harbour board.", "The MEPA said the fine stands."],
            [("MEPA", "ORG")],
        ),
    )
    assert [e.type for e in with_form(found, "MEPA")] == ["ORG"]


def test_a_bracketed_short_form_of_a_name_s_tail_or_cut_from_its_words_joins_it() -> None:
    _, found = story_with_entities(
        tagged_everywhere(
            "a1",
            [
                "Ann Lee won at the Velmoran Court of Appeal for Sport (CAS) on Monday.",
                "The CAS ruling stands.",
                "She had used drugs from Tarvin Bay Lab Co-Operative (Tablco) for years.",
                "Tablco denies it.",
            ],
            [
                ("Ann Lee", "PERSON"),
                ("Velmoran Court of Appeal for Sport", "ORG"),
                ("CAS", "ORG"),
                ("Tarvin Bay Lab Co-Operative", "LOC"),
                ("Tablco", "PERSON"),
            ],
        ),
    )
    assert with_form(found, "CAS") == with_form(found, "Velmoran Court of Appeal for Sport")
    assert with_form(found, "Tablco") == with_form(found, "Tarvin Bay Lab Co-Operative")
    assert [e.type for e in with_form(found, "Tablco")] == ["ORG"]


def test_a_bracketed_word_not_cut_from_the_name_stays_apart() -> None:
    # Negative: a place in brackets after a body ("(Kestrel)") and letters that end no tail
    # of the name ("(HQ)") are not its short forms.
    _, found = story_with_entities(
        tagged_everywhere(
            "a1",
            [
                "The Orla Harbour Board (Kestrel) met.",
                "Kestrel is a port town.",
                "The Velmora Ferry Company (HQ) moved.",
                "HQ staff left.",
            ],
            [
                ("Orla Harbour Board", "ORG"),
                ("Kestrel", "GPE"),
                ("Velmora Ferry Company", "ORG"),
                ("HQ", "ORG"),
            ],
        ),
    )
    assert with_form(found, "Kestrel") != with_form(found, "Orla Harbour Board")
    assert with_form(found, "HQ") != with_form(found, "Velmora Ferry Company")


def test_an_untagged_bracketed_short_form_joins_the_name_before_it() -> None:
    made = tagged_everywhere(
        "a1",
        ["Ann Lee lost at the Velmoran Court of Appeal for Sport (CAS).", "The CAS upheld it."],
        [("Ann Lee", "PERSON"), ("Velmoran Court of Appeal for Sport", "ORG"), ("CAS", "ORG")],
    )
    bracket = made.article.text.index("(CAS)")
    untagged = replace(made, mentions=tuple(m for m in made.mentions if m.start != bracket + 1))
    _, found = story_with_entities(untagged)
    assert with_form(found, "CAS") == with_form(found, "Velmoran Court of Appeal for Sport")


def test_an_untagged_bracketed_word_not_cut_from_the_name_stays_apart() -> None:
    # Negative: a town in brackets after a firm (where it sits) is no short form of it.
    made = tagged_everywhere(
        "a1",
        ["The Velmora Ferry Company (Kestrel) was sold.", "Kestrel is a port town."],
        [("Velmora Ferry Company", "ORG"), ("Kestrel", "GPE")],
    )
    bracket = made.article.text.index("(Kestrel)")
    untagged = replace(made, mentions=tuple(m for m in made.mentions if m.start != bracket + 1))
    _, found = story_with_entities(untagged)
    assert with_form(found, "Kestrel") != with_form(found, "Velmora Ferry Company")
    assert [e.type for e in with_form(found, "Kestrel")] == ["GPE"]


def test_a_brand_written_in_the_plural_is_one_product_row() -> None:
    _, found = story_with_entities(
        tagged_everywhere(
            "a1",
            ["Velcor sold the Velpod in May.", "Shops had no Velpods left.", "The Velpod is dear."],
            [("Velcor", "ORG"), ("Velpods", "PRODUCT"), ("Velpod", "ORG")],
        ),
    )
    assert with_form(found, "Velpods") == with_form(found, "Velpod")
    assert [e.type for e in with_form(found, "Velpod")] == ["PRODUCT"]


def test_a_family_written_in_the_plural_keeps_its_rows() -> None:
    # Negatives: "the Orsics" beside "Mr Orsic" is his family, and "the Greens" (always after
    # "the") a party's members: neither is a product.
    _, found = story_with_entities(
        tagged_everywhere(
            "a1",
            [
                "Mr Orsic said he would stay.",
                "The Orsics left Velmora in May.",
                "Green won a seat.",
                "Voters backed the Greens.",
            ],
            [
                ("Orsics", "PERSON"),
                ("Orsic", "PERSON"),
                ("Velmora", "GPE"),
                ("Greens", "ORG"),
                ("Green", "ORG"),
            ],
        ),
    )
    assert "PRODUCT" not in [e.type for e in found]
    assert with_form(found, "Greens") != with_form(found, "Green")


def test_a_team_named_mostly_in_the_plural_is_no_product() -> None:
    # Negative: "Herons" (a team, written far more in the plural than "a Heron") keeps its
    # type even where the NER once tags the plural a product.
    _, found = story_with_entities(
        tagged_everywhere(
            "a1",
            ["Herons won again.", "Herons fans sang.", "Herons lead.", "A Heron scored."],
            [("Herons", "PRODUCT"), ("Heron", "ORG")],
        ),
        tagged_everywhere("a2", ["Herons lost at home.", "Herons fell."], [("Herons", "ORG")]),
    )
    assert "PRODUCT" not in types_with_form(found, "Heron")
