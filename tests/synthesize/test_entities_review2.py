"""Entity rules of session 18 read too widely, as a review found on invented input: a place
after a comma taken for a town's region where it opens a phrase or a list, a venture's
hyphenated name split into its owners, a person's name spelled as initials, and a double
surname guard fired by any capitalised word. Invented articles; NER labels by hand."""

from __future__ import annotations

from types import SimpleNamespace

from crossbrief.synthesize.entities import build_entities, recovery
from crossbrief.synthesize.entities.groups import KeyGroup, StoryMention
from crossbrief.synthesize.entities.regions import mark_regioned_towns
from crossbrief.synthesize.story import Story
from tests.synthesize.builders import with_form
from tests.synthesize.test_entities_session18 import _in_order


def _regioned(text: str, places: list[str]) -> dict[str, bool]:
    """Each place of ``text`` (a one-word GPE mention at its first occurrence after the
    last) with whether it reads as a town written with its region."""
    mentions, pos = [], 0
    for place in places:
        start = text.index(place, pos)
        mentions.append(StoryMention("a", 0, start, start + len(place), place, "GPE"))
        pos = start + len(place)
    nodes = {m.text.lower() + str(n): KeyGroup(m.text.lower(), [m]) for n, m in enumerate(mentions)}
    story = SimpleNamespace(articles=[SimpleNamespace(article=SimpleNamespace(id="a", text=text))])
    mark_regioned_towns(story, nodes)  # type: ignore[arg-type]
    return {m.text: bool(m.regioned) for m in mentions}


def test_a_place_that_opens_a_phrase_or_a_list_is_no_region() -> None:
    assert not _regioned("Hamlin, Orsk's mayor since 2019, said so.", ["Hamlin", "Orsk"])["Hamlin"]
    assert not _regioned("Storms hit Brae, Tamsby and Kell.", ["Brae", "Tamsby", "Kell"])["Brae"]
    found = _regioned("Storms hit Brae, Tamsby, Kell and Orm.", ["Brae", "Tamsby", "Kell", "Orm"])
    assert not found["Brae"]


def test_a_region_that_ends_its_phrase_still_marks_the_town() -> None:
    # Negative: the rule's own cases stay.
    assert _regioned("Snow closed roads in Brae, Kent, on Sunday.", ["Brae", "Kent"])["Brae"]
    assert _regioned("Snow fell in Brae, Kent.", ["Brae", "Kent"])["Brae"]
    assert _regioned("Snow fell in Brae, Colo., on Sunday.", ["Brae"])["Brae"]


def test_a_surname_tagged_a_place_before_a_phrase_still_joins_the_person() -> None:
    lines = [
        "Orsk mayor Dana Hamlin closed the ferry.",
        "Hamlin, Orsk's mayor since 2019, said fares had doubled.",
    ]
    names = [("Orsk", "GPE"), ("Dana Hamlin", "PERSON"), ("Hamlin", "GPE"), ("Orsk", "GPE")]
    found, _ = build_entities(Story([_in_order("a1", lines, names)]))
    assert with_form(found, "Hamlin") == with_form(found, "Dana Hamlin")


def test_a_ventures_hyphenated_name_is_not_split_into_its_owners() -> None:
    lines = [
        "Tarnish Communications Ltd owns half of Tarnish-Velmora, the ferry venture.",
        "Tarnish-Velmora carried 2,000 passengers last year.",
        "Velmora holds the other half.",
    ]
    names = [
        ("Tarnish Communications Ltd", "ORG"),
        ("Tarnish-Velmora", "ORG"),
        ("Tarnish-Velmora", "ORG"),
        ("Velmora", "GPE"),
    ]
    found, _ = build_entities(Story([_in_order("a1", lines, names)]))
    venture = with_form(found, "Tarnish-Velmora")
    assert venture and venture != with_form(found, "Tarnish Communications Ltd")


def test_a_hyphen_run_before_a_deal_still_names_its_parties() -> None:
    # Negative: "the Tarnish-Velmora deal" is a deal between the two.
    lines = [
        "Tarnish Communications Ltd owns half of the ferry line.",
        "Velmora Online said the Tarnish-Velmora deal was done.",
    ]
    names = [
        ("Tarnish Communications Ltd", "ORG"),
        ("Velmora Online", "ORG"),
        ("Tarnish-Velmora", "ORG"),
    ]
    found, _ = build_entities(Story([_in_order("a1", lines, names)]))
    assert not with_form(found, "Tarnish-Velmora")
    assert with_form(found, "Tarnish") == with_form(found, "Tarnish Communications Ltd")


def test_a_persons_name_is_not_spelled_as_camel_case_initials() -> None:
    lines = ["Ann McLean spoke on Sunday.", "The AML said the pier was safe."]
    names = [("Ann McLean", "PERSON"), ("AML", "ORG")]
    found, _ = build_entities(Story([_in_order("a1", lines, names)]))
    assert with_form(found, "AML") != with_form(found, "Ann McLean")


def _split(text: str) -> dict[str, list[str]]:
    """The names ``recovery`` finds in ``text``'s compounds of the known Velmora and Tarnish."""
    body = SimpleNamespace(id="a", text=text)
    article = SimpleNamespace(article=body, sentence_index=lambda offset: 0)
    groups = {
        "velmora": [StoryMention("b", 0, 0, 7, "Velmora", "ORG")],
        "tarnish": [StoryMention("b", 1, 0, 7, "Tarnish", "ORG")],
    }
    recovery._split_compounds(article, groups, {"Velmora": "velmora", "Tarnish": "tarnish"}, {})
    return {k: [m.text for m in v if m.article == "a"] for k, v in groups.items()}


def test_a_headline_word_before_a_compound_is_no_given_name() -> None:
    found = _split("Regulators Block Velmora-Tarnish Deal")
    assert found == {"velmora": ["Velmora"], "tarnish": ["Tarnish"]}


def test_a_given_name_before_a_compound_still_makes_a_double_surname() -> None:
    # Negative: "Ann Velmora-Tarnish" is one person's double surname.
    assert _split("Later Ann Velmora-Tarnish joined the talks.") == {"velmora": [], "tarnish": []}
