"""Who panel defects from a second read of development briefs: a full name the NER tags an
organisation is a person's when its first word is a given name and the story names a person
of that surname, and a surname two people share is, in an article, the one it names in full;
newspapers after words qualifying "daily", firms after "bookmaker", pronunciation guides.
Invented articles; NER slips are tagged by hand."""

from __future__ import annotations

from dataclasses import replace

import pytest

from crossbrief.model import Mention
from tests.synthesize.builders import story_with_entities, tagged_everywhere, with_form


def test_a_full_name_tagged_a_body_joins_the_person_of_its_surname() -> None:
    _, found = story_with_entities(
        tagged_everywhere(
            "a1",
            ["The death of Teodor Velkaris angered students.", "Velkaris was shot on Friday."],
            [("Teodor Velkaris", "ORG"), ("Velkaris", "PERSON")],
        ),
        tagged_everywhere(
            "a2",
            ["Teo Velkaris, 15, was killed.", "Velkaris had left school early."],
            [("Teo Velkaris", "PERSON"), ("Velkaris", "PERSON")],
        ),
    )
    assert [e.type for e in with_form(found, "Teodor Velkaris")] == ["PERSON"]
    assert with_form(found, "Teodor Velkaris") == with_form(found, "Teo Velkaris")


def test_a_body_named_without_a_given_name_stays_a_body() -> None:
    # Negatives: a firm whose first word is no given name, one written after "the", and a
    # relative with another given name, beside people who share their last words.
    _, found = story_with_entities(
        tagged_everywhere(
            "a1",
            [
                "Shares of Dorn Velkaris fell.",
                "Shares in the Thomas Hallow rose.",
                "Velkaris and Hallow spoke.",
                "Ann Velkaris and Bo Hallow met.",
            ],
            [
                ("Dorn Velkaris", "ORG"),
                ("Thomas Hallow", "ORG"),
                ("Ann Velkaris", "PERSON"),
                ("Bo Hallow", "PERSON"),
                ("Velkaris", "PERSON"),
                ("Hallow", "PERSON"),
            ],
        )
    )
    assert [e.type for e in with_form(found, "Dorn Velkaris")] == ["ORG"]
    assert [e.type for e in with_form(found, "Thomas Hallow")] == ["ORG"]


def test_a_relative_tagged_a_body_is_not_retyped() -> None:
    # Negative: another given name beside the story's person of that surname is a relative;
    # typed a person, she would take his bare surname in her article.
    _, found = story_with_entities(
        tagged_everywhere(
            "a1",
            ["Mayor Tom Rellick spoke.", "Rellick said he would stay."],
            [("Tom Rellick", "PERSON"), ("Rellick", "PERSON")],
        ),
        tagged_everywhere("a2", ["Maria Rellick smiled."], [("Maria Rellick", "ORG")]),
    )
    assert [e.type for e in with_form(found, "Maria Rellick")] == ["ORG"]


@pytest.mark.parametrize(
    "line",
    [
        "Ann Lee wrote in daily Velmor on Monday.",
        "It was fair, said an editorial in the liberal daily Velmor.",
        "The pro-reform weekly Velmor reported it.",
        "It ran in the tabloid Velmor on Sunday.",
    ],
)
def test_a_name_after_an_adjective_and_daily_is_a_newspaper(line: str) -> None:
    _, found = story_with_entities(
        tagged_everywhere(
            "a1", [line, "Velmor agreed."], [("Ann Lee", "PERSON"), ("Velmor", "PERSON")]
        )
    )
    assert [e.type for e in with_form(found, "Velmor")] == ["ORG"]


def test_a_person_after_daily_words_stays_a_person() -> None:
    # Negative: a person named after a daily thing, and a newspaper's founder in a clause.
    _, found = story_with_entities(
        tagged_everywhere(
            "a1",
            [
                "The twice daily Velmor briefing began.",
                "Velmor spoke.",
                "It was the daily Ann Lee founded in May.",
                "Ann Lee said so.",
            ],
            [("Ann Lee", "PERSON"), ("Velmor", "PERSON")],
        )
    )
    assert [e.type for e in with_form(found, "Velmor")] == ["PERSON"]
    assert [e.type for e in with_form(found, "Ann Lee")] == ["PERSON"]


def test_a_name_after_bookmaker_is_a_firm() -> None:
    _, found = story_with_entities(
        tagged_everywhere(
            "a1",
            ["Rival bookmaker Tom Velder said it would pay.", "Tom Velder froze bets."],
            [("Tom Velder", "PERSON")],
        )
    )
    assert [e.type for e in with_form(found, "Tom Velder")] == ["ORG"]
    # Negative: a person whose bets a bookmaker took stays a person.
    _, kept = story_with_entities(
        tagged_everywhere(
            "a1",
            ["A bookmaker took bets from Tom Velder.", "Tom Velder said he won."],
            [("Tom Velder", "PERSON")],
        )
    )
    assert [e.type for e in with_form(kept, "Tom Velder")] == ["PERSON"]


def test_a_pronunciation_guide_is_no_entity() -> None:
    _, found = story_with_entities(
        tagged_everywhere(
            "a1",
            ["Ann Ekvar (pronounced EK-vuh-rah) spoke first.", "Ekvar smiled."],
            [("Ann Ekvar", "PERSON"), ("EK-vuh-rah", "ORG"), ("Ekvar", "PERSON")],
        )
    )
    assert not with_form(found, "EK-vuh-rah")
    # Negatives: hyphenated names in capitals or title case are names.
    _, kept = story_with_entities(
        tagged_everywhere(
            "a1",
            ["Velo-Tel-Kestra and the BBC-ITV-SKY venture grew.", "Velo-Tel-Kestra agreed."],
            [("Velo-Tel-Kestra", "ORG"), ("BBC-ITV-SKY", "ORG")],
        )
    )
    assert with_form(kept, "Velo-Tel-Kestra") and with_form(kept, "BBC-ITV-SKY")


def _surname_holders(found: list, article: str) -> list[str]:  # type: ignore[type-arg]
    """The names of the entities holding a bare "Velko" of ``article``."""
    return [
        str(e.name) for e in found for m in e.mentions if m.article == article and m.text == "Velko"
    ]


def test_a_surname_two_people_share_is_the_one_its_article_names_in_full() -> None:
    # The NER tags one bare surname per article and misses the next: the missed one is
    # recovered for the namesake its own article writes in full.
    def made(aid: str, full: str) -> object:
        return tagged_everywhere(
            aid,
            [f"{full} arrived on Monday.", "Velko spoke first.", "By noon, Velko had left."],
            [(full, "PERSON")],
        )

    a1, a2 = made("a1", "Tom Velko"), made("a2", "Ann Velko")
    tagged = [
        replace(a, mentions=(*a.mentions, Mention("Velko", i, i + 5, "PERSON")))
        for a in (a1, a2)
        for i in [a.article.text.index("Velko spoke")]
    ]
    _, found = story_with_entities(*tagged)
    assert _surname_holders(found, "a1") == ["Tom Velko", "Tom Velko"]
    assert _surname_holders(found, "a2") == ["Ann Velko", "Ann Velko"]


def test_a_shared_surname_in_an_article_naming_both_is_left_open() -> None:
    # Negative: an article that writes both full names gives its missed surname to no one.
    both = tagged_everywhere(
        "a3",
        ["Tom Velko and Ann Velko arrived.", "By noon, Velko had left."],
        [("Tom Velko", "PERSON"), ("Ann Velko", "PERSON")],
    )
    one = tagged_everywhere(
        "a1", ["Tom Velko arrived.", "Velko spoke."], [("Tom Velko", "PERSON"), ("Velko", "PERSON")]
    )
    other = tagged_everywhere(
        "a2", ["Ann Velko arrived.", "Velko spoke."], [("Ann Velko", "PERSON"), ("Velko", "PERSON")]
    )
    _, found = story_with_entities(one, other, both)
    assert _surname_holders(found, "a3") == []


def test_a_shared_surname_is_left_open_where_the_other_namesake_is_addressed() -> None:
    # Negative: an article naming one namesake in full and the other only as "Mr. Velko"
    # gives its missed surname to neither: it may be his.
    made = tagged_everywhere(
        "a3", ["Ann Velko met Mr. Velko.", "By noon, Velko had left."], [("Ann Velko", "PERSON")]
    )
    at = made.article.text.index("Mr. Velko")
    addressed = replace(made, mentions=(*made.mentions, Mention("Mr. Velko", at, at + 9, "PERSON")))
    one = tagged_everywhere(
        "a1", ["Tom Velko arrived.", "Velko spoke."], [("Tom Velko", "PERSON"), ("Velko", "PERSON")]
    )
    other = tagged_everywhere(
        "a2", ["Ann Velko arrived.", "Velko spoke."], [("Ann Velko", "PERSON"), ("Velko", "PERSON")]
    )
    _, found = story_with_entities(one, other, addressed)
    assert _surname_holders(found, "a3") == []
