"""Plural descriptions of people ("the two leaders", "both men") resolved to the people named
just before, and read as one group acting where they open a sentence."""

from __future__ import annotations

import pytest

from crossbrief.model import AnalyzedArticle, Article, Quote
from crossbrief.synthesize.actors import Openings, different_leads, read_openings, sentence_leads
from crossbrief.synthesize.entities.plurals import PLURAL_TEXT, plural_count, resolve_plurals
from crossbrief.synthesize.fact_terms import sentence_terms
from tests.synthesize.builders import story_with_entities, tagged_article

PEOPLE = (
    ("Ilse Varga", "PERSON"),
    ("Tomas Brenner", "PERSON"),
    ("Anna Lind", "PERSON"),
    ("Piet Dorr", "PERSON"),
)


def _article(
    aid: str, lines: list[str], names: tuple[tuple[str, str], ...] = PEOPLE
) -> AnalyzedArticle:
    return tagged_article(aid, lines, names)


_story = story_with_entities


def _groups(lines: list[str]) -> list[tuple[int, str, set[str]]]:
    """(sentence, description, names of its people) of each resolved description."""
    story, entities = _story(_article("a", lines))
    names = {e.id: e.name for e in entities}
    return [
        (g.sentence, g.text, {names[m] for m in g.members})
        for g in resolve_plurals(story, entities)
    ]


@pytest.mark.parametrize(
    ("description", "count"),
    [
        ("the two leaders", 2),
        ("The three ministers", 3),
        ("both men", 2),
        ("Both the women", 2),
        ("the two European leaders", 2),
        ("these two men", 2),
        ("the pair", 2),
        ("the trio", 3),
        ("the two countries", None),
        ("the two sides", None),
        ("the leaders", None),
    ],
)
def test_a_plural_description_counts_its_people(description: str, count: int | None) -> None:
    assert plural_count(description) == count


@pytest.mark.parametrize(
    "sentence",
    [
        "The two other leaders stayed away.",  # the people it leaves out
        "The two leaders of the rebels were killed.",  # another group
        "Both men and women voted.",  # a coordination
        "Both leaders' aides were there.",  # the aides act
        "The pair's lawyers said nothing.",
    ],
)
def test_descriptions_of_other_people_are_no_group(sentence: str) -> None:
    assert PLURAL_TEXT.search(sentence) is None


def test_the_two_leaders_are_the_two_people_named_just_before() -> None:
    found = _groups(
        [
            "Ilse Varga spoke by phone with Tomas Brenner on Friday.",
            "The two leaders agreed to reopen the harbour.",
        ]
    )
    assert found == [(1, "The two leaders", {"Ilse Varga", "Tomas Brenner"})]


def test_a_person_the_sentence_names_after_it_is_not_of_the_group() -> None:
    found = _groups(
        [
            "Anna Lind held a call with Ilse Varga and Tomas Brenner.",
            "The two leaders urged Anna Lind to open the harbour.",
        ]
    )
    assert found == [(1, "The two leaders", {"Ilse Varga", "Tomas Brenner"})]


def test_people_named_earlier_in_its_own_sentence_come_first() -> None:
    found = _groups(
        [
            "Anna Lind and Piet Dorr opened the bridge.",
            "After Ilse Varga met Tomas Brenner, both men praised the harbour staff.",
        ]
    )
    assert found == [(1, "both men", {"Ilse Varga", "Tomas Brenner"})]


def test_sentences_naming_no_one_are_passed_over() -> None:
    found = _groups(
        [
            "Ilse Varga opened the bridge with Tomas Brenner.",
            "The crowd cheered.",
            "The pair then toured the harbour.",
        ]
    )
    assert found == [(2, "The pair", {"Ilse Varga", "Tomas Brenner"})]


@pytest.mark.parametrize(
    "lines",
    [
        # three people where two are counted: no guess
        [
            "Ilse Varga met Tomas Brenner and Anna Lind.",
            "The two leaders agreed to reopen the harbour.",
        ],
        # one person only
        ["Ilse Varga toured the harbour.", "The two leaders agreed to reopen it."],
        # named one by one across sentences: not introduced together
        [
            "Ilse Varga opened the bridge.",
            "Tomas Brenner cut the ribbon.",
            "The pair then toured the harbour.",
        ],
        # two groups in one sentence: the names before cannot tell them apart
        [
            "Ilse Varga spoke with Tomas Brenner.",
            "The two women thanked the two men for the harbour deal.",
        ],
        # a people noun a story counts without naming
        [
            "Ilse Varga spoke with Tomas Brenner.",
            "The two suspects were arrested near the harbour.",
        ],
        # not people
        [
            "Ilse Varga spoke with Tomas Brenner.",
            "The two countries agreed to reopen the harbour.",
        ],
    ],
)
def test_a_wrong_count_or_no_people_resolves_to_no_one(lines: list[str]) -> None:
    assert _groups(lines) == []


def test_an_apposition_names_the_group_itself() -> None:
    found = _groups(
        [
            "Anna Lind met Piet Dorr and Ilse Varga on Monday.",
            "The two ministers, Ilse Varga and Tomas Brenner, signed the harbour deal.",
        ]
    )
    assert found == [(1, "The two ministers", {"Ilse Varga", "Tomas Brenner"})]


def test_a_group_leading_a_sentence_and_another_person_report_two_acts() -> None:
    a = _article(
        "a",
        [
            "Ilse Varga and Tomas Brenner spoke to Anna Lind on Friday.",
            "The two leaders urged Anna Lind to reopen the harbour at once.",
        ],
    )
    b = _article(
        "b",
        [
            "On Sunday, Piet Dorr urged Anna Lind to reopen the harbour at once.",
            "Ilse Varga urged Anna Lind to reopen the harbour at once.",
        ],
    )
    story, entities = _story(a, b)
    leads = sentence_leads(story, entities)
    names = {e.id: e.name for e in entities}
    assert {names[p] for p in leads.leaders(1)} == {"Ilse Varga", "Tomas Brenner"}
    assert {names[p] for p in leads.leaders(2)} == {"Piet Dorr"}  # after "On Sunday,"
    other = different_leads(story, entities)
    assert other[1, 2]  # the two leaders / Piet Dorr: two acts
    assert not other[1, 3]  # Ilse Varga is one of the two: maybe one act


def test_a_fronted_phrase_naming_someone_gives_no_lead() -> None:
    a = _article("a", ["After meeting Anna Lind, Ilse Varga left the harbour."])
    story, entities = _story(a)
    assert not sentence_leads(story, entities).leaders(0)


def test_a_group_description_is_its_peoples_terms() -> None:
    a = _article(
        "a",
        [
            "Ilse Varga spoke by phone with Tomas Brenner on Friday.",
            "The two leaders agreed to reopen the harbour.",
        ],
    )
    story, entities = _story(a)
    ids = {e.id for e in entities if e.name in {"Ilse Varga", "Tomas Brenner"}}
    terms = sentence_terms(story, entities)[1]
    assert {t[1:] for t in terms if t.startswith("@")} == ids
    assert "leader" not in terms and "2" not in terms


def test_a_quotation_of_the_group_is_the_groups_own_words() -> None:
    lines = [
        "Ilse Varga spoke by phone with Tomas Brenner on Friday.",
        'The two leaders said: "We agreed on the harbour.',
        'We will not talk about the details of the deal."',
    ]
    text = "\n".join(lines)
    opening = text.index("We agreed")
    speaker = text.index("The two leaders")
    a = AnalyzedArticle(
        Article(id="a", text=text, source="a"),
        _article("a", lines).sentences,
        mentions=_article("a", lines).mentions,
        quotes=(
            Quote(
                text[opening:-1],
                opening,
                len(text) - 1,
                "direct",
                "The two leaders",
                speaker,
                speaker + len("The two leaders"),
            ),
        ),
    )
    story, entities = _story(a)
    leads = sentence_leads(story, entities)
    names = {e.id: e.name for e in entities}
    assert {names[p] for p in leads.leaders(2)} == {"Ilse Varga", "Tomas Brenner"}
    assert leads.quoted[2]


def test_the_terms_and_leads_use_the_openings_handed_to_them() -> None:
    # fact_evidence reads the titles and plural descriptions once and hands them to both
    a = _article(
        "a",
        [
            "Ilse Varga spoke by phone with Tomas Brenner on Friday.",
            "The two leaders agreed to reopen the harbour.",
        ],
    )
    story, entities = _story(a)
    read = read_openings(story, entities)
    assert read.plurals
    assert sentence_terms(story, entities, read) == sentence_terms(story, entities)
    assert sentence_leads(story, entities, read) == sentence_leads(story, entities)
    none = Openings(read.titles, [])
    assert "leader" in sentence_terms(story, entities, none)[1]
    assert not sentence_leads(story, entities, none).leaders(1)
